package org.dialectica.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Label;

/**
 * The side panel while nothing is selected: the question the map answers, thesis by thesis — its
 * status and strength, what the number means, the rules' first reason for the status and how many
 * claims it rests on. Picking one selects it (and the map page centres the canvas on it).
 */
final class ThesesOverview extends Div {
    /** What one thesis's card says: a page redraws the overview only when one of these changed. */
    record Entry(String id, String title, Label label, Double strength, int grounds, String meaning, String reason) {}

    private final List<Entry> entries;

    ThesesOverview(List<Entry> entries, Consumer<String> pick) {
        this.entries = entries;
        setId("theses-overview");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("map.overview.none")));
            return;
        }
        H3 heading = new H3(getTranslation("map.overview.heading"));
        heading.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(getTranslation("map.overview.hint"));
        hint.getStyle().set("margin", "0 0 0.5em").set("font-size", "var(--lumo-font-size-s, 0.875em)")
                .set("color", "var(--vaadin-text-color-secondary, #555)");
        add(heading, hint);
        entries.forEach(entry -> add(card(entry, pick)));
    }

    /** The theses of the analysis as their cards would say them in this language. */
    static List<Entry> entries(Analysis analysis, Locale locale) {
        return analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS)
                .map(thesis -> new Entry(thesis.id(), thesis.displayTitle(), analysis.label(thesis.id()), analysis.strength(thesis.id()),
                        analysis.grounds(thesis.id()).size(), analysis.strengthMeaning(thesis.id()).text(locale),
                        // the first reason is the one that decides; the rest are on the thesis's own panel
                        analysis.reasons(thesis.id()).stream().findFirst().map(r -> r.explanation().text(locale)).orElse(null)))
                .toList();
    }

    /** Whether this overview already says exactly these. */
    boolean says(List<Entry> now) {
        return entries.equals(now);
    }

    /** One thesis as a card that is a button: a click or Enter/Space picks it. */
    private Div card(Entry thesis, Consumer<String> pick) {
        Div card = new Div();
        card.addClassName("thesis-entry");
        card.getElement().setAttribute("data-claim", thesis.id());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getStyle().set("padding", "0.4em 0.5em").set("margin-bottom", "0.4em").set("cursor", "pointer")
                .set("border", "1px solid var(--vaadin-border-color-secondary, #d6dae0)").set("border-radius", "6px");
        Span title = new Span(thesis.title());
        title.addClassName("thesis-title");
        title.getStyle().set("font-weight", "600").set("display", "block");
        StatusBadge badge = new StatusBadge(thesis.label(), thesis.strength());
        badge.addClassName("thesis-status");
        Span grounds = new Span(getTranslation("map.overview.grounds", thesis.grounds()));
        grounds.addClassName("thesis-grounds");
        grounds.getStyle().set("margin-left", "0.6em").set("font-size", "var(--lumo-font-size-s, 0.875em)");
        Div status = new Div(badge, grounds);
        status.getStyle().set("margin", "0.2em 0");
        card.add(title, status, small(thesis.meaning(), "thesis-strength"));
        if (thesis.reason() != null) card.add(small(thesis.reason(), "thesis-reason"));
        card.addClickListener(e -> pick.accept(thesis.id()));
        card.getElement().addEventListener("keydown", e -> pick.accept(thesis.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return card;
    }

    private static Div small(String text, String className) {
        Div line = new Div(text);
        line.addClassName(className);
        line.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875em)");
        return line;
    }
}
