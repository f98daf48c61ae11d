package org.dialectica.workspace.ui;

import com.vaadin.flow.component.html.Span;
import org.dialectica.reasoning.Label;

/** A claim's status and strength as one coloured badge ("IN (stands) · 0.75"), the same in every view. */
public final class StatusBadge extends Span {

    public StatusBadge(Label label, Double strength) {
        setText((label == null ? "?" : getTranslation("label." + label.word()))
                + (strength == null ? "" : " · " + String.format(getLocale(), "%.2f", strength)));
        getElement().setAttribute("title", getTranslation("claim.strength.hint"));
        getElement().setAttribute("data-label", label == null ? "" : label.name());
        getStyle().set("color", "white").set("padding", "0 0.6em").set("border-radius", "0.6em").set("font-weight", "600")
                .set("background", colour(label));
    }

    /** The canvas's colours for the same statuses, darkened to carry white text. */
    static String colour(Label label) {
        if (label == null) return "#8a6d00";
        return switch (label) {
            case IN -> "#1b7f3b";
            case OUT -> "#b3261e";
            case UNDEC -> "#8a6d00";
            case UNSUPPORTED -> "#546e7a";
        };
    }
}
