package org.dialectica.reasoning;

/** What an attack hits. */
public enum AttackKind {
    /** Attacks a conclusion, or a claim it conflicts with. */
    REBUT,
    /** Attacks a premise. */
    UNDERMINE,
    /** Attacks the inference of a support, not its premise or conclusion. */
    UNDERCUT;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
