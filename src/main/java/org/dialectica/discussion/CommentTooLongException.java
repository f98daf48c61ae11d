package org.dialectica.discussion;

import java.util.Locale;

/** A comment longer than can be stored: refused, with both lengths, before the database sees it. */
public class CommentTooLongException extends IllegalArgumentException {
    private final int length;
    private final int max;

    CommentTooLongException(int length, int max) {
        super(String.format(Locale.ROOT, "The comment is %,d characters long; at most %,d can be stored", length, max));
        this.length = length;
        this.max = max;
    }

    public int length() {
        return length;
    }

    public int max() {
        return max;
    }
}
