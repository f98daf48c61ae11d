package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * only the facts they touch are inserted, updated or deleted and the rules fire again; then the
 * claims are labelled again (near-linear, int arrays, the rows grouped from the supports kept from
 * one edit to the next) and, when findings are next read, only the labels, grounds and support
 * cycles that changed are updated as facts for the checking rules. Methods are synchronized: one
 * session serves everyone looking at the map.
 */
public final class ReasoningSession implements AutoCloseable {
    private final ArgumentMap map;
    private final KieSession session;
    private final DerivedFacts derived = new DerivedFacts();
    private final Names names = new Names();
    private final QuoteCheck quotes;
    /** the quotes not in their papers, by claim: checked when a claim is loaded or saved, not by the rules */
    private final Map<String, Finding> misquoted = new HashMap<>();
    private final Map<String, FactHandle> claimFacts = new HashMap<>();
    private final Map<String, FactHandle> supportFacts = new HashMap<>();
    private final Map<String, FactHandle> attackFacts = new HashMap<>();
    private final Map<Opposition, FactHandle> oppositionFacts = new HashMap<>();
    private final Map<Preference, FactHandle> preferenceFacts = new HashMap<>();
    /** each claim's preferences, so replacing a claim does not walk every preference of the map */
    private final Map<String, List<Preference>> preferencesOf = new HashMap<>();
    /** what the checking rules see of the current labelling, by claim index */
    private Label[] shownLabels = new Label[0];
    private FactHandle[] labelFacts = new FactHandle[0];
    private List<?>[] shownGrounds = new List<?>[0];
    private FactHandle[] groundsFacts = new FactHandle[0];
    private final Map<SupportCycle, FactHandle> cycleFacts = new HashMap<>();
    /** a debate's standing: claims every other side conceded, and claims whose challenge lapsed */
    private Set<String> granted = Set.of();
    private Set<String> suspended = Set.of();
    /** the supports as inferences, rebuilt only after an edit that changed supports */
    private Verdicts.Inferences inferences;
    /** the inferences the support cycles were last found in */
    private Verdicts.Inferences cyclesOf;
    private Verdicts verdicts;
    /** edits were made since the rules last fired and the claims were last labelled */
    private boolean stale;
    /** the checking rules see the current labelling (see {@link #showLabels}) */
    private boolean labelsShown;
    /** the labelling's work arrays, reused from one labelling to the next */
    private final EvidentialLabelling.Scratch scratch = new EvidentialLabelling.Scratch();

