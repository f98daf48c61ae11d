package org.dialectica.grading;

import java.util.List;

/**
 * One student map graded: total points out of the rubric's maximum, each criterion's result, and
 * how its claims matched the reference's. {@code error} instead when the map could not be read
 * (then nothing else is set): the other students are graded all the same.
 */
public record Grade(String file, double total, double max, List<CriterionResult> criteria, List<Match> matches, String error) {
    public Grade {
        criteria = List.copyOf(criteria);
        matches = List.copyOf(matches);
    }

    static Grade unreadable(String file, double max, String error) {
        return new Grade(file, 0, max, List.of(), List.of(), error);
    }
}
