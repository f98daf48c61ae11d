package org.dialectica.debate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dialectica.reasoning.Analysis;

/**
 * A debate as one page shows it, read at once: now, or as it was after move {@code at} of a replay.
 *
 * @param transcript every move played so far (also those after {@code at})
 * @param at         the number of moves this state is after; {@code transcript.size()} when live
 * @param positions  where the starting map's claims stood on the source map's canvas
 * @param deadline   when the current turn's time runs out, or null without a timer
 */
public record DebateState(long id, Setup setup, String sourceMapId, Scoreboard scoreboard, List<Played> transcript,
        Analysis analysis, Map<String, double[]> positions, int at, Instant deadline) {
    public boolean isLive() {
        return at == transcript.size();
    }
}
