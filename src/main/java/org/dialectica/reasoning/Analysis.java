package org.dialectica.reasoning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * Everything the reasoner concluded about a map at one moment, in a stable order: each claim's
 * status, strength, grounds and reasons (through {@link Verdicts}), the conflicts, every attack
 * (drawn ones with their kind, derived ones with their rule), support cycles and findings.
 */
public record Analysis(
        ArgumentMap map,
        Verdicts verdicts,
        List<Conflict> conflicts,
        List<AttackEdge> attacks,
        List<SupportCycle> cycles,
        List<Finding> findings) {

    static final Comparator<Conflict> CONFLICT_ORDER = Comparator.comparing(Conflict::getA)
            .thenComparing(Conflict::getB).thenComparing(Conflict::getKind);
    static final Comparator<AttackEdge> ATTACK_ORDER = Comparator.comparing(AttackEdge::getFrom)
            .thenComparing(AttackEdge::getTo).thenComparing(AttackEdge::getKind).thenComparing(AttackEdge::isDerived)
            .thenComparing(AttackEdge::getVia);
    static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::getClaim)
            .thenComparing(Finding::getKind).thenComparing(Finding::getSubject);

    public Label label(String claimId) {
        return verdicts.label(claimId);
    }

    /** Every claim's status, in the map's order. */
    public Map<String, Label> labels() {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Claim claim : map.claims()) labels.put(claim.id(), verdicts.label(claim.id()));
        return labels;
    }

    public Double strength(String claimId) {
        return verdicts.strength(claimId);
    }

    /** The strength in one line: above, below or at the claim's base score, and why (docs/strength.md). */
    public Sentence strengthMeaning(String claimId) {
        return verdicts.strengthMeaning(claimId);
    }

    public List<String> grounds(String claimId) {
        return verdicts.grounds(claimId);
    }

    public List<LabelReason> reasons(String claimId) {
        return verdicts.reasons(claimId);
    }

    public List<Claim> claims() {
        return List.copyOf(map.claims());
    }

    public List<Finding> findingsOn(String claimId) {
        return findings.stream().filter(f -> f.getClaim().equals(claimId)).toList();
    }
}
