package org.dialectica.papers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Source;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Papers;
import org.dialectica.papers.Passage;
import org.dialectica.workspace.ui.MapViewPane;

/**
 * A paper beside the canvas: pick one (those the map's claims cite first), read it with its
 * paragraphs numbered, see the map's quotes of it marked (a click on one selects its claim), and
 * turn a selected passage into a claim: the claim form opens with the quote, the paper, the
 * locator and the language filled in. The paper's sentences likeliest to carry an argument are
 * listed, each one click from the claim form. Selecting a claim on the canvas shows its quote here.
 */
class ReadingPane extends VerticalLayout implements MapViewPane.Pane, LocaleChangeObserver {
    final Select<String> paper = new Select<>();
    final Span about = new Span();
    final Button makeClaim = new Button();
    /** the selected passage, as it will be quoted, with its locator */
    final Span selection = new Span();
    final ReadingText text = new ReadingText();
    final SuggestedPassages suggestions = new SuggestedPassages(this::selectSuggested, this::quoteSuggested);

    private final Papers papers;
    private final MapViewPane.Host host;
    /** the papers listed, by id, in the list's order; each read once (a paper never changes once added) */
    private Map<String, Papers.Listed> byId = Map.of();
    private final Map<String, Paper> read = new java.util.HashMap<>();
    /** the papers the map's assignment gives, as the list of papers says */
    private List<String> assignedPapers = List.of();
    private String assignedOf;
    /** how many claims of the map cite each paper, as the list of papers says */
    private Map<String, Long> cited = Map.of();
    private ArgumentMap map;
    private boolean editable;
    /** the claim selected on the canvas, shown here when the pane opens or its paper is picked */
    private Claim selectedClaim;
    private Passage selected;

