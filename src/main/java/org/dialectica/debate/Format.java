package org.dialectica.debate;

import java.util.Locale;

/**
 * How turns go: {@code free} (anyone moves any time), {@code rounds} (sides alternate turns) or
 * {@code british-parliamentary} (four teams, eight speeches in a fixed order, points of
 * information from the other bench).
 */
public enum Format {
    FREE, ROUNDS, BRITISH_PARLIAMENTARY;

    /** The word used in transcripts. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the word and the formats there are */
    public static Format of(String word) {
        for (Format f : values()) if (f.word().equals(word)) return f;
        throw new IllegalArgumentException("unknown debate format '" + word + "': free, rounds or british-parliamentary");
    }
}
