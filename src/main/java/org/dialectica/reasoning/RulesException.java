package org.dialectica.reasoning;

/** The rule files could not be found or compiled; the message names the file and line. */
public final class RulesException extends RuntimeException {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
