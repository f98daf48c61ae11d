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

    /** A criterion's result: the share in [0, 1], whether it reaches the pass mark, why, and the claims concerned. */
    public record Outcome(String criterion, double score, boolean passed, List<Sentence> explanations, List<String> claims) {}

    /** What was done well is said for this many items, then counted: a map may answer dozens of objections. */
    static final int SHOWN = 3;

    private final KieBase rules;

    private Assessment(KieBase rules) {
        this.rules = rules;
    }

    /**
     * Compiles a rubric's rules (file name → .drl text).
     *
     * @throws RulesException naming every error as {@code file:line: message}
     */
    public static Assessment compile(Map<String, String> sources, String origin) {
        return new Assessment(RuleBase.build(sources, origin));
    }

    /**
     * Runs the rubric's rules on one analysed map.
     *
     * @param covered the reference items and whether the map has them (empty without a reference)
     */
    public Map<String, Outcome> outcomes(List<Criterion> criteria, Analysis analysis, List<Covered> covered) {
        KieSession session = rules.newKieSession();
        try {
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
        for (Object o : session.getObjects()) {
            switch (o) {
                case Checked c -> checked.computeIfAbsent(c.criterion(), k -> new HashSet<>()).add(String.valueOf(c.claim()));
                case Gap g -> gaps.computeIfAbsent(g.criterion(), k -> new ArrayList<>()).add(g);
                case Met m -> met.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
                case Score s -> scores.put(s.criterion(), s);
                default -> { }
            }
        }
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (Criterion c : criteria) {
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
