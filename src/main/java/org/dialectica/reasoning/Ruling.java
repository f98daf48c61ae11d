package org.dialectica.reasoning;

import java.util.Objects;

/** A preference that holds: stated one way only, so an attack of {@code over} on {@code preferred} fails. */
public final class Ruling {
    private final String preferred;
    private final String over;

    public Ruling(String preferred, String over) {
        this.preferred = preferred;
        this.over = over;
    }

    public String getPreferred() { return preferred; }
    public String getOver() { return over; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ruling r && preferred.equals(r.preferred) && over.equals(r.over);
    }

    @Override
    public int hashCode() {
        return Objects.hash(preferred, over);
    }
}
