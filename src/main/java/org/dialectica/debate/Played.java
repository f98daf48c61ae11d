package org.dialectica.debate;

import java.time.Instant;
import java.util.List;
import org.dialectica.reasoning.Sentence;

/**
 * A move as it was played: accepted, or refused with the reason (and then it changed nothing);
 * the sides' theses right after it, what it turned, and what it did in words.
 */
public record Played(int index, Move move, Instant at, boolean accepted, Sentence reason, List<ThesisState> theses,
        List<Turning> turned, Sentence effect) {}
