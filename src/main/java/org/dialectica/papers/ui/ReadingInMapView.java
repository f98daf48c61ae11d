package org.dialectica.papers.ui;

import org.dialectica.papers.Papers;
import org.dialectica.workspace.ui.MapViewPane;
import org.springframework.stereotype.Component;

/** The reading pane in the map view: a paper beside the canvas, opened from the toolbar's *Read a paper*. */
@Component
class ReadingInMapView implements MapViewPane {
    private final Papers papers;

    ReadingInMapView(Papers papers) {
        this.papers = papers;
    }

    @Override
    public String toggleId() {
        return "show-reading";
    }

    @Override
    public String toggleKey() {
        return "reading.toggle";
    }

    @Override
    public String toggleHintKey() {
        return "reading.toggle.hint";
    }

    @Override
    public Pane create(Host host) {
        return new ReadingPane(papers, host);
    }
}
