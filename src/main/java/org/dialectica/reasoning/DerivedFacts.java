package org.dialectica.reasoning;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the rules currently derive, kept up to date by listening to the session, so reading the
 * results costs nothing per edit and nobody has to scan working memory.
 */
final class DerivedFacts extends FactCollector {
    final Set<Conflict> conflicts = new LinkedHashSet<>();
    final Set<AttackEdge> attacks = new LinkedHashSet<>();
    final Set<Defeat> defeats = new LinkedHashSet<>();
    final Set<Finding> findings = new LinkedHashSet<>();
    /** The defeats between claims as int arrays, edge by edge: what the labelling reads. */
    final DefeatGraph graph = new DefeatGraph();

    @Override
    void add(Object fact) {
        switch (fact) {
            case Conflict c -> conflicts.add(c);
            case AttackEdge e -> attacks.add(e);
            case Defeat d -> {
                if (defeats.add(d)) graph.defeatAdded(d.getFrom(), d.getTo());
            }
            case Finding f -> findings.add(f);
            default -> { }
        }
    }

    @Override
    void remove(Object fact) {
        switch (fact) {
            case Conflict c -> conflicts.remove(c);
            case AttackEdge e -> attacks.remove(e);
            case Defeat d -> {
                if (defeats.remove(d)) graph.defeatRemoved(d.getFrom(), d.getTo());
            }
            case Finding f -> findings.remove(f);
            default -> { }
        }
    }
}
