package org.dialectica.map;

import java.util.Objects;

/**
 * What a claim asserts, in a form rules can compare: a subject (Russia), a dimension (regional
 * influence), a direction (rises, falls, or a value such as "winner") and the years it holds for.
 * Which directions contradict each other is the {@link Vocabulary}'s to say, not the proposition's.
 */
public final class Proposition {
    private final String subject;
    private final String dimension;
    private final String direction;
    private final TimeSpan span;
    // computed once: rules join on the topic and compare directions for every candidate pair
    private final String topic;
    private final String directionKey;

    public Proposition(String subject, String dimension, String direction, TimeSpan span) {
        this.subject = Text.blankToNull(subject);
        this.dimension = Text.blankToNull(dimension);
        this.direction = Text.blankToNull(direction);
        if (this.subject == null || this.dimension == null || this.direction == null) {
            throw new IllegalArgumentException("a proposition needs a subject, a dimension and a direction");
        }
        this.span = span == null ? TimeSpan.ALWAYS : span;
        this.topic = Text.key(this.subject) + " / " + Text.key(this.dimension);
        this.directionKey = Text.key(this.direction);
    }

    public String subject() { return subject; }
    public String dimension() { return dimension; }
    public String direction() { return direction; }
    public TimeSpan span() { return span; }

    /** Subject and dimension as one comparison key, so rules can join on a single equality. */
    public String topic() { return topic; }

    /** The direction as a comparison key, as the vocabulary looks it up. */
    public String directionKey() { return directionKey; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proposition p && subject.equals(p.subject) && dimension.equals(p.dimension)
                && direction.equals(p.direction) && span.equals(p.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, dimension, direction, span);
    }

    @Override
    public String toString() {
        return subject + " — " + dimension + " " + direction + (span.equals(TimeSpan.ALWAYS) ? "" : " (" + span + ")");
    }
}