    private ReasoningSession(RuleBase rules, ArgumentMap map) {
        this.map = map;
        this.session = rules.newSession();
        this.quotes = rules.quotes();
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
            checkQuote(c);
            derived.graph.claimAdded(c.id(), standsAlone(c), c.baseScore());
            claimFacts.put(c.id(), session.insert(c));
            insertPreferences(c);
        });
        map.supports().forEach(s -> supportFacts.put(s.id(), session.insert(s)));
        map.attacks().forEach(a -> attackFacts.put(a.id(), session.insert(a)));
        map.oppositions().forEach(o -> oppositionFacts.put(o, session.insert(o)));
        changed();
    }

    private boolean standsAlone(Claim claim) {
        if (suspended.contains(claim.id())) return false;
        return map.isAbstractFramework() || claim.isSourcedEvidence() || granted.contains(claim.id());
    }

    /**
     * What a debate's protocol decided beyond the map: a claim every other side conceded stands on
     * its own (it is common ground and needs no defence), and a claim whose challenge went
     * unanswered loses the grounds it claimed (its supports and its own standing) until answered.
     * Labels again only when something changed.
     */
    public synchronized void setStanding(Set<String> grantedNow, Set<String> suspendedNow) {
        if (granted.equals(grantedNow) && suspended.equals(suspendedNow)) return;
        Set<String> touched = new HashSet<>();
        for (Set<String> s : List.of(granted, grantedNow, suspended, suspendedNow)) touched.addAll(s);
        // a granted claim only stands alone; a suspended one also loses the inferences into it
        if (!suspended.equals(suspendedNow)) {
            if (inferences != null && suspendedNow.containsAll(suspended)) {
                boolean[] newly = new boolean[derived.graph.size()];
                for (String id : suspendedNow) {
                    Integer i = suspended.contains(id) ? null : derived.graph.lookup(id);
                    if (i != null) newly[i] = true;
                }
                inferences = inferences.withoutInto(c -> newly[c]);
            } else {
                inferences = null; // grounds given back: grouped again, in the map's order
            }
        }
        granted = Set.copyOf(grantedNow);
        suspended = Set.copyOf(suspendedNow);
        for (String id : touched) map.claim(id).ifPresent(c -> derived.graph.claimAdded(c.id(), standsAlone(c), c.baseScore()));
        changed();
    }

    /** A quote not in the paper the claim cites is a finding on the claim; a paper not known is none. */
    private void checkQuote(Claim claim) {
        Optional<String> paper = claim.source() == null ? Optional.empty() : quotes.notFoundIn(claim.source());
        if (paper.isEmpty()) {
            misquoted.remove(claim.id());
            return;
        }
        misquoted.put(claim.id(), new Finding(claim.id(), FindingKind.QUOTE_NOT_IN_PAPER, QUOTE_RULE,
                Explain.quoteNotInPaper(names, claim, paper.get(), claim.source().locator())));
    }

    /** The name the quote check's findings give as their rule, as the rules' findings name theirs. */
    static final String QUOTE_RULE = "A quote not in its paper";

    private void insertPreferences(Claim claim) {
        for (String over : claim.preferredOver()) {
            Preference p = new Preference(claim.id(), over);
            if (preferenceFacts.containsKey(p)) continue;
            preferenceFacts.put(p, session.insert(p));
            preferencesOf.computeIfAbsent(claim.id(), k -> new ArrayList<>()).add(p);
        }
    }

    private void deletePreferences(String claimId) {
        List<Preference> own = preferencesOf.remove(claimId);
        if (own != null) own.forEach(p -> session.delete(preferenceFacts.remove(p)));
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

    /** One claim as it stands now, without copying the map. */
    public synchronized Optional<Claim> claim(String claimId) {
        return map.claim(claimId);
    }

    /** What deleting the claim would take with it now (see {@link ArgumentMap#removalOf}), without copying the map. */
    public synchronized Optional<ArgumentMap.Removal> removalOf(String claimId) {
        return map.removalOf(claimId);
    }

    /** A copy of the map as it stands now. */
    public synchronized ArgumentMap map() {
        return map.copy();
    }

    /** Adds a claim or replaces the claim with the same id. */
    public synchronized void putClaim(Claim claim) {
        map.putClaim(claim);
        names.put(claim);
        checkQuote(claim);
        derived.graph.claimAdded(claim.id(), standsAlone(claim), claim.baseScore());
        // delete and insert rather than update: what was derived from the old claim goes, and is
        // derived afresh, so no explanation keeps quoting the old text
        delete(claimFacts.remove(claim.id()));
        claimFacts.put(claim.id(), session.insert(claim));
        deletePreferences(claim.id());
        insertPreferences(claim);
        changed();
    }

    /** Removes a claim with every relation touching it (what {@link ArgumentMap#removalOf} names). */
    public synchronized boolean removeClaim(String claimId) {
        ArgumentMap.Removal removal = map.removalOf(claimId).orElse(null);
        if (removal == null) return false;
        map.remove(removal);
        removal.supports().forEach(s -> delete(supportFacts.remove(s.id())));
        removal.attacks().forEach(a -> delete(attackFacts.remove(a.id())));
        removal.oppositions().forEach(o -> delete(oppositionFacts.remove(o)));
        if (!removal.arguments().isEmpty()) syncSupports(); // supports of arguments the claim was in have become drawn ones
        delete(claimFacts.remove(claimId));
        deletePreferences(claimId);
        // a claim outside every argument takes its own inferences and undercuts with it; an argument's
        // other supports become drawn ones, and everything is grouped again
        Integer index = derived.graph.lookup(claimId);
        boolean drawnOnly = removal.arguments().isEmpty() && removal.supports().stream().allMatch(s -> s.argumentId() == null);
        inferences = inferences != null && drawnOnly && index != null ? inferences.withoutClaim(index) : null;
        names.remove(claimId);
        misquoted.remove(claimId);
        derived.graph.claimRemoved(claimId);
        changed();
        return true;
    }

    /** Undoes a deletion: the claim and everything that went with it, as it was. */
    public synchronized void restore(ArgumentMap.Removal removal) {
        map.restore(removal);
        Claim claim = removal.claim();
        names.put(claim);
        checkQuote(claim);
        derived.graph.claimAdded(claim.id(), standsAlone(claim), claim.baseScore());
        claimFacts.put(claim.id(), session.insert(claim));
        insertPreferences(claim);
        syncSupports(); // the other premises' supports belong to their argument again
        for (Attack a : removal.attacks()) attackFacts.computeIfAbsent(a.id(), id -> session.insert(a));
        for (Opposition o : removal.oppositions()) oppositionFacts.computeIfAbsent(o, session::insert);
        inferences = null;
        changed();
    }

    /** Brings the support facts in line with the map's supports (inserted or changed ones). */
    private void syncSupports() {
        for (Support s : map.supports()) {
            FactHandle h = supportFacts.get(s.id());
            if (h == null) supportFacts.put(s.id(), session.insert(s));
            else if (!s.equals(session.getObject(h))) session.update(h, s);
        }
    }

    /** Renames the map or changes its description: nothing the rules read. */
    public synchronized void describe(String title, String description) {
        fresh();
        map.setTitle(title);
        map.setDescription(description);
        verdicts = verdicts.on(map); // the next analysis takes a fresh snapshot with the new title
    }

    public synchronized void addSupport(Support support) {
        Support added = map.addSupport(support);
        if (!supportFacts.containsKey(added.id())) {
            supportFacts.put(added.id(), session.insert(added));
            // a drawn support is one more inference; anything else regroups them all
            if (inferences != null && added.argumentId() == null && !suspended.contains(added.to())) {
                inferences = inferences.plus(added, derived.graph.indexOf(added.from()), derived.graph.indexOf(added.to()));
            } else {
                inferences = null;
            }
            changed();
        }
    }

    /** Adds a premise–conclusion argument with the supports from each premise. */
    public synchronized void addArgument(Argument argument) {
        map.addArgument(argument);
        for (Support s : map.supports()) {
            if (!supportFacts.containsKey(s.id())) supportFacts.put(s.id(), session.insert(s));
        }
        inferences = null;
        changed();
    }

    public synchronized boolean removeSupport(String supportId) {
        if (!supportFacts.containsKey(supportId)) return false;
        List<String> undercutsGone = map.attacks().stream()
                .filter(a -> a.onSupport() && a.target().equals(supportId)).map(Attack::id).toList();
        map.removeSupport(supportId);
        undercutsGone.forEach(id -> delete(attackFacts.remove(id)));
        delete(supportFacts.remove(supportId));
        inferences = null;
        changed();
        return true;
    }

    public synchronized void addAttack(Attack attack) {
        Attack added = map.addAttack(attack);
        if (!attackFacts.containsKey(added.id())) {
            attackFacts.put(added.id(), session.insert(added));
            // an undercut of a drawn support is one more undercut of its inference; anything else regroups them all
            if (added.onSupport()) inferences = inferences == null ? null : inferences.plusUndercut(added.target(), derived.graph.indexOf(added.from()));
            changed();
        }
    }

    public synchronized boolean removeAttack(String attackId) {
        Attack attack = map.attack(attackId).orElse(null);
        if (!map.removeAttack(attackId)) return false;
        delete(attackFacts.remove(attackId));
        if (attack != null && attack.onSupport()) inferences = null; // the inferences carry their undercuts
        changed();
        return true;
    }

    public synchronized void addOpposition(Opposition opposition) {
        map.addOpposition(opposition);
        if (!oppositionFacts.containsKey(opposition)) {
            oppositionFacts.put(opposition, session.insert(opposition));
            changed();
        }
    }

    public synchronized boolean removeOpposition(Opposition opposition) {
        if (!map.removeOpposition(opposition)) return false;
        delete(oppositionFacts.remove(opposition));
        changed();
        return true;
    }

    private void delete(FactHandle handle) {
        if (handle != null) session.delete(handle);
    }

    /**
     * An edit happened: the rules fire and the claims are labelled when a result is next read, so a
     * move that makes several edits (a claim and its support, say) is labelled once, not per edit.
     */
    private void changed() {
        stale = true;
    }

    /** Brings the results up to date with the edits made since they were last read. */
    private void fresh() {
        if (!stale) return;
        stale = false;
        evaluate();
    }

    /**
     * Fires the rules and labels the claims from the defeats they derived. The checking rules see
     * the labels when findings are next read ({@link #showLabels}): a debate reads its theses' labels
     * after every move and the findings once.
     */
    private void evaluate() {
        session.fireAllRules();
        if (inferences == null) inferences = Verdicts.Inferences.of(map, derived.graph::lookup, suspended);
        // the attacks and defeats for explanations are copied when a snapshot is taken, not after every edit
        verdicts = Verdicts.of(map, derived.graph.ids(), derived.graph::lookup, derived.graph.presentNow(),
                derived.graph.primaFacieNow(), inferences, derived.graph.defeatFromNow(), derived.graph.defeatToNow(),
                List.of(), List.of(), derived.graph.rankById(), derived.graph.baseNow(), scratch);
        labelsShown = false;
    }

    /**
     * Brings the facts the checking rules read (labels, grounds, support cycles) in line with the
     * current labelling, touching only what changed, and fires the checks: before findings are read.
     */
    private void showLabels() {
        fresh();
        if (labelsShown) return;
        labelsShown = true;
        applyLabels(verdicts.result.labels());
        applyGrounds();
        if (verdicts.inferences != cyclesOf) syncCycles(); // support cycles change only with supports
        cyclesOf = verdicts.inferences;
        session.fireAllRules();
    }

    /** Makes the Labelled facts match {@code next}, touching only the claims whose label changed. */
    private void applyLabels(Label[] next) {
        int n = Math.max(next.length, shownLabels.length);
        if (labelFacts.length < n) {
            labelFacts = java.util.Arrays.copyOf(labelFacts, n);
            shownLabels = java.util.Arrays.copyOf(shownLabels, n);
        }
        for (int i = 0; i < n; i++) {
            Label now = i < next.length && verdicts.present[i] ? next[i] : null;
            if (now == shownLabels[i]) continue;
            delete(labelFacts[i]);
            labelFacts[i] = now == null ? null : session.insert(new Labelled(verdicts.ids[i], now));
            shownLabels[i] = now;
        }
    }

    /** The witness of every claim that stands, as a fact the checking rules verify. */
    private void applyGrounds() {
        Label[] labels = verdicts.result.labels();
        if (groundsFacts.length < labels.length) {
            groundsFacts = java.util.Arrays.copyOf(groundsFacts, labels.length);
            shownGrounds = java.util.Arrays.copyOf(shownGrounds, labels.length);
        }
        for (int i = 0; i < groundsFacts.length; i++) {
            List<Support> now = null;
            if (i < labels.length && verdicts.present[i] && labels[i] == Label.IN) {
                int g = verdicts.result.grounds(i);
                now = g < 0 ? List.of() : verdicts.inferenceSupports.get(g);
            }
            if (java.util.Objects.equals(now, shownGrounds[i])) continue;
            delete(groundsFacts[i]);
            groundsFacts[i] = now == null ? null : session.insert(new Grounds(verdicts.ids[i],
                    now.stream().map(Support::from).toList(), now.stream().map(Support::id).toList()));
            shownGrounds[i] = now;
        }
    }

    /** Support cycles are the strongly connected components the labelling found; they change with supports. */
    private void syncCycles() {
        int[] component = verdicts.result.component();
        Map<Integer, List<String>> members = new HashMap<>();
        int[] size = new int[component.length + 1];
        for (int c : component) size[c]++;
        for (int i = 0; i < component.length; i++) {
            if (size[component[i]] > 1 && verdicts.present[i]) {
                members.computeIfAbsent(component[i], k -> new ArrayList<>()).add(verdicts.ids[i]);
            }
        }
        Set<SupportCycle> next = new HashSet<>();
        for (List<String> m : members.values()) {
            if (m.size() > 1) next.add(new SupportCycle(m.stream().sorted().toList(), "Claims that support each other in a circle"));
        }
        cycleFacts.entrySet().removeIf(e -> {
            if (next.contains(e.getKey())) return false;
            session.delete(e.getValue());
            return true;
        });
        next.forEach(c -> cycleFacts.computeIfAbsent(c, session::insert));
    }

    /**
     * Checks a proposed labelling (a student's, say) against the labelling conditions of the
     * rules, without disturbing the session: the computed labels are restored afterwards.
     *
     * @return one finding per broken condition; empty when the labelling meets them all
     */
    public synchronized List<Finding> checkLabelling(Map<String, Label> proposed) {
        showLabels();
        Label[] trial = new Label[verdicts.ids.length];
        proposed.forEach((claimId, label) -> {
            if (!map.hasClaim(claimId)) throw new IllegalArgumentException("no claim '" + claimId + "' in the map");
            trial[verdicts.indexOf(claimId)] = label;
        });
        try {
            applyLabels(trial);
            session.fireAllRules();
            return derived.findings.stream().filter(f -> f.getKind() == FindingKind.ILLEGAL_LABEL)
                    .sorted(Analysis.FINDING_ORDER).toList();
        } finally {
            applyLabels(verdicts.result.labels());
            session.fireAllRules();
        }
    }

    public synchronized Label label(String claimId) {
        fresh();
        return verdicts.label(claimId);
    }

    /** A claim's DF-QuAD strength now, or null if the map has no such claim; without a snapshot of the map. */
    public synchronized Double strength(String claimId) {
        fresh();
        return verdicts.strength(claimId);
    }

    /** The labelling now, as kept between edits (for tests that compare it with one from scratch). */
    synchronized Verdicts verdicts() {
        fresh();
        return verdicts;
    }

    /** The supports grouped from scratch on the map as it is now, with the standing now (what {@link #verdicts} must have kept). */
    synchronized Verdicts.Inferences inferencesFromScratch() {
        return Verdicts.Inferences.of(map, derived.graph::lookup, suspended);
    }

    /** A snapshot of every result, sorted for stable output. */
    public synchronized Analysis analysis() {
        showLabels();
        return new Analysis(
                verdicts.map == map ? snapshot() : verdicts.map,
                verdicts,
                sorted(derived.conflicts, Analysis.CONFLICT_ORDER),
                sorted(derived.attacks, Analysis.ATTACK_ORDER),
                cycleFacts.keySet().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
                sorted(findings(), Analysis.FINDING_ORDER));
    }

    private java.util.Collection<Finding> findings() {
        if (misquoted.isEmpty()) return derived.findings;
        List<Finding> all = new ArrayList<>(derived.findings);
        all.addAll(misquoted.values());
        return all;
    }

    /** The verdicts read the map lazily, so a snapshot gets its own copy, once per labelling. */
    private ArgumentMap snapshot() {
        ArgumentMap copy = map.copy();
        verdicts = verdicts.on(copy, List.copyOf(derived.attacks), List.copyOf(derived.defeats));
        return copy;
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
