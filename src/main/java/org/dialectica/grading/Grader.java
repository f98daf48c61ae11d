package org.dialectica.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Assessment;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;

/**
 * Grades maps against one rubric and, optionally, a reference map: each map is analysed by the
 * map rules (statuses, strengths, conflicts, findings), its claims matched to the reference's, and
 * the rubric's rules decide each criterion, counting only the student's own work: what they added
 * to or changed in the starter map ({@link OwnWork}). What the reference cannot ground itself is
 * not asked for. The rubric, the reference and the starter are prepared once;
 * {@link #grade} is thread-safe, so a class is graded in parallel.
 */
public final class Grader {
    private final RuleBase rules;
    private final Rubric rubric;
    private final Assessment assessment;
    private final List<Assessment.Criterion> criteria;
    private final ArgumentMap reference;
    private final Analysis referenceAnalysis;
    private final ClaimMatcher matcher;
    /** what every student began from (null: an empty map); only what a student added or changed is their own work */
    private final ArgumentMap starter;
    /** the reference's claims it does not ground itself (no evidence, UNSUPPORTED, or bearing on no thesis) */
    private final Set<String> ungrounded;
    /** the reference's theses and conflicts a student is to cover: those the reference grounds */
    private final List<Item> items;
    /** the items the starter has already: not the student's to cover (unless they remove them) */
    private final Set<String> given;

    /** A thesis ({@code a} alone) or a conflict ({@code a|b}) of the reference. */
    private record Item(String kind, String key, String a, String b, String title) {}

    /** @throws RubricException when the rubric's rules do not compile: every error as {@code file:line: message} */
    public Grader(RuleBase rules, Rubric rubric, ArgumentMap reference) throws RubricException {
        this(rules, rubric, reference, null);
    }

    /**
     * @param reference the answer key (null: graded on the map alone)
     * @param starter what the students began from (null: an empty map)
     * @throws RubricException when the rubric's rules do not compile: every error as {@code file:line: message}
     */
    public Grader(RuleBase rules, Rubric rubric, ArgumentMap reference, ArgumentMap starter) throws RubricException {
        this.rules = rules;
        this.starter = starter == null ? null : starter.copy();
        this.rubric = rubric;
        try {
            this.assessment = Assessment.compile(rubric.rules(), rubric.origin());
        } catch (RulesException e) {
            throw new RubricException(e.getMessage());
        }
        this.criteria = rubric.criteria().stream().map(c -> new Assessment.Criterion(c.id(), c.points(), c.threshold())).toList();
        this.reference = reference == null ? null : reference.copy();
        this.referenceAnalysis = reference == null ? null : ReasoningSession.analyze(rules, reference);
        this.matcher = reference == null ? null : new ClaimMatcher(this.reference);
        // what the reference itself cannot ground is not asked of the students
        this.ungrounded = new HashSet<>();
        if (referenceAnalysis != null) {
            Set<String> grounded = Assessment.grounded(referenceAnalysis);
            this.reference.claims().forEach(c -> { if (!grounded.contains(c.id())) ungrounded.add(c.id()); });
        }
        this.items = referenceAnalysis == null ? List.of() : items();
        this.given = new HashSet<>();
        if (this.starter != null && matcher != null) {
            Analysis a = ReasoningSession.analyze(rules, this.starter);
            presence(a, matcher.match(this.starter)).forEach((key, where) -> { if (where != null) given.add(key); });
        }
    }

    public Rubric rubric() {
        return rubric;
    }

    public Grade grade(String file, ArgumentMap student) {
        return grade(file, student, null);
    }

