package org.dialectica.workspace;

/** Someone else changed (or deleted) what this edit was based on; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
