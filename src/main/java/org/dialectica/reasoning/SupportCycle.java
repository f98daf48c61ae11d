package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Claims that support each other in a circle: the members of one strongly connected component of
 * the support graph, in id order, so the same circle found after any edit is one fact.
 */
public final class SupportCycle {
    private final List<String> cycle;
    private final String rule;
    private final Sentence explanation;

    public SupportCycle(List<String> members, String rule) {
        List<String> rotated = new ArrayList<>(members);
        int smallest = rotated.indexOf(Collections.min(rotated));
        Collections.rotate(rotated, -smallest);
        this.cycle = Collections.unmodifiableList(rotated);
        this.rule = rule;
        this.explanation = Sentence.of("finding.circular-support", String.join(", ", cycle));
    }

    public List<String> getCycle() { return cycle; }
    public String getRule() { return rule; }
    public String getExplanation() { return explanation.text(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportCycle c && cycle.equals(c.cycle);
    }

    @Override
    public int hashCode() {
        return cycle.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" <+> ", cycle);
    }
}
