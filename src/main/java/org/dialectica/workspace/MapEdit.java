package org.dialectica.workspace;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One edit in a map's history: when, by whom, and what it did.
 *
 * @param authorName the name the author had then
 */
public record MapEdit(long id, OffsetDateTime at, String authorLogin, String authorName, List<EditStep> steps) {
    public MapEdit {
        steps = List.copyOf(steps);
    }

    static MapEdit of(MapEditEntity e) {
        return new MapEdit(e.id, e.at, e.authorLogin, e.authorName != null ? e.authorName : e.authorLogin,
                ChangeJson.readSteps(e.description));
    }
}
