package org.dialectica.workspace;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A line of the map list.
 * @param owner the owner's login, null for the installation's maps
 * @param allowed what the person who listed it may do with it
 */
public record MapSummary(String id, String title, String description, long claimCount, OffsetDateTime updatedAt,
        String owner, Visibility visibility, Set<MapAction> allowed) {
    public boolean may(MapAction action) {
        return allowed.contains(action);
    }
}
