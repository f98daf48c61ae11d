package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dialectica.map.Opposition;
import org.dialectica.suggestion.Suggestion;
import org.dialectica.workspace.Suggestions;

/**
 * The conflicts the claims' texts suggest (for someone who may edit the map): each pair of claims
 * with its score and the words why, to accept as a contrary or a contradictory (an edit the view
 * makes, so it is in the history and undone like any other) or to dismiss for good on this map.
 * Hidden until asked for, so the canvas keeps its room; read again whenever the map changes.
 */
class SuggestionsPanel extends VerticalLayout {
    /** How many suggestions the panel lists: the best ones; a dismissed or accepted one makes room. */
    static final int SHOWN = 10;

    private final Suggestions suggestions;
    private final BiConsumer<Suggestion, Opposition.Type> accept;
    private final Consumer<Suggestion> dismiss;
    private final Consumer<String> focus;
    private final Function<String, String> titleOf;
    private String mapId;
    final H3 heading = new H3();
    final Paragraph none = new Paragraph();
    final List<Row> rows = new ArrayList<>();

    /** One suggestion as shown, with its buttons (fields for the tests). */
    record Row(Suggestion suggestion, Div component, Button contrary, Button contradictory, Button dismiss) {}

    /**
     * @param accept  draws the suggestion as an opposition of that type, through the view's edit path
     * @param dismiss remembers the dismissal and redraws
     * @param focus   shows a claim on the canvas
     * @param titleOf a claim's title as the page knows it
     */
    SuggestionsPanel(Suggestions suggestions, BiConsumer<Suggestion, Opposition.Type> accept, Consumer<Suggestion> dismiss,
            Consumer<String> focus, Function<String, String> titleOf) {
        this.suggestions = suggestions;
        this.accept = accept;
        this.dismiss = dismiss;
        this.focus = focus;
        this.titleOf = titleOf;
        setId("suggestions");
        setVisible(false);
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        // a fixed band that scrolls: the split with the canvas below keeps the rest of the height
        setMaxHeight("16em");
        getStyle().set("overflow", "auto").set("border-top", "1px solid var(--vaadin-border-color, #ddd)");
        heading.getStyle().set("margin", "0.25em 0");
        none.setId("suggestions-none");
    }

    /** Shows the panel for the map and reads its suggestions. */
    void open(String mapId) {
        this.mapId = mapId;
        setVisible(true);
        refresh();
    }

    void close() {
        setVisible(false);
        removeAll();
        rows.clear();
    }

    /** Reads the suggestions again (the map changed); nothing while the panel is closed. */
    void refresh() {
        if (!isVisible() || mapId == null) return;
        removeAll();
        rows.clear();
        heading.setText(getTranslation("suggest.heading"));
        add(heading);
        List<Suggestion> best = suggestions.of(mapId, SHOWN);
        if (best.isEmpty()) {
            none.setText(getTranslation("suggest.none"));
            add(none);
        }
        for (Suggestion s : best) add(row(s).component());
    }

    private Row row(Suggestion s) {
        Button contrary = new Button(getTranslation("suggest.accept.contrary"), e -> accept.accept(s, Opposition.Type.CONTRARY));
        Button contradictory = new Button(getTranslation("suggest.accept.contradictory"), e -> accept.accept(s, Opposition.Type.CONTRADICTORY));
        Button dismissing = new Button(getTranslation("suggest.dismiss"), e -> dismiss.accept(s));
        contrary.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        contradictory.addThemeVariants(ButtonVariant.SMALL);
        dismissing.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        contrary.addClassName("suggestion-contrary");
        contradictory.addClassName("suggestion-contradictory");
        dismissing.addClassName("suggestion-dismiss");
        Span score = new Span(getTranslation("suggest.score", String.format(Locale.ROOT, "%.2f", s.score())));
        score.getStyle().set("font-variant-numeric", "tabular-nums").set("color", "var(--vaadin-text-color-secondary, #555)");
        HorizontalLayout claims = new HorizontalLayout(claim(s.a()), new Span("↔"), claim(s.b()), score);
        claims.setAlignItems(FlexComponent.Alignment.BASELINE);
        claims.setWrap(true);
        Span why = new Span(why(s));
        why.getStyle().set("font-size", "var(--vaadin-font-size-s, 0.875em)");
        HorizontalLayout buttons = new HorizontalLayout(contrary, contradictory, dismissing);
        Div component = new Div(claims, why, buttons);
        component.addClassName("suggestion");
        component.getStyle().set("padding", "0.25em 0").set("border-bottom", "1px solid var(--vaadin-border-color, #eee)");
        Row row = new Row(s, component, contrary, contradictory, dismissing);
        rows.add(row);
        return row;
    }

    /** A claim's title that shows it on the canvas when clicked. */
    private Button claim(String claimId) {
        Button title = new Button("«" + titleOf.apply(claimId) + "»", e -> focus.accept(claimId));
        title.addThemeVariants(ButtonVariant.TERTIARY);
        return title;
    }

    /** The cues in the reader's language, with the claims' own words. */
    String why(Suggestion s) {
        List<String> parts = new ArrayList<>();
        for (Suggestion.Cue cue : s.why()) {
            String a = String.join(", ", cue.inA()), b = String.join(", ", cue.inB());
            parts.add(switch (cue.kind()) {
                case SHARED -> getTranslation("suggest.cue.shared", a);
                case NEGATION -> getTranslation("suggest.cue.negation", a.isEmpty() ? b : a);
                default -> getTranslation("suggest.cue." + cue.kind().word(), a, b);
            });
        }
        return String.join("; ", parts);
    }
}
