package org.dialectica.reasoning;

import java.util.Objects;

/**
 * Two claims that cannot both stand. Symmetric: {@code a} is always the smaller id, so each pair
 * of a kind and rule is one fact. The rule is part of its identity, so a conflict found two ways
 * (descriptors and a declaration) is two facts, each with the explanation that holds for it.
 */
public final class Conflict {
    private final String a;
    private final String b;
    private final ConflictKind kind;
    private final String rule;
    private final Sentence explanation;

    public Conflict(String x, String y, ConflictKind kind, String rule, Sentence explanation) {
        boolean ordered = x.compareTo(y) <= 0;
        this.a = ordered ? x : y;
        this.b = ordered ? y : x;
        this.kind = kind;
        this.rule = rule;
        this.explanation = explanation;
    }

    public String getA() { return a; }
    public String getB() { return b; }
    public ConflictKind getKind() { return kind; }
    public String getRule() { return rule; }
    /** In English; {@link #explanation()} words it in the reader's language. */
    public String getExplanation() { return explanation.text(); }
    public Sentence explanation() { return explanation; }

    public boolean involves(String claimId) {
        return a.equals(claimId) || b.equals(claimId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conflict c && a.equals(c.a) && b.equals(c.b) && kind == c.kind && rule.equals(c.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, kind, rule);
    }

    @Override
    public String toString() {
        return kind.word() + "(" + a + ", " + b + ")";
    }
}
