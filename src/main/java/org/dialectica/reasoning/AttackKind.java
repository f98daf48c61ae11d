package org.dialectica.reasoning;

/** What an attack hits and how it came about. */
public enum AttackKind {
    /** Attacks a conclusion, or a claim it is contrary to. */
    REBUT,
    /** Attacks a premise. */
    UNDERMINE,
    /** Attacks the inference of a support, not its premise or conclusion. */
    UNDERCUT,
    /** Bipolar: a supports … b and b attacks c, so a attacks c. */
    SUPPORTED,
    /** Bipolar: a attacks b and b supports … c, so a attacks c. */
    SECONDARY;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
