package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Names names = new Names();
    private final Map<String, FactHandle> claimFacts = new HashMap<>();
    private final Map<String, FactHandle> supportFacts = new HashMap<>();
    private final Map<String, FactHandle> attackFacts = new HashMap<>();
    private final Map<Opposition, FactHandle> oppositionFacts = new HashMap<>();
    /** by the claim's index in the attack graph */
    private Label[] labels = new Label[0];
    private FactHandle[] labelFacts = new FactHandle[0];
    private boolean claimsChanged;

    private ReasoningSession(RuleBase rules, ArgumentMap map) {
        this.map = map;
        this.session = rules.newSession();
        session.addEventListener(derived);
        session.setGlobal("names", names);
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
        map.claims().forEach(c -> {
            names.put(c);
            derived.graph.claimAdded(c.id());
            claimFacts.put(c.id(), session.insert(c));
        });
        map.supports().forEach(s -> supportFacts.put(s.id(), session.insert(s)));
        map.attacks().forEach(a -> attackFacts.put(a.id(), session.insert(a)));
        map.oppositions().forEach(o -> oppositionFacts.put(o, session.insert(o)));
        claimsChanged = true;
        evaluate();
    }

    /**
     * Refuses, as the map would, an edit that names something the map does not hold; changes
     * nothing. Lets a caller check before it saves, without copying the map.
     */
    public synchronized void check(Support support) {
        map.checkSupport(support);
    }

    public synchronized void check(Attack attack) {
        map.checkAttack(attack);
    }

    public synchronized void check(Opposition opposition) {
        map.checkOpposition(opposition);
    }

    public synchronized Optional<Support> support(String supportId) {
        return map.support(supportId);
    }

    public synchronized Optional<Attack> attack(String attackId) {
        return map.attack(attackId);
    }

    /** A copy of the map as it stands now. */
    public synchronized ArgumentMap map() {
        return map.copy();
    }

    /** Adds a claim or replaces the claim with the same id. */
    public synchronized void putClaim(Claim claim) {
        map.putClaim(claim);
        names.put(claim);
        derived.graph.claimAdded(claim.id());
        // delete and insert rather than update: what was derived from the old claim goes, and is
        // derived afresh, so no explanation keeps quoting the old text
        delete(claimFacts.remove(claim.id()));
        claimFacts.put(claim.id(), session.insert(claim));
        claimsChanged = true;
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
        names.remove(claimId);
        derived.graph.claimRemoved(claimId);
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
        applyLabels(derived.graph.label());
    }

    /** Makes the Labelled facts match {@code next}, touching only the claims whose label changed. */
    private void applyLabels(Label[] next) {
        if (labelFacts.length < next.length) labelFacts = java.util.Arrays.copyOf(labelFacts, next.length);
        for (int i = 0; i < labelFacts.length; i++) {
            Label now = i < next.length ? next[i] : null;
            Label before = i < labels.length ? labels[i] : null;
            if (now == before) continue;
            delete(labelFacts[i]);
            labelFacts[i] = now == null ? null : session.insert(new Labelled(derived.graph.id(i), now));
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
        Label[] grounded = labels;
        Label[] trial = new Label[grounded.length];
        proposed.forEach((claimId, label) -> {
            if (!map.hasClaim(claimId)) throw new IllegalArgumentException("no claim '" + claimId + "' in the map");
            int i = derived.graph.indexOf(claimId);
            if (i < trial.length) trial[i] = label;
        });
        try {
            applyLabels(trial);
            session.fireAllRules();
            return derived.findings.stream().filter(f -> f.getKind() == FindingKind.ILLEGAL_LABEL)
                    .sorted(Analysis.FINDING_ORDER).toList();
        } finally {
            applyLabels(grounded);
            session.fireAllRules();
        }
    }

    public synchronized Label label(String claimId) {
        if (!map.hasClaim(claimId)) return null;
        int i = derived.graph.indexOf(claimId);
        return i < labels.length ? labels[i] : null;
    }

    /** A snapshot of every result, sorted for stable output. */
    public synchronized Analysis analysis() {
        Map<String, Label> orderedLabels = new LinkedHashMap<>();
        for (Claim claim : map.claims()) orderedLabels.put(claim.id(), label(claim.id()));
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
