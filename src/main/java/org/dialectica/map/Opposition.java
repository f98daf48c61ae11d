package org.dialectica.map;

import java.util.Objects;

/**
 * A declared opposition between two claims: contradictory (they cannot both be true, nor both
 * false) or contrary (they cannot both be true).
 */
public record Opposition(String a, String b, Type type) {
    public enum Type { CONTRARY, CONTRADICTORY }

    public Opposition {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Objects.requireNonNull(type);
        if (a.equals(b)) throw new IllegalArgumentException("claim '" + a + "' cannot oppose itself");
    }

    /*
     * The rules read these rather than a() and b(): Drools' executable-model generator (10.2) takes a
     * call of a method whose name is part of "alphaIndexedBy" or "betaIndexedBy" for one of its own
     * and fails on the rules that read Opposition( a == $id ).
     */
    public String getA() {
        return a;
    }

    public String getB() {
        return b;
    }

    /**
     * Its name among the map's relations, as supports and attacks have theirs: {@code a >< b} for a
     * contradictory (Argdown's symbol), {@code a <> b} for a contrary.
     */
    public String id() {
        return a + (type == Type.CONTRADICTORY ? " >< " : " <> ") + b;
    }
}
