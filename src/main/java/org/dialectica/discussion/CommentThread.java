package org.dialectica.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A thread of comments on one claim or relation of a map: its opening comment, then the replies in
 * the order they were written; resolved once the point is settled, until someone reopens it.
 *
 * @param target     the claim id, or the drawn relation's id as the map model names it
 * @param comments   the opening comment first
 * @param resolution who resolved it and when, or null while it is open
 */
public record CommentThread(long id, String mapId, String target, List<Comment> comments, Resolution resolution) {
    public CommentThread {
        comments = List.copyOf(comments);
        if (comments.isEmpty()) throw new IllegalArgumentException("thread " + id + " has no comment");
    }

    /** Who resolved a thread (login and name then) and when. */
    public record Resolution(String by, String byName, Instant at) {}

    public Comment opening() {
        return comments.getFirst();
    }

    /** The login of whoever opened the thread. */
    public String author() {
        return opening().author();
    }

    public boolean isResolved() {
        return resolution != null;
    }
}
