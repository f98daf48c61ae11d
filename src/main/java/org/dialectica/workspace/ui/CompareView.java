package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.ConflictKind;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;

/**
 * Rival theses side by side for a seminar ({@code /compare/<map>?thesis=a&thesis=b}): one column
 * per thesis with its status, the reasons for it and its grounds as an indented tree coloured by
 * status; where the positions clash, one line per conflict; and each crux as a card that says, in
 * the computed what-if sentences, what follows for every thesis when the seminar decides it. The
 * crux's claims are marked in the trees while the card is hovered or focused. Each claim links to
 * the map once (its title in the column); the sentences are plain text.
 */
// any signed-in person; what they may do with a map the workspace decides per call
@PermitAll
@Route(value = "compare", layout = MainLayout.class)
class CompareView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {
    private final Workspace workspace;
    private String mapId;
    private Analysis analysis;
    /** the ids the address names, in its order */
    private List<String> asked = List.of();
    /** the language the page was last drawn in: drawn again when the reader switches */
    private Locale drawnIn;
    /** links claim names to the map; built once per comparison shown (it indexes every title) */
    private LinkedSentence sentences;

    final H2 title = new H2();
    final MultiSelectComboBox<Claim> theses = new MultiSelectComboBox<>();
    /** every chosen thesis by name, under the selector (a screen reader reads them as a list) */
    final UnorderedList chosen = new UnorderedList();
    final MultiSelectComboBox<String> papers = new MultiSelectComboBox<>();
    final Button compare = new Button();
    final Div result = new Div();
    final Div notFound = new Div();

    CompareView(Workspace workspace) {
        this.workspace = workspace;
        setPadding(true);
        theses.setId("compare-theses");
        theses.setItemLabelGenerator(c -> c.displayTitle() + (c.source() == null ? "" : " (" + c.source().paper() + ")"));
        theses.setWidth("40em");
        // every chosen thesis as a chip of its own, wrapping to more lines: never one chip and a count
        theses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        theses.addValueChangeListener(e -> listChosen());
        chosen.setId("compare-chosen");
        chosen.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        papers.setId("compare-papers");
        papers.setWidth("22em");
        papers.addValueChangeListener(e -> {
            if (!e.isFromClient() || analysis == null) return;
            // two papers' theses: every thesis of the chosen papers
            theses.setValue(analysis.map().claims().stream()
                    .filter(c -> c.kind() == ClaimKind.THESIS && c.source() != null && e.getValue().contains(c.source().paper()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        });
        compare.setId("compare-run");
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.addClickListener(e -> navigate(theses.getValue().stream().map(Claim::id).toList()));
        result.setId("compare-result");
        result.setWidthFull();
        notFound.setId("not-found");
        notFound.setVisible(false);
        HorizontalLayout pick = new HorizontalLayout(theses, papers, compare);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        title.getStyle().set("margin", "0");
        add(notFound, title, pick, chosen, result);
        markCruxClaimsOnHover();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        mapId = parameter;
        try {
            analysis = workspace.analysis(mapId);
        } catch (UnknownMapException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.unknown", parameter));
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.denied", parameter));
            return;
        }
        // theses only: a comparison is of theses, and anything else is refused
        List<Claim> candidates = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS)
                .sorted(Comparator.comparing(Claim::displayTitle)).toList();
        theses.setItems(candidates);
        java.util.TreeSet<String> thesisPapers = analysis.map().claims().stream()
                .filter(c -> c.kind() == ClaimKind.THESIS && c.source() != null).map(c -> c.source().paper())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        papers.setItems(List.copyOf(thesisPapers));
        asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("thesis", List.of());
        theses.setValue(candidates.stream().filter(c -> asked.contains(c.id())).collect(Collectors.toCollection(LinkedHashSet::new)));
        draw();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (analysis != null && !event.getLocale().equals(drawnIn)) draw();
    }

    @Override
    public String getPageTitle() {
        return analysis == null ? "Dialectica" : getTranslation("compare.title", analysis.map().title()) + " — Dialectica";
    }

    /** The page's texts and the comparison, in the reader's language. */
    private void draw() {
        drawnIn = getLocale();
        title.setText(getTranslation("compare.title", analysis.map().title()));
        theses.setLabel(getTranslation("compare.theses"));
        papers.setLabel(getTranslation("compare.papers"));
        compare.setText(getTranslation("compare.run"));
        chosen.getElement().setAttribute("aria-label", getTranslation("compare.chosen"));
        show(asked);
    }

    private void listChosen() {
        chosen.removeAll();
        theses.getValue().forEach(c -> chosen.add(new ListItem(c.displayTitle())));
        chosen.setVisible(!theses.getValue().isEmpty());
    }

    private void navigate(List<String> ids) {
        getUI().ifPresent(ui -> ui.navigate("compare/" + mapId, new QueryParameters(Map.of("thesis", ids))));
    }

    void show(List<String> ids) {
        result.removeAll();
        if (ids.size() < 2) {
            result.add(new Paragraph(getTranslation("compare.hint")));
            return;
        }
        // a thesis named twice (the address can say so), a claim that is not a thesis, an unknown id: said, not compared
        var problem = Comparison.problem(analysis.map(), ids);
        if (problem != null) {
            Paragraph said = new Paragraph(sentence(problem.text(getLocale())));
            said.setId("compare-problem");
            result.add(said);
            return;
        }
        sentences = new LinkedSentence(mapId, analysis.map());
        Comparison comparison = Comparison.of(analysis, ids);
        Div columns = new Div();
        columns.setId("compare-columns");
        columns.getStyle().set("display", "flex").set("gap", "1em").set("align-items", "stretch").set("flex-wrap", "wrap");
        int n = 1;
        for (Comparison.Thesis thesis : comparison.theses()) columns.add(column(thesis, n++));
        result.add(columns);

        result.add(new H3(getTranslation("compare.conflicts")));
        if (comparison.conflicts().isEmpty()) result.add(new Paragraph(getTranslation("compare.noConflicts")));
        UnorderedList conflicts = new UnorderedList();
        conflicts.setId("compare-conflicts");
        conflicts.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Comparison.Clash clash : comparison.conflicts()) {
            ListItem item = new ListItem();
            item.getStyle().set("padding", "0.4em 0").set("border-bottom", "1px solid rgba(0, 0, 0, 0.1)");
            Span line = new Span(clashLine(clash));
            line.addClassName("clash");
            line.getStyle().set("font-weight", "600");
            Div why = new Div(sentence(clash.explanation().text(getLocale())));
            why.getStyle().set("color", "var(--lumo-secondary-text-color, #555)").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
            item.add(line, why);
            conflicts.add(item);
        }
        result.add(conflicts);

        result.add(new H3(getTranslation("compare.cruxes")));
        if (comparison.cruxes().isEmpty()) result.add(new Paragraph(getTranslation("compare.noCruxes")));
        Div cruxes = new Div();
        cruxes.setId("compare-cruxes");
        cruxes.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(24em, 1fr))").set("gap", "1em");
        int k = 1;
        for (Comparison.Crux crux : comparison.cruxes()) cruxes.add(cruxCard(crux, k++));
        result.add(cruxes);
        if (comparison.bounded()) result.add(new Paragraph(getTranslation("compare.bounded")));
    }

