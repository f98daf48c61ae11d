package org.dialectica.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * What the {@link GraphCanvas} draws, in one wrapping line under the toolbar: the status colours,
 * the shapes of the kinds, and the lines (drawn solid, derived dashed, conflicts dotted, an
 * undercut ending at a dot on the support it attacks). The colours repeat graph-canvas.ts's.
 */
public class MapLegend extends Div implements LocaleChangeObserver {
    private static final String SUPPORT = "#2e7d32";
    private static final String ATTACK = "#c62828";
    private static final String CONFLICT = "#6a1b9a";
    /** whether the reader may edit the map: only then is the Shift-drag hint for them */
    private boolean editable;

    public MapLegend() {
        setId("legend");
        getElement().setAttribute("role", "note");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("gap", "0.3em 1.1em")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-body-text-color)");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(heading("legend.status"),
                item(box("#dcf2e1", "#1b7f3b", 2, "0"), "legend.in"),
                item(box("#fbe0de", "#b3261e", 2, "0"), "legend.out"),
                item(box("#fdf0c4", "#8a6500", 2, "0"), "legend.undec"),
                item(box("#eceff1", "#607d8b", 2, "0"), "legend.unsupported"));
        add(heading("legend.kind"),
                item(box("#eef0f3", "#5f6b7a", 4, "5px"), "legend.kind.thesis"),
                item(box("#eef0f3", "#5f6b7a", 2, "0"), "legend.kind.claim"),
                item(box("#eef0f3", "#5f6b7a", 2, "40% / 25%"), "legend.kind.evidence"));
        add(heading("legend.lines"),
                item(line(SUPPORT, "solid", "\u25B6"), "legend.support"),
                item(line(ATTACK, "solid", "\u22A3"), "legend.attack"),
                item(undercut(), "legend.undercut"),
                item(line("#5f6b7a", "solid", ""), "legend.drawn"),
                item(line("#5f6b7a", "dashed", ""), "legend.derived"),
                item(line(CONFLICT, "dotted", "\u25B6"), "legend.conflict"));
        Span read = new Span(getTranslation("legend.read"));
        read.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(read);
        if (editable) {
            Span connect = new Span(getTranslation("legend.connect"));
            connect.setId("legend-connect");
            connect.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(connect);
        }
    }

    /** Tells those who may edit how to connect claims on the canvas; tells nobody else. */
    public void setEditable(boolean editable) {
        if (editable == this.editable) return;
        this.editable = editable;
        if (getChildren().findAny().isPresent()) localeChange(null); // drawn already: draw again
    }

    private Span heading(String key) {
        Span heading = new Span(getTranslation(key));
        heading.getStyle().set("font-weight", "600");
        return heading;
    }

    private Span item(Span sample, String key) {
        Span item = new Span(sample, new Span(getTranslation(key)));
        item.addClassName("legend-item");
        item.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.35em");
        return item;
    }

    private static Span box(String fill, String border, int borderWidth, String radius) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1.6em").set("height", "1em").set("box-sizing", "border-box")
                .set("background", fill).set("border", borderWidth + "px solid " + border).set("border-radius", radius);
        return box;
    }

    private static Span line(String colour, String style, String end) {
        Span stroke = new Span();
        stroke.getStyle().set("display", "inline-block").set("width", "1.8em").set("border-top", "2px " + style + " " + colour);
        Span head = new Span(end);
        head.getStyle().set("color", colour).set("font-size", "0.8em").set("margin-left", "-0.1em");
        Span sample = new Span(stroke, head);
        sample.getStyle().set("display", "inline-flex").set("align-items", "center");
        return sample;
    }

    private static Span undercut() {
        Span sample = line(ATTACK, "solid", "\u22A3");
        Span dot = new Span();
        dot.getStyle().set("display", "inline-block").set("width", "0.55em").set("height", "0.55em").set("border-radius", "50%")
                .set("background", SUPPORT).set("margin-left", "0.1em");
        sample.add(dot);
        return sample;
    }
}
