package org.dialectica.papers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Papers;

/**
 * The paper's sentences likeliest to carry an argument, in the reading pane, below the text's
 * tools: each with its locator; a click on one selects it in the text (so it is the passage
 * <em>Make a claim</em> quotes), and its own <em>Quote</em> opens the claim form with it at once.
 * Sentences the map already quotes are left out: they are marked in the text.
 */
class SuggestedPassages extends Details {
    final Div list = new Div();
    private final Consumer<Papers.Suggested> select;
    private final Consumer<Papers.Suggested> quote;
    private List<Papers.Suggested> shown = List.of();
    private boolean editable;

    /** @param select shows one in the text, selected; @param quote opens the claim form with it */
    SuggestedPassages(Consumer<Papers.Suggested> select, Consumer<Papers.Suggested> quote) {
        this.select = select;
        this.quote = quote;
        setId("reading-suggestions");
        setWidthFull();
        getElement().getThemeList().add("small");
        list.setId("suggested-sentences");
        list.getStyle().set("max-height", "14em").set("overflow", "auto").set("font-size", "var(--lumo-font-size-s, 0.875em)");
        add(list);
    }

    /**
     * Shows the suggestions of a paper but those the map quotes already; the same again leaves the
     * list (and where the reader scrolled it) as it is.
     *
     * @param quoted the map's quotes of this paper, normalised
     */
    void show(List<Papers.Suggested> suggestions, Collection<String> quoted, boolean editable) {
        List<Papers.Suggested> open = suggestions.stream()
                .filter(s -> quoted.stream().noneMatch(q -> q.contains(s.passage().quote()) || s.passage().quote().contains(q))).toList();
        if (open.equals(shown) && editable == this.editable) return;
        shown = open;
        this.editable = editable;
        list.removeAll();
        int rank = 0;
        for (Papers.Suggested s : open) list.add(row(++rank, s));
        setSummaryText(getTranslation("reading.suggested", open.size()));
    }

    private Div row(int rank, Papers.Suggested s) {
        Span where = new Span(s.locator());
        where.addClassName("suggested-locator");
        where.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)").set("margin-right", "0.4em");
        Span text = new Span(Paper.normalise(s.passage().quote()));
        text.addClassName("suggested-text");
        Div words = new Div(where, text);
        words.getStyle().set("flex", "1").set("min-width", "0").set("cursor", "pointer");
        words.addClickListener(e -> select.accept(s));
        if (!s.words().isEmpty()) words.setTitle(getTranslation("reading.suggested.why", String.join(", ", s.words())));
        Div row = new Div(words);
        row.addClassName("suggested-sentence");
        row.getElement().setAttribute("data-rank", String.valueOf(rank));
        row.getStyle().set("display", "flex").set("gap", "0.4em").set("align-items", "flex-start").set("padding", "0.25em 0")
                .set("border-bottom", "1px solid var(--vaadin-border-color, #eee)");
        if (editable) {
            Button make = new Button(getTranslation("reading.suggested.quote"), e -> quote.accept(s));
            make.addClassName("quote-suggested");
            make.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            make.setTooltipText(getTranslation("reading.make.claim.hint"));
            row.add(make);
        }
        return row;
    }

    /** Words again in the reader's language: the list is built anew at the next {@link #show}. */
    void reword() {
        shown = List.of();
    }
}
