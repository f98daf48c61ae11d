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
import org.dialectica.reasoning.LabelReason;

/**
 * The side panel while nothing is selected: the question the map answers, thesis by thesis — its
 * status and strength, what the number means, the rules' first reason for the status and how many
 * claims it rests on. Picking one selects it (and the map page centres the canvas on it).
 */
final class ThesesOverview extends Div {

    ThesesOverview(Analysis analysis, Locale locale, Consumer<String> pick) {
        setId("theses-overview");
        List<Claim> theses = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).toList();
        if (theses.isEmpty()) {
            add(new Paragraph(getTranslation("map.overview.none")));
            return;
        }
        H3 heading = new H3(getTranslation("map.overview.heading"));
        heading.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(getTranslation("map.overview.hint"));
        hint.getStyle().set("margin", "0 0 0.5em").set("font-size", "var(--lumo-font-size-s, 0.875em)")
                .set("color", "var(--vaadin-text-color-secondary, #555)");
        add(heading, hint);
        theses.forEach(thesis -> add(entry(analysis, thesis, locale, pick)));
    }

    /** One thesis as a card that is a button: a click or Enter/Space picks it. */
    private Div entry(Analysis analysis, Claim thesis, Locale locale, Consumer<String> pick) {
        Div card = new Div();
        card.addClassName("thesis-entry");
        card.getElement().setAttribute("data-claim", thesis.id());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getStyle().set("padding", "0.4em 0.5em").set("margin-bottom", "0.4em").set("cursor", "pointer")
                .set("border", "1px solid var(--vaadin-border-color-secondary, #d6dae0)").set("border-radius", "6px");
        Span title = new Span(thesis.displayTitle());
        title.addClassName("thesis-title");
        title.getStyle().set("font-weight", "600").set("display", "block");
        StatusBadge badge = new StatusBadge(analysis.label(thesis.id()), analysis.strength(thesis.id()));
        badge.addClassName("thesis-status");
        Span grounds = new Span(getTranslation("map.overview.grounds", analysis.grounds(thesis.id()).size()));
        grounds.addClassName("thesis-grounds");
        grounds.getStyle().set("margin-left", "0.6em").set("font-size", "var(--lumo-font-size-s, 0.875em)");
        Div status = new Div(badge, grounds);
        status.getStyle().set("margin", "0.2em 0");
        card.add(title, status, small(analysis.strengthMeaning(thesis.id()).text(locale), "thesis-strength"));
        // the first reason is the one that decides; the rest are on the thesis's own panel
        analysis.reasons(thesis.id()).stream().findFirst().map(LabelReason::explanation)
                .ifPresent(reason -> card.add(small(reason.text(locale), "thesis-reason")));
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
