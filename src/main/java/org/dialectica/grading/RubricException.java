package org.dialectica.grading;

/** A rubric that cannot be used: the message names the file and the place (line, or the criterion's field). */
public final class RubricException extends Exception {
    public RubricException(String message) {
        super(message);
    }
}
