package org.dialectica.grading;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An automatic grade as it is stored: the engine's {@link Grade} with each explanation already
 * worded in every language of the app, so a review reads the same later whatever the rules say then.
 */
public record Graded(double total, double max, List<Result> criteria, List<Match> matches) {
    public Graded {
        criteria = List.copyOf(criteria);
        matches = List.copyOf(matches);
    }

    /**
     * One criterion as graded; {@code explanation}: language tag → text; {@code threshold}: its pass
     * mark then (null in grades stored before it was kept).
     */
    public record Result(String id, String title, double points, double max, boolean passed, double share,
            Map<String, String> explanation, List<String> claims, Double threshold) {
        public String explanation(Locale locale) {
            String text = explanation.get(locale.getLanguage());
            return text != null ? text : explanation.getOrDefault("en", "");
        }

        /** The claims it found wanting: those named while it is not fully met. */
        public List<String> gaps() {
            return share >= 1 - 1e-9 ? List.of() : claims;
        }
    }

    static Graded of(Grade grade, Rubric rubric) {
        Map<String, Double> thresholds = new java.util.HashMap<>();
        rubric.criteria().forEach(c -> thresholds.put(c.id(), c.threshold()));
        List<Result> results = grade.criteria().stream().map(c -> new Result(c.id(), c.title(), c.points(), c.max(), c.passed(),
                c.share(), Map.of("en", c.explanation(Locale.ENGLISH), "id", c.explanation(Locale.forLanguageTag("id"))), c.claims(),
                thresholds.get(c.id()))).toList();
        return new Graded(grade.total(), grade.max(), results, grade.matches());
    }

    public Result criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
