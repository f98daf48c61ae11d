package org.dialectica.debate.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dialectica.debate.DebateState;
import org.dialectica.workspace.ui.MapGraph;
import org.springframework.stereotype.Component;

/**
 * The canvas drawing of a debate after a number of moves, in one language: made once and shared by
 * every page showing it. Wording every relation's explanation is most of a page's work after a
 * move; sixty pages of one debate need it once.
 */
@Component
class DebateDrawings {
    private static final int KEPT = 256;

    /** A debate after {@code moves} moves, the last played at {@code last} (a debate rebuilt after a failed store may reuse a count). */
    private record Key(long debateId, int moves, Instant last, String language) {}

    private final Map<Key, MapGraph.Drawing> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, MapGraph.Drawing> eldest) {
            return size() > KEPT;
        }
    };

    MapGraph.Drawing of(DebateState state, Locale locale) {
        Instant last = state.at() == 0 ? null : state.transcript().get(state.at() - 1).at();
        Key key = new Key(state.id(), state.at(), last, locale.getLanguage());
        synchronized (recent) {
            MapGraph.Drawing known = recent.get(key);
            if (known != null) return known;
        }
        // drawn outside the lock: two pages may draw the same state at once, and both drawings are equal
        MapGraph.Drawing drawing = MapGraph.of(state.analysis(), state.positions(), locale);
        synchronized (recent) {
            recent.put(key, drawing);
        }
        return drawing;
    }
}
