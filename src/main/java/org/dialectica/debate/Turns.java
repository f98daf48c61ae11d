package org.dialectica.debate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Whose turn it is, by format: nobody's in a free debate (each argued move is a turn of its side);
 * in {@code rounds} the sides in their order, a turn ending after {@code movesPerTurn} moves or a
 * pass; in British Parliamentary the eight speeches, each ended by a pass (or the timer's).
 */
final class Turns {
    private final Setup setup;
    /** turns ended so far, over all sides */
    private int ended;
    private int movesInTurn;
    private Instant startedAt;
    private final Map<String, Integer> taken = new HashMap<>();

    Turns(Setup setup) {
        this.setup = setup;
    }

    boolean turnBased() {
        return setup.format() != Format.FREE;
    }

    /** The side whose turn it is, or null (free, or over). */
    String side() {
        if (!turnBased() || over()) return null;
        return setup.format() == Format.BRITISH_PARLIAMENTARY
                ? setup.sides().get(Setup.BP_TEAM[ended]).name()
                : setup.sides().get(ended % setup.sides().size()).name();
    }

    String speaker() {
        return setup.format() == Format.BRITISH_PARLIAMENTARY && !over() ? Setup.BP_SPEAKER[ended] : null;
    }

    /** The member who gives this speech, when the team named two or more; else null (any member). */
    String speakerMember() {
        if (setup.format() != Format.BRITISH_PARLIAMENTARY || over()) return null;
        Side team = setup.side(side());
        int i = (ended % 4) / 2;
        return team.members().size() > i && team.members().size() >= 2 ? team.members().get(i) : null;
    }

    int round() {
        if (!turnBased()) return 1;
        int perRound = setup.format() == Format.BRITISH_PARLIAMENTARY ? Setup.BP_TEAM.length : setup.sides().size();
        int turn = over() ? ended - 1 : ended; // the last round, once over
        return Math.max(turn, 0) / perRound + 1;
    }

    private int lastTurn() {
        if (setup.format() == Format.BRITISH_PARLIAMENTARY) return Setup.BP_TEAM.length;
        return setup.format() == Format.ROUNDS && setup.rounds() > 0 ? setup.rounds() * setup.sides().size() : Integer.MAX_VALUE;
    }

    boolean over() {
        return turnBased() && ended >= lastTurn();
    }

    /** A speech's first and last minute, when no point of information may be offered. */
    boolean protectedTime(Instant at) {
        if (setup.format() != Format.BRITISH_PARLIAMENTARY || startedAt == null || at == null || setup.turnSeconds() == 0) return false;
        long elapsed = Duration.between(startedAt, at).toSeconds();
        return elapsed < 60 || elapsed > setup.turnSeconds() - 60;
    }

    /** The first move starts the first turn's clock; each turn's starts when the one before ends. */
    void begin(Instant at) {
        if (startedAt == null) startedAt = at;
    }

    /** An accepted move: arguing counts towards the turn; a pass ends it. */
    void moved(MoveType type, String side, boolean poi, Instant at) {
        if (!turnBased()) {
            if (type.argues() && side != null) taken.merge(side, 1, Integer::sum);
            return;
        }
        if (over() || poi) return;
        if (type == MoveType.PASS || type == MoveType.TIMEOUT) {
            end(at);
        } else if (type.argues()) {
            movesInTurn++;
            if (setup.movesPerTurn() > 0 && movesInTurn >= setup.movesPerTurn()) end(at);
        }
    }

    private void end(Instant at) {
        taken.merge(side(), 1, Integer::sum);
        ended++;
        movesInTurn = 0;
        startedAt = at;
    }

    int taken(String side) {
        return taken.getOrDefault(side, 0);
    }

    Turn now() {
        return new Turn(side(), speaker(), round(), over(), startedAt);
    }
}
