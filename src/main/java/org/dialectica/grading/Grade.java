package org.dialectica.grading;

import java.util.List;

/**
 * One student map graded: total points out of the rubric's maximum, each criterion's result, and
 * how its claims matched the reference's, and which of its claims are the student's own work
 * (added to or changed in the starter map; the others are the starter's). {@code error} instead when the map could not be read
 * (then nothing else is set): the other students are graded all the same.
 */
public record Grade(String file, double total, double max, List<CriterionResult> criteria, List<Match> matches, String error,
        List<String> ownClaims) {
    public Grade {
        criteria = List.copyOf(criteria);
        matches = List.copyOf(matches);
        ownClaims = ownClaims == null ? List.of() : List.copyOf(ownClaims);
    }

    /** A grade that does not say which claims are the student's own (stored before it did). */
    public Grade(String file, double total, double max, List<CriterionResult> criteria, List<Match> matches, String error) {
        this(file, total, max, criteria, matches, error, List.of());
    }

    static Grade unreadable(String file, double max, String error) {
        return new Grade(file, 0, max, List.of(), List.of(), error);
    }

    /** Whether the student added or changed this claim relative to the starter map (else it is the starter's). */
    public boolean isOwn(String claim) {
        return ownClaims.contains(claim);
    }
}
