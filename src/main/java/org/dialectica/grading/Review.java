package org.dialectica.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A teacher's review of one submission: the automatic grade, the points per criterion (the teacher's
 * own where they overrode them, with the reason), marks and comments on claims, corrected matches,
 * the overall grade and feedback, whether the student may see it yet, the rubric version it was
 * graded with (null: before versions were kept) and the teacher's points the last regrade dropped.
 */
public record Review(long submissionId, Graded graded, List<Points> points, Map<String, ClaimNote> claims,
        Map<String, String> corrections, String grade, String feedback, boolean released, Instant releasedAt,
        Integer rubricVersion, List<String> dropped) {
    public Review {
        points = List.copyOf(points);
        claims = Map.copyOf(claims);
        corrections = Map.copyOf(corrections);
        dropped = List.copyOf(dropped);
    }

    /** A criterion's points: automatic, and the teacher's (null: not overridden). */
    public record Points(String criterion, double automatic, Double overridden, String reason) {
        public double points() {
            return overridden != null ? overridden : automatic;
        }
    }

    /** A mark (or null) and a comment (or null) on one claim. */
    public record ClaimNote(ReviewMark mark, String comment) {}

    /** The points of the graded criteria, each at most its maximum; so never above {@link #max()}. */
    public double total() {
        if (graded == null) return 0;
        double sum = 0;
        for (Graded.Result c : graded.criteria()) {
            Points p = points(c.id());
            sum += Math.min(c.max(), p == null ? c.points() : p.points());
        }
        return Math.min(max(), Math.round(sum * 100) / 100.0);
    }

    public double max() {
        return graded == null ? 0 : graded.max();
    }

    public Points points(String criterion) {
        return points.stream().filter(p -> p.criterion().equals(criterion)).findFirst().orElse(null);
    }

    /** Whether the criterion is met: by the teacher's points where they set them, else as graded. */
    public boolean passed(Graded.Result c) {
        Points p = points(c.id());
        if (p == null || p.overridden() == null) return c.passed();
        if (c.threshold() == null) return c.passed(); // graded before pass marks were kept: as graded until graded again
        double threshold = c.threshold();
        double share = c.max() <= 0 ? 1 : p.overridden() / c.max();
        return share >= threshold - 1e-9;
    }

    /** Whether it was graded with this version of the rubric. */
    public boolean gradedWith(int version) {
        return graded != null && rubricVersion != null && rubricVersion == version;
    }
}
