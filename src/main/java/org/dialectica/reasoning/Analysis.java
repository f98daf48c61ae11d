package org.dialectica.reasoning;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * Everything the reasoner concluded about a map at one moment, in a stable order: the labels, the
 * conflicts, every attack (drawn ones with their kind, derived ones with their rule), the support
 * chains up to theses, support cycles, findings and the reason for each label.
 */
public record Analysis(
        ArgumentMap map,
        Map<String, Label> labels,
        List<Conflict> conflicts,
        List<AttackEdge> attacks,
        List<SupportPath> chains,
        List<SupportCycle> cycles,
        List<Finding> findings,
        Map<String, List<LabelReason>> labelReasons) {

    static final Comparator<Conflict> CONFLICT_ORDER = Comparator.comparing(Conflict::getA)
            .thenComparing(Conflict::getB).thenComparing(Conflict::getKind);
    static final Comparator<AttackEdge> ATTACK_ORDER = Comparator.comparing(AttackEdge::getFrom)
            .thenComparing(AttackEdge::getTo).thenComparing(AttackEdge::getKind).thenComparing(AttackEdge::isDerived);
    static final Comparator<SupportPath> CHAIN_ORDER = Comparator.comparing(SupportPath::getLast)
            .thenComparing(SupportPath::getFirst).thenComparing(SupportPath::getLength)
            .thenComparing(SupportPath::toString);
    static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::getClaim)
            .thenComparing(Finding::getKind).thenComparing(Finding::getSubject);

    public Label label(String claimId) {
        return labels.get(claimId);
    }

    public List<Claim> claims() {
        return List.copyOf(map.claims());
    }

    public List<Finding> findingsOn(String claimId) {
        return findings.stream().filter(f -> f.getClaim().equals(claimId)).toList();
    }
}
