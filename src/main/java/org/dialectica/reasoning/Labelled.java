package org.dialectica.reasoning;

import java.util.Objects;

/** The grounded label of a claim, as a fact the acceptability rules explain and check. */
public final class Labelled {
    private final String claim;
    private final Label label;

    public Labelled(String claim, Label label) {
        this.claim = claim;
        this.label = label;
    }

    public String getClaim() { return claim; }
    public Label getLabel() { return label; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labelled l && claim.equals(l.claim) && label == l.label;
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, label);
    }

    @Override
    public String toString() {
        return claim + "=" + label;
    }
}
