package org.dialectica.map;

import java.util.Objects;

/**
 * A premise supports a conclusion. Supports that belong to one premise–conclusion argument share
 * its {@code argumentId}; a support drawn directly between two claims has none.
 */
public record Support(String from, String to, String argumentId) {
    public Support {
        Objects.requireNonNull(from, "support source");
        Objects.requireNonNull(to, "support target");
        if (from.equals(to)) throw new IllegalArgumentException("claim '" + from + "' cannot support itself");
    }

    public Support(String from, String to) {
        this(from, to, null);
    }

    /** Supports are identified by their ends: an attack on a support names this id. */
    public String id() {
        return id(from, to);
    }

    public static String id(String from, String to) {
        return from + " +> " + to;
    }
}
