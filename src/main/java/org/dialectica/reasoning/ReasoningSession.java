package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Argument;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A live rule session over one map. Edits go to the map first (which refuses unknown ids), then
 * only the facts they touch are inserted, updated or deleted and the rules fire again; the
 * grounded labels are recomputed only when an attack on a claim appeared or vanished. Methods are
 * synchronized: one session serves everyone looking at the map.
 */
public final class ReasoningSession implements AutoCloseable {
    private final ArgumentMap map;
    private final KieSession session;
    private final DerivedFacts derived = new DerivedFacts();
    private final Map<String, FactHandle> claimFacts = new HashMap<>();
    private final Map<String, FactHandle> supportFacts = new HashMap<>();
    private final Map<String, FactHandle> attackFacts = new HashMap<>();
    private final Map<Opposition, FactHandle> oppositionFacts = new HashMap<>();
    private final Map<String, FactHandle> labelFacts = new HashMap<>();
    private Map<String, Label> labels = new HashMap<>();
    private boolean claimsChanged;

    private ReasoningSession(RuleBase rules, ArgumentMap map) {
        this.map = map;
        this.session = rules.kieBase().newKieSession();
        session.addEventListener(derived);
    }

    /** Opens a session on a copy of the map; later edits go through this session. */
    public static ReasoningSession open(RuleBase rules, ArgumentMap map) {
        ReasoningSession reasoning = new ReasoningSession(rules, map.copy());
        reasoning.loadAll();
        return reasoning;
    }

    /** One-shot analysis: open, read, close. */
    public static Analysis analyze(RuleBase rules, ArgumentMap map) {
        try (ReasoningSession reasoning = open(rules, map)) {
            return reasoning.analysis();
        }
    }

    private void loadAll() {
        map.claims().forEach(c -> claimFacts.put(c.id(), session.insert(c)));
        map.supports().forEach(s -> supportFacts.put(s.id(), session.insert(s)));
        map.attacks().forEach(a -> attackFacts.put(a.id(), session.insert(a)));
        map.oppositions().forEach(o -> oppositionFacts.put(o, session.insert(o)));
        claimsChanged = true;
        evaluate();
    }

    /** A copy of the map as it stands now. */
    public synchronized ArgumentMap map() {
        return map.copy();
    }

    /** Adds a claim or replaces the claim with the same id. */
    public synchronized void putClaim(Claim claim) {
        Claim previous = map.putClaim(claim);
        FactHandle handle = claimFacts.get(claim.id());
        if (previous != null && handle != null) {
            session.update(handle, claim);
        } else {
            claimFacts.put(claim.id(), session.insert(claim));
            claimsChanged = true;
        }
        evaluate();
    }

    /** Removes a claim with every relation touching it. */
    public synchronized boolean removeClaim(String claimId) {
        if (!map.hasClaim(claimId)) return false;
        List<String> supportsGone = map.supports().stream()
                .filter(s -> s.from().equals(claimId) || s.to().equals(claimId)).map(Support::id).toList();
        List<String> attacksGone = map.attacks().stream()
                .filter(a -> a.from().equals(claimId) || a.target().equals(claimId) || supportsGone.contains(a.target()))
                .map(Attack::id).toList();
        List<Opposition> oppositionsGone = map.oppositions().stream()
                .filter(o -> o.a().equals(claimId) || o.b().equals(claimId)).toList();
        map.removeClaim(claimId);
        supportsGone.forEach(id -> delete(supportFacts.remove(id)));
        attacksGone.forEach(id -> delete(attackFacts.remove(id)));
        oppositionsGone.forEach(o -> delete(oppositionFacts.remove(o)));
        delete(claimFacts.remove(claimId));
        claimsChanged = true;
        evaluate();
        return true;
    }

    public synchronized void addSupport(Support support) {
        Support added = map.addSupport(support);
        if (!supportFacts.containsKey(added.id())) {
            supportFacts.put(added.id(), session.insert(added));
            evaluate();
        }
    }

    /** Adds a premise–conclusion argument with the supports from each premise. */
    public synchronized void addArgument(Argument argument) {
        map.addArgument(argument);
        for (Support s : map.supports()) {
            if (!supportFacts.containsKey(s.id())) supportFacts.put(s.id(), session.insert(s));
        }
        evaluate();
    }

    public synchronized boolean removeSupport(String supportId) {
        if (!supportFacts.containsKey(supportId)) return false;
        List<String> undercutsGone = map.attacks().stream()
                .filter(a -> a.onSupport() && a.target().equals(supportId)).map(Attack::id).toList();
        map.removeSupport(supportId);
        undercutsGone.forEach(id -> delete(attackFacts.remove(id)));
        delete(supportFacts.remove(supportId));
        evaluate();
        return true;
    }

