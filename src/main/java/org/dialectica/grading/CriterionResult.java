package org.dialectica.grading;

import java.util.List;
import org.dialectica.reasoning.Sentence;

/**
 * A criterion's result on one map: points out of {@code max} (the share met times the criterion's
 * points), whether the share reaches the pass mark, the sentences that say why, and the claims concerned.
 */
public record CriterionResult(String id, String title, double points, double max, boolean passed, double share,
        List<Sentence> explanations, List<String> claims) {
    public CriterionResult {
        explanations = List.copyOf(explanations);
        claims = List.copyOf(claims);
    }

    /** The explanations as one text, in the reader's language. */
    public String explanation(java.util.Locale locale) {
        return String.join(" ", explanations.stream().map(s -> s.text(locale)).toList());
    }
}
