package org.dialectica.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a student sees of a released review: the review itself, and for each criterion the gaps the
 * automatic grading found that their map no longer has (graded again now; empty when the map is gone).
 */
public record Feedback(Assignment assignment, Submission submission, Review review, Map<String, List<String>> resolved,
        List<String> resolvedCriteria) {

    /** Whether this gap of this criterion is fixed in the map as it is now. */
    public boolean isResolved(String criterion, String claim) {
        return resolved.getOrDefault(criterion, List.of()).contains(claim);
    }

    static Feedback of(Assignment a, Submission s, Review review, Graded now) {
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        List<String> criteria = new ArrayList<>();
        if (now != null && review.graded() != null) {
            for (Graded.Result then : review.graded().criteria()) {
                Graded.Result current = now.criterion(then.id());
                if (current == null || then.share() >= 1 - 1e-9) continue;
                // the rule no longer reports the claim: fixed
                List<String> fixed = then.gaps().stream().filter(c -> !current.gaps().contains(c)).toList();
                if (!fixed.isEmpty()) resolved.put(then.id(), fixed);
                if (current.share() >= 1 - 1e-9) criteria.add(then.id());
            }
        }
        return new Feedback(a, s, review, resolved, criteria);
    }
}
