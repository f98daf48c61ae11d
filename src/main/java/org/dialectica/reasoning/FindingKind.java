package org.dialectica.reasoning;

/** Map-quality findings the rules report. */
public enum FindingKind {
    THESIS_WITHOUT_SUPPORT,
    CLAIM_WITHOUT_SOURCE,
    ATTACK_UNANSWERED,
    ISOLATED_CLAIM,
    CIRCULAR_SUPPORT,
    /** Two contradictories both without standing: one of them must be true. */
    CONTRADICTORIES_BOTH_FALL,
    /** Two claims each preferred over the other: neither ruling holds. */
    CONFLICTING_PREFERENCES,
    /** {@code preferred-over} names a claim the map does not hold. */
    UNKNOWN_PREFERENCE,
    /** A descriptor's dimension or direction is not in the vocabulary, so it may meet no claim it should. */
    UNKNOWN_DESCRIPTOR_WORD,
    /** A quote that is not in the paper the claim cites (found by a {@link QuoteCheck}, not by a rule). */
    QUOTE_NOT_IN_PAPER,
    /** A computed label breaks the labelling conditions; would mean a defect in the labeller. */
    ILLEGAL_LABEL;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
