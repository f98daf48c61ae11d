package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Source;

/**
 * A pane beside the map's canvas that a feature built on the workspace adds (the papers' reading
 * pane), found as a Spring bean, as {@link MapViewExtension} is: the view shows it without
 * depending on the feature, which depends on the workspace. A button in the map's toolbar opens and
 * closes it; the view tells it the map and the selection, and does for it what only the view does.
 */
public interface MapViewPane {
    /** The id of the toolbar button that opens the pane. */
    String toggleId();

    /** The message keys of the button's text and of its hint. */
    String toggleKey();

    String toggleHintKey();

    /** A pane for one map page; hidden until its button opens it. */
    Pane create(Host host);

    /** What the map page does for the pane. */
    interface Host {
        /** Selects the claim on the canvas and in the side panel. */
        void selectClaim(String claimId);

        /**
         * Opens the form for a new claim quoting a source: the quote as its original text in the
         * source's language, and, for an English source, as its English text too (else left to write).
         */
        void newClaim(Source source, String language);
    }

    /** The pane on one map page. */
    interface Pane {
        Component component();

        /** The map as the page now shows it, and whether the person may change it. */
        void show(ArgumentMap map, boolean editable);

        /** A claim selected on the page (null: none). */
        void claimSelected(Claim claim);
    }
}
