package org.dialectica.grading;

/** No such assignment or submission: pages answer it as an address that leads nowhere. */
public final class UnknownAssignmentException extends RuntimeException {
    UnknownAssignmentException(String what) {
        super("There is no " + what + ".");
    }
}
