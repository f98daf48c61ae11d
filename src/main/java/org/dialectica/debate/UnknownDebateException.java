package org.dialectica.debate;

/** No debate has this id (never had, or it was deleted). */
public class UnknownDebateException extends RuntimeException {
    public UnknownDebateException(long id) {
        super("There is no debate " + id + ".");
    }
}
