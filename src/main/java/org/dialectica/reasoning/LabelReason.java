package org.dialectica.reasoning;

import java.util.List;
import java.util.Objects;

/**
 * Why a claim carries its label, in one sentence. A claim may have several reasons of one rule
 * (one per IN attacker, say); {@code about} tells them apart. A reason that says what would change
 * the status carries each what-if it states, as found by labelling again.
 */
public final class LabelReason {
    private final String claim;
    private final Label label;
    private final String rule;
    private final String about;
    private final Sentence explanation;
    private final List<WhatIf> whatIfs;

    public LabelReason(String claim, Label label, String rule, String about, Sentence explanation, List<WhatIf> whatIfs) {
        this.claim = claim;
        this.label = label;
        this.rule = rule;
        this.about = about == null ? "" : about;
        this.explanation = explanation;
        this.whatIfs = List.copyOf(whatIfs);
    }

    public String getClaim() { return claim; }
    public Label getLabel() { return label; }
    public String getRule() { return rule; }
    public String getAbout() { return about; }
    /** In English; {@link #explanation()} words it in the reader's language. */
    public String getExplanation() { return explanation.text(); }
    public Sentence explanation() { return explanation; }
    /** The counterfactuals the sentence states (none for a reason that states only what is). */
    public List<WhatIf> whatIfs() { return whatIfs; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelReason r && claim.equals(r.claim) && label == r.label && rule.equals(r.rule)
                && about.equals(r.about);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, label, rule, about);
    }
}
