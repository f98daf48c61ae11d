package org.dialectica.grading;

/**
 * A submission stored as Argdown that no longer reads (handed in before the writer escaped every
 * title it wrote): the pages say so with the reader's located problem and offer the repair,
 * {@link Assignments#retake(long)}, instead of an error page.
 */
public final class UnreadableSubmissionException extends RuntimeException {
    private final long submissionId;
    private final String problem;

    UnreadableSubmissionException(long submissionId, String problem) {
        super("Submission " + submissionId + " was stored in a form that no longer reads: " + problem);
        this.submissionId = submissionId;
        this.problem = problem;
    }

    public long submissionId() {
        return submissionId;
    }

    /** The reader's message, with the line and column. */
    public String problem() {
        return problem;
    }
}
