package org.dialectica.reasoning;

import java.util.List;
import java.util.Objects;

/**
 * Why a claim that stands has grounds, as the labelling found it: the supports (of one drawn
 * support or one linked-premise argument) whose premises all stand; none for sourced evidence.
 * The acceptability rules check every such witness.
 */
public final class Grounds {
    private final String claim;
    private final List<String> premises;
    private final List<String> supports;

    public Grounds(String claim, List<String> premises, List<String> supports) {
        this.claim = claim;
        this.premises = List.copyOf(premises);
        this.supports = List.copyOf(supports);
    }

    public String getClaim() { return claim; }
    public List<String> getPremises() { return premises; }
    public List<String> getSupports() { return supports; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grounds g && claim.equals(g.claim) && premises.equals(g.premises) && supports.equals(g.supports);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, premises, supports);
    }
}
