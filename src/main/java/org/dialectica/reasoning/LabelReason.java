package org.dialectica.reasoning;

import java.util.Objects;

/** Why a claim carries its label, in one sentence. */
public final class LabelReason {
    private final String claim;
    private final Label label;
    private final String rule;
    private final String explanation;

    public LabelReason(String claim, Label label, String rule, String explanation) {
        this.claim = claim;
        this.label = label;
        this.rule = rule;
        this.explanation = explanation;
    }

    public String getClaim() { return claim; }
    public Label getLabel() { return label; }
    public String getRule() { return rule; }
    public String getExplanation() { return explanation; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelReason r && claim.equals(r.claim) && label == r.label && rule.equals(r.rule)
                && explanation.equals(r.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, label, rule, explanation);
    }
}
