package org.dialectica.debate;

/** A transcript that does not read: the message names the file and the place (line and column, or the field). */
public final class TranscriptException extends Exception {
    public TranscriptException(String message) {
        super(message);
    }
}