    /** @param host the map page: selects claims and opens its claim form, saving through its edit path */
    ReadingPane(Papers papers, MapViewPane.Host host) {
        this.papers = papers;
        this.host = host;
        setId("reading-pane");
        setPadding(false);
        setSpacing(false);
        setHeightFull();
        setWidth("30em");
        setMinWidth("18em");
        getStyle().set("flex", "none").set("max-width", "45%").set("gap", "0.3em").set("padding", "0 0.6em 0 0")
                .set("border-right", "1px solid var(--vaadin-border-color, #ddd)");
        paper.setId("reading-paper");
        paper.setWidthFull();
        paper.getElement().getThemeList().add("small");
        paper.setItemLabelGenerator(id -> label(byId.get(id), cited.getOrDefault(id, 0L), assignedPapers.contains(id)));
        paper.addValueChangeListener(e -> {
            if (e.getValue() != null) showPaper();
        });
        about.setId("reading-about");
        about.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875em)").set("color", "var(--vaadin-text-color-secondary, #555)");
        makeClaim.setId("make-claim");
        makeClaim.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        makeClaim.setEnabled(false);
        makeClaim.addClickListener(e -> makeClaim());
        selection.setId("reading-selection");
        selection.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875em)").set("min-width", "0").set("white-space", "nowrap")
                .set("overflow", "hidden").set("text-overflow", "ellipsis");
        HorizontalLayout quoting = new HorizontalLayout(makeClaim, selection);
        quoting.setWidthFull();
        quoting.setAlignItems(FlexComponent.Alignment.CENTER);
        quoting.getStyle().set("gap", "0.5em");
        text.setId("paper-text");
        text.setWidthFull();
        text.onMarkClick(host::selectClaim);
        text.addSelectionListener(e -> select(e.selection()));
        add(paper, about, quoting, suggestions, text);
        expand(text);
        setVisible(false);
    }

    /** Opened, it reads the papers and shows one: the selected claim's, else the one most cited. */
    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) showPapers();
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    /** The map as the page now shows it: its quotes are marked again (the text stays if they are the same). */
    @Override
    public void show(ArgumentMap map, boolean editable) {
        this.map = map;
        this.editable = editable;
        if (selectedClaim != null) selectedClaim = map.claim(selectedClaim.id()).orElse(null);
        makeClaim.setVisible(editable);
        if (isVisible()) showPapers();
    }

    /** A claim selected on the canvas (null: none): its paper is shown and its quote brought into view. */
    @Override
    public void claimSelected(Claim claim) {
        selectedClaim = claim;
        if (!isVisible()) return;
        String cited = claim == null || claim.source() == null ? null : claim.source().paper();
        if (cited != null && byId.containsKey(cited) && !cited.equals(paper.getValue())) paper.setValue(cited);
        text.setCurrent(claim == null ? null : claim.id());
    }

    private void showPapers() {
        if (map == null) return;
        Map<String, Long> counts = map.claims().stream().filter(c -> c.source() != null && c.source().paper() != null)
                .collect(Collectors.groupingBy(c -> c.source().paper(), Collectors.counting()));
        // the papers the map cites first, the most cited at the top; then those its assignment gives, in
        // the assignment's order (a student's new map cites none yet); then the others by name
        // read once per page: an assignment's papers change rarely, and the map's every edit comes here
        if (assignedOf == null || !assignedOf.equals(map.id())) {
            assignedPapers = papers.assigned(map.id());
            assignedOf = map.id();
        }
        List<String> given = assignedPapers;
        Map<String, Papers.Listed> next = new LinkedHashMap<>();
        papers.list().stream().sorted(Comparator.comparing((Papers.Listed p) -> -counts.getOrDefault(p.id(), 0L))
                .thenComparing(p -> given.contains(p.id()) ? given.indexOf(p.id()) : Integer.MAX_VALUE)
                .thenComparing(Papers.Listed::id)).forEach(p -> next.put(p.id(), p));
        String keep = paper.getValue();
        byId = next;
        if (!counts.equals(cited) || !List.copyOf(next.keySet()).equals(paper.getListDataView().getItems().toList())) {
            // (the labels say how often each is cited and which the assignment gives)
            cited = counts;
            paper.setItems(List.copyOf(next.keySet()));
        }
        String claimPaper = selectedClaim == null || selectedClaim.source() == null ? null : selectedClaim.source().paper();
        String show = keep != null && byId.containsKey(keep) ? keep
                : claimPaper != null && byId.containsKey(claimPaper) ? claimPaper
                : byId.keySet().stream().findFirst().orElse(null);
        if (show == null) {
            about.setText(getTranslation("reading.none"));
            return;
        }
        if (!show.equals(paper.getValue())) paper.setValue(show); // shows it
        else showPaper();
    }

    private String label(Papers.Listed p, long claims, boolean assigned) {
        if (p == null) return "";
        String shortName = p.id().contains("_") ? p.id().substring(0, p.id().indexOf('_')) : p.id();
        String name = shortName.equals(p.title()) || p.title().equals(p.id()) ? p.title() : shortName + " — " + p.title();
        if (assigned) name += " · " + getTranslation("reading.assigned");
        return claims == 0 ? name : name + " · " + getTranslation("reading.cited", claims);
    }

    /** Shows the picked paper with the map's quotes of it marked. */
    private void showPaper() {
        Paper p = paper(paper.getValue());
        if (p == null || map == null) return;
        Map<String, String> quotes = new LinkedHashMap<>();
        map.claims().stream().filter(c -> c.source() != null && p.id().equals(c.source().paper()) && c.source().quote() != null)
                .forEach(c -> quotes.put(c.id(), c.source().quote()));
        List<QuoteMarks.Mark> marks = QuoteMarks.marks(p, quotes);
        // the text built anew (another paper, other marks): the reader's selection went with the old one
        if (text.show(p.paragraphs(), marks)) select(null);
        suggestions.show(papers.suggested(p), quotes.values().stream().map(Paper::normalise).toList(), editable);
        long marked = marks.stream().map(QuoteMarks.Mark::claimId).distinct().count();
        about.setText(getTranslation("reading.about", language(p.language()), p.paragraphs().size(), p.pages(), marked));
        if (selectedClaim != null) text.setCurrent(text.marks(selectedClaim.id()) ? selectedClaim.id() : null);
    }

    private String language(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
    }

    /** What the reader selected in the text (null: nothing), as the passage a claim would quote. */
    void select(QuoteMarks.Selection s) {
        Paper p = paper(paper.getValue());
        selected = s == null || p == null ? null : QuoteMarks.passage(p, s).orElse(null);
        showSelection();
    }

    private void showSelection() {
        makeClaim.setEnabled(selected != null);
        selection.setText(selected == null ? (editable ? getTranslation("reading.select.hint") : "")
                : selected.locator() + ": «" + selected.quote() + "»");
        selection.setTitle(selection.getText());
    }

    /** A suggested sentence, selected in the text: the passage Make a claim quotes. */
    void selectSuggested(Papers.Suggested s) {
        selected = s.passage();
        showSelection();
        text.reveal(s.passage());
    }

    /** A suggested sentence straight into the claim form. */
    void quoteSuggested(Papers.Suggested s) {
        Paper p = paper(paper.getValue());
        if (p == null || !editable) return;
        host.newClaim(new Source(p.id(), s.locator(), s.passage().quote()), p.language());
    }

    /** The selected passage in the claim form: its quote, paper, locator and language; the English rendering to write. */
    void makeClaim() {
        Paper p = paper(paper.getValue());
        if (selected == null || p == null || !editable) return;
        host.newClaim(new Source(p.id(), p.locator(selected), selected.quote()), p.language());
    }

    /** A paper the pane lists, by id, read once (null: not listed). */
    Paper paper(String id) {
        if (id == null || !byId.containsKey(id)) return null;
        return read.computeIfAbsent(id, k -> papers.find(k).orElse(null));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        text.pageWord(page -> getTranslation("reading.page", page));
        cited = Map.of("", 0L); // the list's labels are worded anew
        makeClaim.setText(getTranslation("reading.make.claim"));
        suggestions.reword();
        makeClaim.setTooltipText(getTranslation("reading.make.claim.hint"));
        paper.setAriaLabel(getTranslation("reading.paper"));
        text.getElement().setAttribute("aria-label", getTranslation("reading.text"));
        showSelection();
        if (isVisible()) showPapers();
    }
}