    /** "«A» attacks «B»", or the conflict's own verb when neither attacks first (contrary, contradictory). */
    private String clashLine(Comparison.Clash clash) {
        String key = clash.kind() == ConflictKind.CONTRARY ? "relation.phrase.contrary"
                : clash.kind() == ConflictKind.CONTRADICTORY ? "relation.phrase.contradictory" : "relation.phrase.attack";
        return getTranslation(key, title(clash.a()), title(clash.b()));
    }

    private Component column(Comparison.Thesis thesis, int n) {
        Div column = new Div();
        column.addClassName("thesis-card");
        Claim claim = analysis.map().claim(thesis.id()).orElseThrow();
        column.getElement().setAttribute("role", "region");
        column.getElement().setAttribute("aria-label", getTranslation("compare.column", n, claim.displayTitle()));
        column.getStyle().set("border", "1px solid rgba(0, 0, 0, 0.15)").set("border-top", "0.4em solid " + StatusBadge.colour(thesis.label()))
                .set("border-radius", "0.5em").set("flex", "1 1 0").set("min-width", "20em").set("padding", "0.5em 1em 1em");
        H3 heading = new H3();
        heading.getStyle().set("margin", "0.3em 0");
        Anchor open = sentences.link(thesis.id(), claim.displayTitle());
        open.getElement().setAttribute("title", getTranslation("compare.open.map"));
        heading.add(open);
        Paragraph text = new Paragraph(claim.text());
        text.getStyle().set("margin", "0.3em 0").set("font-style", "italic");
        column.add(heading, new StatusBadge(thesis.label(), thesis.strength()), text);
        for (LabelReason reason : analysis.reasons(thesis.id())) {
            Paragraph why = new Paragraph(sentence(reason.explanation().text(getLocale())));
            why.getStyle().set("margin", "0.3em 0");
            column.add(why);
        }
        H4 grounds = new H4(getTranslation("compare.grounds"));
        grounds.getStyle().set("margin", "0.8em 0 0.2em");
        column.add(grounds);
        column.add(thesis.grounds().isEmpty() ? new Paragraph(getTranslation("compare.noGrounds")) : tree(thesis.id(), new LinkedHashSet<>()));
        return column;
    }

