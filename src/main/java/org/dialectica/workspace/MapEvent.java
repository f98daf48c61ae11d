package org.dialectica.workspace;

import java.util.Set;

/**
 * News about a map for the pages viewing it, sent after the change is committed.
 *
 * @param origin the viewer whose page made the change (it has updated itself), or null
 * @param replaced for {@link Kind#REPLACED}, whose values were replaced; otherwise null
 */
public record MapEvent(String mapId, Kind kind, Object origin, Replaced replaced) {
    public MapEvent(String mapId, Kind kind, Object origin) {
        this(mapId, kind, origin, null);
    }

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
        COMMENTED,
        /** someone chose their own values over another person's in a conflict: that person is told */
        REPLACED
    }

    /**
     * @param ofLogin whose values were replaced (the author of the version replaced)
     * @param byName who replaced them
     */
    public record Replaced(String claimId, String title, Set<ClaimField> fields, String ofLogin, String byName) {}
}
