package org.dialectica.discussion.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.discussion.Discussion;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.ui.MapViewExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The comments in the map view: a panel under the selected claim or relation, the open ones counted on each claim. */
@Component
class CommentsInMapView implements MapViewExtension {
    private final Discussion discussion;
    private final I18NProvider translations;

    CommentsInMapView(Discussion discussion, I18NProvider translations) {
        this.discussion = discussion;
        this.translations = translations;
    }

    @Override
    public Section section(String mapId, String target, Supplier<Object> origin, Runnable changed) {
        CommentsPanel panel = new CommentsPanel(discussion, mapId, target, origin, changed);
        panel.refresh();
        return panel;
    }

    @Override
    public Map<String, CanvasNode.Badge> badges(String mapId, Locale locale) {
        Map<String, CanvasNode.Badge> badges = new HashMap<>();
        Map<String, Integer> counts;
        try {
            counts = discussion.unresolvedCounts(mapId);
        } catch (AccessDeniedException | UnknownMapException e) {
            return badges; // the map was deleted or unshared meanwhile: the view says so itself
        }
        counts.forEach((target, count) ->
                badges.put(target, new CanvasNode.Badge(count, translations.getTranslation("comments.badge", locale, count))));
        return badges;
    }
}
