package org.dialectica.workspace;

import java.time.OffsetDateTime;

/** A line of the map list. @param owner the owner's login, null for the installation's maps */
public record MapSummary(String id, String title, String description, long claimCount, OffsetDateTime updatedAt,
        String owner, Visibility visibility) {}
