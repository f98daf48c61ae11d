package org.dialectica.reasoning;

import java.util.Objects;

/**
 * An attack as the reasoner sees it, drawn or derived, with its kind. {@code to} is a claim id,
 * or a support id for an undercut. Direct attacks (drawn, or rebuttals between conflicting
 * claims) are the base the bipolar rules build indirect attacks from; derived indirect attacks
 * are never the base of further ones, which keeps derivation finite and linear in the chains.
 */
public final class AttackEdge {
    private final String from;
    private final String to;
    private final AttackKind kind;
    private final boolean derived;
    private final String via;
    private final String rule;
    private final Sentence explanation;

    /**
     * @param via what the attack was derived through (the support path, the conflict), part of its
     *     identity: each derivation is its own fact, so its explanation is always the one that holds
     */
    public AttackEdge(String from, String to, AttackKind kind, boolean derived, String via, String rule,
            Sentence explanation) {
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.derived = derived;
        this.via = via == null ? "" : via;
        this.rule = rule;
        this.explanation = explanation;
    }

    public AttackEdge(String from, String to, AttackKind kind, boolean derived, String rule, Sentence explanation) {
        this(from, to, kind, derived, null, rule, explanation);
    }

    public String getFrom() { return from; }
    public String getTo() { return to; }
    public AttackKind getKind() { return kind; }
    public boolean isDerived() { return derived; }
    public String getVia() { return via; }
    public String getRule() { return rule; }
    /** In English; {@link #explanation()} words it in the reader's language. */
    public String getExplanation() { return explanation.text(); }
    public Sentence explanation() { return explanation; }

    /** True when it lands on a claim (so it counts in the labelling); false for an undercut. */
    public boolean isOnClaim() {
        return kind != AttackKind.UNDERCUT;
    }

    /** Drawn attacks on claims and conflict rebuttals; what indirect attacks are built from. */
    public boolean isDirect() {
        return kind == AttackKind.REBUT || kind == AttackKind.UNDERMINE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttackEdge e && from.equals(e.from) && to.equals(e.to) && kind == e.kind
                && derived == e.derived && via.equals(e.via);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, kind, derived, via);
    }

    @Override
    public String toString() {
        return kind.word() + (derived ? "*" : "") + "(" + from + " -> " + to + (via.isEmpty() ? "" : " via " + via) + ")";
    }
}
