package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dialectica.base.ui.CanvasNode;

/**
 * What a feature built on the workspace adds to the map view (the comments, for one), found as a
 * Spring bean: the view shows it without depending on the feature, which depends on the workspace.
 * Implementations check every call with their own services, as the view's user.
 */
public interface MapViewExtension {
    /**
     * A section of the side panel under the selected claim or relation.
     *
     * @param target  the claim id, or the drawn relation's id as the map model names it
     * @param origin  the page's viewer now (news it causes is not sent back to it), or null
     * @param changed to call after the section changed something the canvas shows (its badges)
     */
    Section section(String mapId, String target, Supplier<Object> origin, Runnable changed);

    /** The badge on each claim's node, by claim id; claims missing have none. */
    Map<String, CanvasNode.Badge> badges(String mapId, Locale locale);

    /** A section of the side panel. */
    interface Section {
        Component component();

        /** Shows what is stored now: the view calls it when news of the map arrives. */
        void refresh();
    }
}
