package org.dialectica.reasoning;

import java.util.Objects;

/**
 * A claim's {@code preferred-over} entry as a fact: {@code preferred} is preferred to {@code over}
 * when they conflict. Stated one way only it is a ruling; stated both ways it is none.
 */
public final class Preference {
    private final String preferred;
    private final String over;

    public Preference(String preferred, String over) {
        this.preferred = preferred;
        this.over = over;
    }

    public String getPreferred() { return preferred; }
    public String getOver() { return over; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preference p && preferred.equals(p.preferred) && over.equals(p.over);
    }

    @Override
    public int hashCode() {
        return Objects.hash(preferred, over);
    }

    @Override
    public String toString() {
        return preferred + " > " + over;
    }
}
