package org.dialectica.grading;

import java.time.Instant;

/**
 * A student's work on an assignment: their map, and when they handed it in (null: not yet), whether
 * that was after the due time, and how often they handed it in again.
 */
public record Submission(long id, long assignmentId, String student, String mapId, Instant submittedAt, boolean late,
        int resubmissions) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
