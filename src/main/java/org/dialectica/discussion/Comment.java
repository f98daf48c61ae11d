package org.dialectica.discussion;

import java.time.Instant;

/**
 * One comment as it was written.
 *
 * @param author     the author's login
 * @param authorName the author's name when they wrote it
 * @param body       plain text, shown as text and never as HTML
 */
public record Comment(long id, String author, String authorName, Instant at, String body) {}
