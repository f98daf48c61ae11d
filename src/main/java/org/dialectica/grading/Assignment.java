package org.dialectica.grading;

import java.time.Instant;

/**
 * A teacher's task for a class: what to do, by when, the reference map the work is graded against
 * (null: graded on the map alone; the answer key, hidden from the class's students), what the
 * students begin from, the papers it is about as a note, and the version of its rubric (one more
 * with every change of points, pass marks or rules).
 */
public record Assignment(long id, String title, String instructions, long classId, String className, String teacher,
        Instant due, String referenceMapId, String sources, Starter starter, String starterMapId, int rubricVersion) {

    /** What the students begin from. */
    public enum Starter {
        /** An empty map. */
        EMPTY,
        /** The reference's theses only: what to argue for, none of the answer. */
        THESES,
        /** A map the teacher picks ({@link #starterMapId}). */
        MAP
    }

    public boolean isDue(Instant at) {
        return at.isAfter(due);
    }

    /** Whether students who begin from the starter get a copy of the answer key itself (assignments made before issue 17). */
    public boolean starterIsReference() {
        return starter == Starter.MAP && starterMapId != null && starterMapId.equals(referenceMapId);
    }
}
