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
 * the rubric's rules decide each criterion. The rubric and the reference are prepared once;
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
        Map<String, Assessment.Outcome> outcomes = assessment.outcomes(criteria, analysis, covered(analysis, matches));
        List<CriterionResult> results = new ArrayList<>();
        double total = 0;
        for (Rubric.Criterion c : rubric.criteria()) {
            Assessment.Outcome o = outcomes.get(c.id());
            double points = Math.round(c.points() * o.score() * 100) / 100.0;
            total += points;
            results.add(new CriterionResult(c.id(), c.title(), points, c.points(), o.passed(), o.score(), o.explanations(), o.claims()));
        }
        return new Grade(file, Math.round(total * 100) / 100.0, rubric.max(), results, matches, null);
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

    /** The reference's theses and conflicts, and whether the student's map has each (through the matches). */
    private List<Assessment.Covered> covered(Analysis student, List<Match> matches) {
        if (referenceAnalysis == null) return List.of();
        Map<String, String> studentOf = new HashMap<>();
        matches.forEach(m -> studentOf.put(m.reference(), m.student()));
        Set<String> pairs = new HashSet<>();
        for (Conflict c : student.conflicts()) pairs.add(pair(c.getA(), c.getB()));
        for (AttackEdge e : student.attacks()) if (e.isOnClaim()) pairs.add(pair(e.getFrom(), e.getTo()));
        List<Assessment.Covered> out = new ArrayList<>();
        for (Claim c : reference.claims()) {
            if (c.kind() != ClaimKind.THESIS) continue;
            String s = studentOf.get(c.id());
            out.add(new Assessment.Covered("thesis", c.id(), c.displayTitle(), s != null, s));
        }
        Set<String> seen = new HashSet<>();
        for (Conflict c : referenceAnalysis.conflicts()) {
            if (!seen.add(pair(c.getA(), c.getB()))) continue;
            String a = studentOf.get(c.getA()), b = studentOf.get(c.getB());
            boolean present = a != null && b != null && pairs.contains(pair(a, b));
            String title = "«" + title(c.getA()) + "» / «" + title(c.getB()) + "»";
            out.add(new Assessment.Covered("conflict", c.getA() + "|" + c.getB(), title, present, present ? a + "|" + b : null));
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
