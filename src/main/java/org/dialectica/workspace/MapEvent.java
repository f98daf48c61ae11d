package org.dialectica.workspace;

/**
 * News about a map for the pages viewing it, sent after the change is committed.
 *
 * @param origin the viewer whose page made the change (it has updated itself), or null
 */
public record MapEvent(String mapId, Kind kind, Object origin) {
    public enum Kind {
        /** claims or relations changed: labels and everything derived may have too */
        EDITED,
        /** only positions on the canvas changed */
        MOVED,
        /** the map was deleted */
        DELETED,
        /** someone started or stopped viewing the map */
        VIEWERS,
        /** a comment was posted, or a thread of comments resolved or reopened */
        COMMENTED
    }
}
