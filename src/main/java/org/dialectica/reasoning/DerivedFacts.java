package org.dialectica.reasoning;

import java.util.LinkedHashSet;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What the rules currently derive, kept up to date by listening to the session, so reading the
 * results costs nothing per edit and nobody has to scan working memory.
 */
final class DerivedFacts implements RuleRuntimeEventListener {
    final Set<Conflict> conflicts = new LinkedHashSet<>();
    final Set<AttackEdge> attacks = new LinkedHashSet<>();
    final Set<SupportPath> paths = new LinkedHashSet<>();
    final Set<SupportCycle> cycles = new LinkedHashSet<>();
    final Set<Finding> findings = new LinkedHashSet<>();
    final Set<LabelReason> reasons = new LinkedHashSet<>();
    final AttackGraph graph = new AttackGraph();
    /** Set when an attack on a claim appeared or vanished: the labels must be recomputed. */
    boolean attacksChanged;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        remove(event.getOldObject());
        add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
    }

    private void add(Object fact) {
        switch (fact) {
            case Conflict c -> conflicts.add(c);
            case AttackEdge e -> {
                if (attacks.add(e) && e.isOnClaim()) {
                    graph.attackAdded(e.getFrom(), e.getTo());
                    attacksChanged = true;
                }
            }
            case SupportPath p -> paths.add(p);
            case SupportCycle c -> cycles.add(c);
            case Finding f -> findings.add(f);
            case LabelReason r -> reasons.add(r);
            default -> { }
        }
    }

    private void remove(Object fact) {
        switch (fact) {
            case Conflict c -> conflicts.remove(c);
            case AttackEdge e -> {
                if (attacks.remove(e) && e.isOnClaim()) {
                    graph.attackRemoved(e.getFrom(), e.getTo());
                    attacksChanged = true;
                }
            }
            case SupportPath p -> paths.remove(p);
            case SupportCycle c -> cycles.remove(c);
            case Finding f -> findings.remove(f);
            case LabelReason r -> reasons.remove(r);
            default -> { }
        }
    }
}
