package org.dialectica.map;

import java.util.Objects;
import java.util.Set;

/**
 * What a claim asserts, in a form rules can compare: a subject (Russia), a dimension (regional
 * influence), a direction (rises, falls, or a value such as "winner") and the years it holds for.
 * Two claims whose descriptors share subject and dimension, point in opposite directions and
 * overlap in time are contraries, whether or not anyone drew an attack between them.
 */
public final class Proposition {
    private static final Set<String> RISING = Set.of("rises", "rise", "up", "increases", "grows", "strengthens", "gains");
    private static final Set<String> FALLING = Set.of("falls", "fall", "down", "decreases", "shrinks", "weakens", "loses");

    private final String subject;
    private final String dimension;
    private final String direction;
    private final TimeSpan span;
    // computed once: rules join on the topic, so it is read for every candidate pair
    private final String topic;
    private final int trend;

    public Proposition(String subject, String dimension, String direction, TimeSpan span) {
        this.subject = Text.blankToNull(subject);
        this.dimension = Text.blankToNull(dimension);
        this.direction = Text.blankToNull(direction);
        if (this.subject == null || this.dimension == null || this.direction == null) {
            throw new IllegalArgumentException("a proposition needs a subject, a dimension and a direction");
        }
        this.span = span == null ? TimeSpan.ALWAYS : span;
        this.topic = Text.key(this.subject) + " / " + Text.key(this.dimension);
        String d = Text.key(this.direction);
        this.trend = RISING.contains(d) ? 1 : FALLING.contains(d) ? -1 : 0;
    }

    public String subject() { return subject; }
    public String dimension() { return dimension; }
    public String direction() { return direction; }
    public TimeSpan span() { return span; }

    /** Subject and dimension as one comparison key, so rules can join on a single equality. */
    public String topic() { return topic; }

    /** +1 rises, -1 falls, 0 for a value. */
    public int trend() { return trend; }

    /** Opposite trends, or two different values, on the same topic over overlapping years. */
    public boolean isContraryTo(Proposition other) {
        if (other == null || !topic.equals(other.topic) || !span.overlaps(other.span)) return false;
        if (trend != 0 || other.trend != 0) return trend * other.trend == -1;
        return !Text.key(direction).equals(Text.key(other.direction));
    }

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
