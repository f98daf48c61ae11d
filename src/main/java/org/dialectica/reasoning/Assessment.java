package org.dialectica.reasoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A rubric's rules ({@code rules/rubrics/*.drl}) applied to one map's analysis: what a grader's
 * criteria conclude from the map's claims and relations, their statuses and strengths, the
 * conflicts, attacks, support cycles and findings, and how the map covers a reference. The rules
 * insert {@link Checked} items, {@link Gap}s (with the claim and a sentence), {@link Met}s and, for
 * a share, a {@link Score}; {@link #outcomes} turns them into points per criterion. One compiled
 * rubric serves every student map; each map gets a fresh session.
 */
public final class Assessment {

    /** A criterion of the rubric as its rules read it: its id, the points it is worth and its pass mark in [0, 1]. */
    public record Criterion(String id, double points, double threshold) {}

    /** The claim rests on a chain of supports down to sourced evidence (or is sourced evidence). */
    public record EvidenceChain(String claim) {}

    /** A thesis of the map with its status and strength. */
    public record Thesis(String id, String title, Label label, double strength) {}

    /**
     * An item of the reference map (a thesis, or a conflict {@code a|b}) and the student's claim(s)
     * it was matched to; {@code present} when the student map has it.
     */
    public record Covered(String kind, String reference, String title, boolean present, String student) {}

    /** An item a criterion checks (a thesis, an evidence claim …): the share without gaps is its score. */
    public record Checked(String criterion, String claim) {}

    /** What a criterion found missing or wrong, on which claim (null: the map as a whole). */
    public record Gap(String criterion, String claim, Sentence explanation) {}

    /** What a criterion found done well. */
    public record Met(String criterion, String claim, Sentence explanation) {}

    /** A criterion's score in [0, 1] when it is a share the rules compute themselves (coverage …). */
    public record Score(String criterion, double value, Sentence explanation) {}

    /** A claim of the student's own: added to the starter map, or changed from its claim (text or source). */
    public record Own(String claim) {}

    /** An attack on a claim the student drew that the starter map did not have. */
    public record OwnAttack(String from, String to) {}

    /** The claim is the student's own or rests, through supports, on something the student added (a claim or a support). */
    public record OwnGrounds(String claim) {}

    /** The claim is a thesis, or supports or attacks a claim that bears on a thesis (a chain of drawn or derived relations). */
    public record BearsOnThesis(String claim) {}

    /** The student added and changed nothing relative to the starter ({@code empty}: the map has no claim at all). */
    public record NothingAdded(boolean empty) {}

    /** A claim of the map matching a reference claim the reference itself does not ground ({@link #grounded}): not required of the student. */
    public record NotRequired(String claim) {}

    /** There is a reference: {@code given} of its items are in the starter already, so not the student's to cover. */
    public record Reference(int given) {}

    /** A criterion's items counted (met and checked), for a points table to read. */
    public record Tally(String criterion, int met, int checked) {
        public double share() {
            return checked == 0 ? 0 : met / (double) checked;
        }
    }

    /** The criterion scores 0 whatever else its rules found, for this reason (nothing was added …). */
    public record Zero(String criterion, Sentence explanation) {}

    /**
     * What of the map is the student's own work, as the grader found relative to the starter.
     *
     * @param claims the student's own claims
     * @param supports their own supports, by id
     * @param attacks their own attacks, by id
     * @param nothingAdded the map adds and changes nothing
     * @param notRequired claims not asked of the student (see {@link NotRequired})
     * @param referenceGiven -1 without a reference, else how many reference items the starter already has
     */
    public record Work(Set<String> claims, Set<String> supports, Set<String> attacks, boolean nothingAdded, Set<String> notRequired,
            int referenceGiven) {
        /** All of the map is the student's own (an empty starter), without a reference. */
        public static Work whole(org.dialectica.map.ArgumentMap map) {
            Set<String> claims = new HashSet<>(map.claimIds());
            Set<String> supports = new HashSet<>(), attacks = new HashSet<>();
            map.supports().forEach(s -> supports.add(s.id()));
            map.attacks().forEach(a -> attacks.add(a.id()));
            return new Work(claims, supports, attacks, claims.isEmpty(), Set.of(), -1);
        }
    }

    /** A criterion's result: the share in [0, 1], whether it reaches the pass mark, why, and the claims concerned. */
    public record Outcome(String criterion, double score, boolean passed, List<Sentence> explanations, List<String> claims) {}

    /** What was done well is said for this many items, then counted: a map may answer dozens of objections. */
    static final int SHOWN = 3;

    private final KieBase rules;

    private Assessment(KieBase rules) {
        this.rules = rules;
    }

    /**
     * Compiles a rubric's rules (file name → .drl text, or a decision table: {@code .csv} text or
     * {@code .xlsx} as Base64).
     *
     * @throws RulesException naming every error as {@code file:line: message}
     */
    public static Assessment compile(Map<String, String> sources, String origin) {
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, DecisionTable> tables = new HashMap<>();
        sources.forEach((name, text) -> {
            if (DecisionTable.isTable(name)) {
                DecisionTable table = DecisionTable.read(name, text);
                drl.put(name + ".drl", table.drl());
                tables.put(name + ".drl", table);
            } else {
                drl.put(name, text);
            }
        });
        return new Assessment(RuleBase.build(drl, origin, (file, line) -> tables.containsKey(file) ? tables.get(file).place(line) : file + ":" + line));
    }

    /**
     * Runs the rubric's rules on one analysed map.
     *
     * @param covered the reference items and whether the map has them (empty without a reference)
     */
    public Map<String, Outcome> outcomes(List<Criterion> criteria, Analysis analysis, List<Covered> covered) {
        Work work = Work.whole(analysis.map());
        return outcomes(criteria, analysis, covered, new Work(work.claims(), work.supports(), work.attacks(), work.nothingAdded(),
                Set.of(), covered.isEmpty() ? -1 : 0));
    }

    /**
     * Runs the rubric's rules on one analysed map, knowing which of it is the student's own work.
     *
     * @param covered the reference items the student is to cover and whether the map has them
     */
    public Map<String, Outcome> outcomes(List<Criterion> criteria, Analysis analysis, List<Covered> covered, Work work) {
        KieSession session = rules.newKieSession();
        try {
            work.claims().forEach(c -> session.insert(new Own(c)));
            for (org.dialectica.map.Attack a : analysis.map().attacks()) {
                if (!a.onSupport() && work.attacks().contains(a.id())) session.insert(new OwnAttack(a.from(), a.target()));
            }
            ownGrounds(analysis, work).forEach(c -> session.insert(new OwnGrounds(c)));
            bearingOnTheses(analysis).forEach(c -> session.insert(new BearsOnThesis(c)));
            if (work.nothingAdded()) session.insert(new NothingAdded(analysis.map().claims().isEmpty()));
            work.notRequired().forEach(c -> session.insert(new NotRequired(c)));
            if (work.referenceGiven() >= 0) session.insert(new Reference(work.referenceGiven()));
            criteria.forEach(session::insert);
            analysis.map().claims().forEach(session::insert);
            analysis.map().supports().forEach(session::insert);
            analysis.map().attacks().forEach(session::insert);
            analysis.map().oppositions().forEach(session::insert);
            for (Claim c : analysis.map().claims()) {
                Label label = analysis.label(c.id());
                if (label != null) session.insert(new Labelled(c.id(), label));
                if (c.kind() == org.dialectica.map.ClaimKind.THESIS) {
                    Double strength = analysis.strength(c.id());
                    session.insert(new Thesis(c.id(), c.displayTitle(), label, strength == null ? 0 : strength));
                }
            }
            evidenceChains(analysis).forEach(id -> session.insert(new EvidenceChain(id)));
            analysis.conflicts().forEach(session::insert);
            analysis.attacks().forEach(session::insert);
            analysis.cycles().forEach(session::insert);
            analysis.findings().forEach(session::insert);
            covered.forEach(session::insert);
            session.fireAllRules();
            return collect(criteria, session);
        } finally {
            session.dispose();
        }
    }

    private static Map<String, Outcome> collect(List<Criterion> criteria, KieSession session) {
        Map<String, Set<String>> checked = new HashMap<>();
        Map<String, List<Gap>> gaps = new HashMap<>();
        Map<String, List<Met>> met = new HashMap<>();
        Map<String, Score> scores = new HashMap<>();
        Map<String, Zero> zeros = new HashMap<>();
        for (Object o : session.getObjects()) {
            switch (o) {
                case Zero z -> zeros.putIfAbsent(z.criterion(), z);
                case Checked c -> checked.computeIfAbsent(c.criterion(), k -> new HashSet<>()).add(String.valueOf(c.claim()));
                case Gap g -> gaps.computeIfAbsent(g.criterion(), k -> new ArrayList<>()).add(g);
                case Met m -> met.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
                case Score s -> scores.put(s.criterion(), s);
                default -> { }
            }
        }
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            Zero zero = zeros.get(c.id());
            if (zero != null) {
                out.put(c.id(), new Outcome(c.id(), 0, c.threshold() <= 0, List.of(zero.explanation()), List.of()));
                continue;
            }
            List<Gap> g = gaps.getOrDefault(c.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(x -> String.valueOf(x.claim()))).toList();
            List<Met> m = met.getOrDefault(c.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(x -> String.valueOf(x.claim()))).toList();
            Score s = scores.get(c.id());
            double score;
            if (s != null) {
                score = s.value();
            } else {
                Set<String> items = checked.getOrDefault(c.id(), Set.of());
                Set<String> failing = new HashSet<>();
                g.forEach(x -> failing.add(String.valueOf(x.claim())));
                score = items.isEmpty() ? (g.isEmpty() ? 1 : 0) : Math.max(0, (items.size() - failing.stream().filter(items::contains).count()) / (double) items.size());
                if (!items.isEmpty() && failing.stream().anyMatch(f -> !items.contains(f))) score = 0; // a gap on the map as a whole
            }
            score = Math.max(0, Math.min(1, score));
            boolean passed = score >= c.threshold() - 1e-9;
            List<Sentence> why = new ArrayList<>();
            if (s != null) why.add(s.explanation());
            if (passed && g.isEmpty()) {
                m.stream().limit(SHOWN).forEach(x -> why.add(x.explanation()));
                if (m.size() > SHOWN) why.add(Sentence.of("grade.more", m.size() - SHOWN));
            }
            g.forEach(x -> why.add(x.explanation()));
            List<String> claims = new ArrayList<>();
            (g.isEmpty() ? m.stream().map(Met::claim) : g.stream().map(Gap::claim)).filter(java.util.Objects::nonNull)
                    .distinct().forEach(claims::add);
            out.put(c.id(), new Outcome(c.id(), score, passed, List.copyOf(why), List.copyOf(claims)));
        }
        return out;
    }

    /**
     * The claims resting on the student's own work: own claims, the conclusions of own supports, and
     * everything these support in turn (forward along supports, each claim once).
     */
    static Set<String> ownGrounds(Analysis analysis, Work work) {
        Map<String, List<String>> supported = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> reached = new HashSet<>();
        for (Support s : analysis.map().supports()) {
            supported.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s.to());
            if (work.supports().contains(s.id()) && reached.add(s.to())) queue.add(s.to());
        }
        for (String c : work.claims()) if (reached.add(c)) queue.add(c);
        while (!queue.isEmpty()) {
            for (String to : supported.getOrDefault(queue.poll(), List.of())) if (reached.add(to)) queue.add(to);
        }
        return reached;
    }

    /**
     * The theses and every claim with a chain of supports and attacks (drawn or derived) to one:
     * backwards from the theses, each claim once (linear). An undercut bears on the conclusion of the
     * support it attacks.
     */
    static Set<String> bearingOnTheses(Analysis analysis) {
        Map<String, List<String>> into = new HashMap<>();
        for (Support s : analysis.map().supports()) into.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
        for (org.dialectica.map.Attack a : analysis.map().attacks()) {
            String to = a.onSupport() ? analysis.map().support(a.target()).map(Support::to).orElse(null) : a.target();
            if (to != null) into.computeIfAbsent(to, k -> new ArrayList<>()).add(a.from());
        }
        for (AttackEdge e : analysis.attacks()) if (e.isOnClaim()) into.computeIfAbsent(e.getTo(), k -> new ArrayList<>()).add(e.getFrom());
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Claim c : analysis.map().claims()) {
            if (c.kind() == org.dialectica.map.ClaimKind.THESIS && reached.add(c.id())) queue.add(c.id());
        }
        while (!queue.isEmpty()) {
            for (String from : into.getOrDefault(queue.poll(), List.of())) if (reached.add(from)) queue.add(from);
        }
        return reached;
    }

    /**
     * The claims a map grounds itself: with a chain of supports down to sourced evidence and not
     * UNSUPPORTED, and bearing on a thesis. What a reference does not ground, a student is not asked for.
     */
    public static Set<String> grounded(Analysis analysis) {
        Set<String> out = new HashSet<>(evidenceChains(analysis));
        out.retainAll(bearingOnTheses(analysis));
        out.removeIf(c -> analysis.label(c) == Label.UNSUPPORTED);
        return out;
    }

    /**
     * The claims with a support chain down to sourced evidence: from the evidence forward along
     * supports, each claim once (linear; no paths enumerated). A linked argument counts only when
     * all its premises have such a chain.
     */
    static Set<String> evidenceChains(Analysis analysis) {
        Map<String, List<Support>> out = new HashMap<>();
        Map<String, Integer> missing = new HashMap<>(); // argument+conclusion -> premises still without a chain
        for (Support s : analysis.map().supports()) {
            out.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
            if (s.argumentId() != null) missing.merge(s.argumentId() + "\u0000" + s.to(), 1, Integer::sum);
        }
        Set<String> chained = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Claim c : analysis.map().claims()) {
            if (c.isSourcedEvidence() && chained.add(c.id())) queue.add(c.id());
        }
        while (!queue.isEmpty()) {
            String from = queue.poll();
            for (Support s : out.getOrDefault(from, List.of())) {
                boolean reaches = s.argumentId() == null || missing.merge(s.argumentId() + "\u0000" + s.to(), -1, Integer::sum) == 0;
                if (reaches && chained.add(s.to())) queue.add(s.to());
            }
        }
        return chained;
    }
}
