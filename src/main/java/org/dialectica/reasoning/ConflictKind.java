package org.dialectica.reasoning;

/** Why two claims cannot both stand. */
public enum ConflictKind {
    /** Their proposition descriptors point in opposite directions on one topic, in overlapping years. */
    CONTRARY,
    /** Someone declared them contradictory. */
    CONTRADICTORY,
    /** One author or side asserts both of two conflicting claims. */
    SELF_CONTRADICTION;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