    /** @param corrected the grader's own matches (student claim → reference claim), replacing the automatic ones for those claims */
    public Grade grade(String file, ArgumentMap student, Map<String, String> corrected) {
        Analysis analysis = ReasoningSession.analyze(rules, student);
        List<Match> matches = matcher == null ? List.of() : matches(student, corrected);
        OwnWork own = OwnWork.of(starter, student);
        Set<String> notRequired = new HashSet<>();
        for (Match m : matches) if (ungrounded.contains(m.reference())) notRequired.add(m.student());
        Assessment.Work work = new Assessment.Work(own.claims(), own.supports(), own.attacks(), own.isEmpty(), notRequired,
                referenceAnalysis == null ? -1 : given.size());
        Map<String, Assessment.Outcome> outcomes = assessment.outcomes(criteria, analysis, covered(analysis, matches), work);
        List<CriterionResult> results = new ArrayList<>();
        double total = 0;
        for (Rubric.Criterion c : rubric.criteria()) {
            Assessment.Outcome o = outcomes.get(c.id());
            double points = Math.round(c.points() * o.score() * 100) / 100.0;
            total += points;
            results.add(new CriterionResult(c.id(), c.title(), points, c.points(), o.passed(), o.score(), o.explanations(), o.claims()));
        }
        List<String> ownClaims = student.claimIds().stream().filter(own.claims()::contains).toList();
        return new Grade(file, Math.round(total * 100) / 100.0, rubric.max(), results, matches, null, ownClaims);
    }

    public Grade unreadable(String file, String error) {
        return Grade.unreadable(file, rubric.max(), error);
    }

    private List<Match> matches(ArgumentMap student, Map<String, String> corrected) {
        List<Match> auto = matcher.match(student);
        if (corrected == null || corrected.isEmpty()) return auto;
        List<Match> out = new ArrayList<>();
        Set<String> taken = new HashSet<>(corrected.values());
        corrected.forEach((s, r) -> {
            if (student.hasClaim(s) && reference.hasClaim(r)) out.add(new Match(s, r, 1.0, "grader"));
        });
        for (Match m : auto) if (!corrected.containsKey(m.student()) && !taken.contains(m.reference())) out.add(m);
        return out;
    }

    /** The reference's theses and conflicts it grounds itself: a thesis or a conflict with an ungrounded end is not asked for. */
    private List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (Claim c : reference.claims()) {
            if (c.kind() == ClaimKind.THESIS && !ungrounded.contains(c.id())) out.add(new Item("thesis", c.id(), c.id(), null, c.displayTitle()));
        }
        Set<String> seen = new HashSet<>();
        for (Conflict c : referenceAnalysis.conflicts()) {
            if (ungrounded.contains(c.getA()) || ungrounded.contains(c.getB()) || !seen.add(pair(c.getA(), c.getB()))) continue;
            out.add(new Item("conflict", c.getA() + "|" + c.getB(), c.getA(), c.getB(), "«" + title(c.getA()) + "» / «" + title(c.getB()) + "»"));
        }
        return out;
    }

    /** Each reference item and where a map has it (its claim, or {@code a|b}), null when it does not (linear in the map). */
    private Map<String, String> presence(Analysis map, List<Match> matches) {
        Map<String, String> studentOf = new HashMap<>();
        matches.forEach(m -> studentOf.put(m.reference(), m.student()));
        Set<String> pairs = new HashSet<>();
        for (Conflict c : map.conflicts()) pairs.add(pair(c.getA(), c.getB()));
        for (AttackEdge e : map.attacks()) if (e.isOnClaim()) pairs.add(pair(e.getFrom(), e.getTo()));
        Map<String, String> out = new HashMap<>();
        for (Item i : items) {
            String a = studentOf.get(i.a());
            if (i.b() == null) {
                out.put(i.key(), a);
            } else {
                String b = studentOf.get(i.b());
                out.put(i.key(), a != null && b != null && pairs.contains(pair(a, b)) ? a + "|" + b : null);
            }
        }
        return out;
    }

    /**
     * The reference items the student is to cover and whether the map has each (through the matches):
     * those the starter has already count only when the student removed them.
     */
    private List<Assessment.Covered> covered(Analysis student, List<Match> matches) {
        if (referenceAnalysis == null) return List.of();
        Map<String, String> where = presence(student, matches);
        List<Assessment.Covered> out = new ArrayList<>();
        for (Item i : items) {
            String s = where.get(i.key());
            if (given.contains(i.key()) && s != null) continue;
            out.add(new Assessment.Covered(i.kind(), i.key(), i.title(), s != null, s));
        }
        return out;
    }

    private String title(String id) {
        return reference.claim(id).map(Claim::displayTitle).orElse(id);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
