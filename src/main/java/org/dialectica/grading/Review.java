package org.dialectica.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A teacher's review of one submission: the automatic grade, the points per criterion (the teacher's
 * own where they overrode them, with the reason), marks and comments on claims, corrected matches,
 * the overall grade and feedback, and whether the student may see it yet.
 */
public record Review(long submissionId, Graded graded, List<Points> points, Map<String, ClaimNote> claims,
        Map<String, String> corrections, String grade, String feedback, boolean released, Instant releasedAt) {
    public Review {
        points = List.copyOf(points);
        claims = Map.copyOf(claims);
        corrections = Map.copyOf(corrections);
    }

    /** A criterion's points: automatic, and the teacher's (null: not overridden). */
    public record Points(String criterion, double automatic, Double overridden, String reason) {
        public double points() {
            return overridden != null ? overridden : automatic;
        }
    }

    /** A mark (or null) and a comment (or null) on one claim. */
    public record ClaimNote(ReviewMark mark, String comment) {}

    public double total() {
        return Math.round(points.stream().mapToDouble(Points::points).sum() * 100) / 100.0;
    }

    public double max() {
        return graded == null ? 0 : graded.max();
    }
}
