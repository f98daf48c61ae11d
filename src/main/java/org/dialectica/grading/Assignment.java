package org.dialectica.grading;

import java.time.Instant;

/**
 * A teacher's task for a class: what to do, by when, the reference map the work is graded against
 * (null: graded on the map alone) and the papers it is about, as a note.
 */
public record Assignment(long id, String title, String instructions, long classId, String className, String teacher,
        Instant due, String referenceMapId, String sources) {

    public boolean isDue(Instant at) {
        return at.isAfter(due);
    }
}