    public synchronized void addAttack(Attack attack) {
        Attack added = map.addAttack(attack);
        if (!attackFacts.containsKey(added.id())) {
            attackFacts.put(added.id(), session.insert(added));
            evaluate();
        }
    }

    public synchronized boolean removeAttack(String attackId) {
        if (!map.removeAttack(attackId)) return false;
        delete(attackFacts.remove(attackId));
        evaluate();
        return true;
    }

    public synchronized void addOpposition(Opposition opposition) {
        map.addOpposition(opposition);
        if (!oppositionFacts.containsKey(opposition)) {
            oppositionFacts.put(opposition, session.insert(opposition));
            evaluate();
        }
    }

    private void delete(FactHandle handle) {
        if (handle != null) session.delete(handle);
    }

    /** Fires the rules; relabels and fires again if the attacks on claims changed. */
    private void evaluate() {
        session.fireAllRules();
        if (derived.attacksChanged || claimsChanged) {
            derived.attacksChanged = false;
            claimsChanged = false;
            relabel();
            session.fireAllRules();
        }
    }

    private void relabel() {
        List<String> ids = map.claimIds();
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        int[] from = new int[derived.attacks.size()];
        int[] to = new int[derived.attacks.size()];
        int edges = 0;
        for (AttackEdge edge : derived.attacks) {
            if (!edge.isOnClaim()) continue;
            Integer f = index.get(edge.getFrom()), t = index.get(edge.getTo());
            if (f == null || t == null) continue;
            from[edges] = f;
            to[edges] = t;
            edges++;
        }
        Label[] computed = GroundedLabelling.label(ids.size(), from, to, edges);
        Map<String, Label> next = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) next.put(ids.get(i), computed[i]);
        applyLabels(next);
    }

    /** Makes the Labelled facts match {@code next}, touching only the claims whose label changed. */
    private void applyLabels(Map<String, Label> next) {
        for (Map.Entry<String, Label> entry : next.entrySet()) {
            String id = entry.getKey();
            if (entry.getValue() != labels.get(id) || !labelFacts.containsKey(id)) {
                delete(labelFacts.remove(id));
                labelFacts.put(id, session.insert(new Labelled(id, entry.getValue())));
            }
        }
        for (String gone : List.copyOf(labelFacts.keySet())) {
            if (!next.containsKey(gone)) delete(labelFacts.remove(gone));
        }
        labels = next;
    }

    /**
     * Checks a proposed labelling (a student's, say) against the labelling conditions of the
     * rules, without disturbing the session: the grounded labels are restored afterwards.
     *
     * @return one finding per broken condition; empty when the labelling is complete
     */
    public synchronized List<Finding> checkLabelling(Map<String, Label> proposed) {
        Map<String, Label> grounded = labels;
        try {
            applyLabels(proposed);
            session.fireAllRules();
            return derived.findings.stream().filter(f -> f.getKind() == FindingKind.ILLEGAL_LABEL)
                    .sorted(Analysis.FINDING_ORDER).toList();
        } finally {
            applyLabels(grounded);
            session.fireAllRules();
        }
    }

    public synchronized Label label(String claimId) {
        return labels.get(claimId);
    }

    /** A snapshot of every result, sorted for stable output. */
    public synchronized Analysis analysis() {
        Map<String, Label> orderedLabels = new LinkedHashMap<>();
        for (Claim claim : map.claims()) orderedLabels.put(claim.id(), labels.get(claim.id()));
        Map<String, List<LabelReason>> reasons = derived.reasons.stream()
                .sorted((a, b) -> a.getRule().compareTo(b.getRule()))
                .collect(Collectors.groupingBy(LabelReason::getClaim, LinkedHashMap::new, Collectors.toList()));
        return new Analysis(
                map.copy(),
                orderedLabels,
                sorted(derived.conflicts, Analysis.CONFLICT_ORDER),
                sorted(derived.attacks, Analysis.ATTACK_ORDER),
                derived.paths.stream().filter(p -> p.getAnchor() == SupportPath.Anchor.THESIS)
                        .sorted(Analysis.CHAIN_ORDER).toList(),
                derived.cycles.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
                sorted(derived.findings, Analysis.FINDING_ORDER),
                reasons);
    }

    private static <T> List<T> sorted(java.util.Collection<T> items, java.util.Comparator<T> order) {
        List<T> list = new ArrayList<>(items);
        list.sort(order);
        return List.copyOf(list);
    }

    @Override
    public synchronized void close() {
        session.dispose();
    }
}
