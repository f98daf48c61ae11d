package org.dialectica.debate;

import java.time.OffsetDateTime;

/** A debate as the list shows it. @param moderator the moderator's login */
public record DebateSummary(long id, String title, Format format, String moderator, OffsetDateTime createdAt, boolean closed) {}
