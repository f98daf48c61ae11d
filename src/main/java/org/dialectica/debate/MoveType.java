package org.dialectica.debate;

import java.util.Locale;

/**
 * What a move does. {@code pass} ends the mover's turn; {@code prefer} and {@code close} are the
 * moderator's; {@code timeout} is the clock's: nobody plays it, the server records it when a turn's
 * time runs out, and it ends that turn.
 */
public enum MoveType {
    CLAIM, SUPPORT, ATTACK, UNDERCUT, CHALLENGE, CONCEDE, RETRACT, PREFER, CLOSE, VOTE, PASS, TIMEOUT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the word and the moves there are */
    public static MoveType of(String word) {
        for (MoveType t : values()) if (t.word().equals(word)) return t;
        throw new IllegalArgumentException("unknown move type '" + word + "': claim, support, attack, undercut, challenge, "
                + "concede, retract, prefer, close, vote, pass or timeout");
    }

    public boolean moderatorOnly() {
        return this == PREFER || this == CLOSE;
    }

    /** Moves that argue: they take the mover's turn and count as a turn of its side in a free debate. */
    boolean argues() {
        return this != VOTE && this != PREFER && this != CLOSE && this != PASS && this != TIMEOUT;
    }
}