    /** The grounds tree as nested lists, each claim with its status badge; a claim reached twice is listed once. */
    private UnorderedList tree(String claimId, Set<String> shown) {
        UnorderedList list = new UnorderedList();
        list.addClassName("grounds-tree");
        list.getStyle().set("list-style", "none").set("padding-left", "1.1em").set("margin", "0.2em 0")
                .set("border-left", "2px solid rgba(0, 0, 0, 0.12)");
        for (String ground : analysis.grounds(claimId)) {
            if (!shown.add(ground)) continue;
            Label label = analysis.label(ground);
            StatusBadge badge = new StatusBadge(label, null);
            badge.getStyle().set("font-size", "0.75em").set("margin-right", "0.4em");
            ListItem item = new ListItem(badge, new Span(name(ground)));
            item.getElement().setAttribute("data-claim", ground);
            item.getStyle().set("margin", "0.25em 0");
            if (!analysis.grounds(ground).isEmpty()) item.add(tree(ground, shown));
            list.add(item);
        }
        return list;
    }

    /**
     * A crux as a card: what it is about (its claims, one per line), the computed what-if sentence,
     * and for each what-if the status every thesis would then have, as badges.
     */
    private Component cruxCard(Comparison.Crux crux, int n) {
        Div card = new Div();
        card.addClassName("crux-card");
        card.getElement().setAttribute("role", "article");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("data-claims", String.join(" ", crux.claims()));
        card.getStyle().set("border", "1px solid rgba(0, 0, 0, 0.15)").set("border-radius", "0.5em").set("padding", "0.6em 1em")
                .set("background", "var(--lumo-contrast-5pct, #f6f6f6)");
        H4 heading = new H4(getTranslation("compare.crux", n));
        heading.getStyle().set("margin", "0");
        card.getElement().setAttribute("aria-label", getTranslation("compare.crux", n));
        UnorderedList about = new UnorderedList();
        about.getElement().setAttribute("aria-label", getTranslation("compare.crux.about"));
        about.getStyle().set("margin", "0.3em 0").set("padding-left", "1.1em").set("font-weight", "600");
        crux.claims().forEach(c -> about.add(new ListItem(name(c))));
        Paragraph explanation = new Paragraph(crux.explanation().text(getLocale()));
        explanation.addClassName("crux-explanation");
        explanation.getStyle().set("margin", "0.4em 0");
        card.add(heading, about, new Hr(), explanation);
        // the what-ifs as a picture: per outcome, in the sentence's order, the status each thesis would have;
        // the condition is the row's tooltip and what a screen reader says (the sentence above says it once)
        int i = 1;
        for (Comparison.Outcome outcome : crux.outcomes()) {
            Div row = new Div();
            row.addClassName("crux-outcome");
            row.getStyle().set("margin", "0.3em 0").set("display", "flex").set("gap", "0.5em").set("align-items", "baseline");
            String when = outcome.condition().text(getLocale());
            when = when.substring(0, 1).toUpperCase(getLocale()) + when.substring(1);
            row.getElement().setAttribute("title", when);
            row.getElement().setAttribute("role", "group");
            row.getElement().setAttribute("aria-label", when);
            if (crux.outcomes().size() > 1) row.add(new Span((i++) + "."));
            Div theses = new Div();
            outcome.labels().forEach((thesis, label) -> {
                StatusBadge badge = new StatusBadge(label, null);
                badge.getStyle().set("font-size", "0.8em");
                Div line = new Div(badge, new Span(" " + title(thesis)));
                line.getStyle().set("margin", "0.15em 0");
                theses.add(line);
            });
            row.add(theses);
            card.add(row);
        }
        return card;
    }

    /** While a crux card is hovered or focused, its claims are marked in the trees (on the page alone: no round trip). */
    private void markCruxClaimsOnHover() {
        result.getElement().executeJs("""
                const root = this;
                const mark = (card, on) => {
                  if (!card) return;
                  for (const id of card.dataset.claims.split(' ')) {
                    for (const e of root.querySelectorAll('[data-claim]')) {
                      if (e.dataset.claim === id) e.style.outline = on ? '3px solid #1a73e8' : '';
                    }
                  }
                };
                for (const [on, off] of [['mouseover', 'mouseout'], ['focusin', 'focusout']]) {
                  root.addEventListener(on, (e) => mark(e.target.closest('.crux-card'), true));
                  root.addEventListener(off, (e) => mark(e.target.closest('.crux-card'), false));
                }""");
    }

    private String title(String claimId) {
        return analysis.map().claim(claimId).map(Claim::displayTitle).orElse(claimId);
    }

    private String name(String claimId) {
        return "«" + title(claimId) + "»";
    }

    /** A computed sentence as a sentence: capital first letter, full stop at the end. */
    private String sentence(String text) {
        if (text.isEmpty()) return text;
        String s = text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    List<String> shownTheses() {
        return new ArrayList<>(theses.getValue().stream().map(Claim::id).toList());
    }
}
