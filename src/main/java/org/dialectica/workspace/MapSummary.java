package org.dialectica.workspace;

import java.time.OffsetDateTime;

/** A line of the map list. */
public record MapSummary(String id, String title, String description, long claimCount, OffsetDateTime updatedAt) {}
