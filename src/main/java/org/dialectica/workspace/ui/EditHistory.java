package org.dialectica.workspace.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.dialectica.workspace.Change;

/**
 * A person's undo and redo on one map. Kept in their session, not in the page, so a reload (or a
 * second tab) keeps it. Each entry holds the changes that undo the step, as the workspace worked
 * them out when it applied it; undoing answers the changes that redo it, and so on.
 */
final class EditHistory {
    /** @param changes what to apply to take the step back (on the undo side) or again (on the redo side) */
    record Entry(String description, List<Change> changes) {}

    final Deque<Entry> undo = new ArrayDeque<>();
    final Deque<Entry> redo = new ArrayDeque<>();

    static EditHistory of(VaadinSession session, String mapId) {
        String key = EditHistory.class.getName() + ":" + mapId;
        EditHistory history = (EditHistory) session.getAttribute(key);
        if (history == null) {
            history = new EditHistory();
            session.setAttribute(key, history);
        }
        return history;
    }
}
