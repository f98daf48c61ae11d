package org.dialectica.debate;

import org.dialectica.io.MapFileException;

/**
 * A stored debate whose starting map no longer reads (the Argdown reader refuses the text kept with
 * it), so it cannot be rebuilt; its moves are kept. The problem is the reader's located message.
 */
public class UnreadableDebateException extends RuntimeException {
    private final long debateId;
    private final String problem;

    UnreadableDebateException(long debateId, MapFileException cause) {
        super("The starting map of debate " + debateId + " does not read back: " + cause.getMessage(), cause);
        this.debateId = debateId;
        this.problem = cause.getMessage();
    }

    public long debateId() {
        return debateId;
    }

    /** Where the starting map stops reading and why: {@code file:line:column: message}. */
    public String problem() {
        return problem;
    }
}
