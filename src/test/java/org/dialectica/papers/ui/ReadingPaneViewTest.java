package org.dialectica.papers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.Translations;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Papers;
import org.dialectica.papers.Paragraph;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 22, the reading pane beside the canvas of the combined map: the papers it cites first, the
 * quotes of the shown paper marked, a passage made into a claim that quotes it (and is marked in
 * turn), a mark's click selecting its claim, and a selected claim bringing its paper and quote.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ReadingPaneViewTest extends SpringBrowserlessTest {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String P004 = "004_f5840cd7195cf325.txt";
    static final String SENTENCE = "Pengaturan ini kemungkinan besar akan tetap berkelanjutan hingga tanggal kedaluwarsa pertama dari mandat unit"
            + " penjaga perdamaian Rusia.";

    @Autowired
    Workspace workspace;
    @Autowired
    Papers papers;

    /** The map page, with its reading pane opened from the toolbar. */
    private ReadingPane opened(String mapId) {
        UI.getCurrent().navigate("map/" + mapId);
        return open();
    }

    /** Opens the pane from the toolbar: hidden until then. */
    private ReadingPane open() {
        assertThat(find(ReadingPane.class).exists()).isFalse();
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        test(toggle()).click();
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        return find(ReadingPane.class).single();
    }

    private Button toggle() {
        return find(Button.class).id("show-reading");
    }

    /** Selects a claim on the canvas, as a click on it does. */
    private void selectOnCanvas(String claimId) {
        GraphCanvas canvas = find(GraphCanvas.class).single();
        ComponentUtil.fireEvent(canvas, new GraphCanvas.NodeSelectedEvent(canvas, true, claimId));
    }

    private String details() {
        return find(VerticalLayout.class).id("details").getElement().getTextRecursively();
    }

    /** A copy of the combined map, so that edits leave the sample as it is for the other tests. */
    private String copy() {
        return workspace.copy(COMBINED, "Reading pane test " + System.nanoTime());
    }

    /** The paragraph of the shown paper holding the text, and where the text starts in it. */
    private static QuoteMarks.Selection selectionOf(ReadingPane pane, String text, String paperId) {
        List<Paragraph> paragraphs = pane.paper(paperId).paragraphs();
        for (Paragraph p : paragraphs) {
            int at = p.text().indexOf(text);
            if (at >= 0) return new QuoteMarks.Selection(p.number(), at, p.number(), at + text.length());
        }
        throw new AssertionError("not in " + paperId + ": " + text);
    }

    @Test
    void the_pane_opens_on_the_most_cited_paper_with_the_cited_papers_first_and_the_map_quotes_of_it_marked() {
        ReadingPane pane = opened(COMBINED);

        List<String> papers = pane.paper.getListDataView().getItems().toList();
        assertThat(papers).startsWith(P004, "001_e55ab4be52a117a8.txt", "000_fb6a5eb7a242001a.txt");
        assertThat(pane.paper.getValue()).isEqualTo(P004);
        assertThat(pane.about.getText()).startsWith("Indonesian · ").endsWith("17 quotes of this map marked");
        // every claim of the map quoting 004 is marked, each mark showing the paper's own words
        List<Claim> quoting = workspace.load(COMBINED).claims().stream()
                .filter(c -> c.source() != null && P004.equals(c.source().paper())).toList();
        assertThat(quoting).hasSize(17);
        for (Claim c : quoting) {
            List<Span> marks = pane.text.marksOf(c.id());
            assertThat(marks).as(c.id()).isNotEmpty();
            assertThat(c.source().quote().replaceAll("\\s+", " ")).contains(marks.getFirst().getText());
        }
        // the numbers and the text of each paragraph, as text nodes
        assertThat(pane.text.getElement().getTextRecursively()).contains(SENTENCE);
    }

    @Test
    void a_selected_passage_becomes_a_claim_quoting_it_with_the_paper_the_paragraph_and_the_language_and_is_marked() {
        String mapId = copy();
        ReadingPane pane = opened(mapId);
        QuoteMarks.Selection selection = selectionOf(pane, SENTENCE, P004);
        assertThat(pane.makeClaim.isEnabled()).isFalse();

        pane.select(selection);

        assertThat(pane.makeClaim.isEnabled()).isTrue();
        assertThat(pane.selection.getText()).isEqualTo("¶ " + selection.fromParagraph() + ": «" + SENTENCE + "»");
        test(pane.makeClaim).click();
        Dialog form = find(Dialog.class).id("claim-form");
        assertThat(form.isOpened()).isTrue();
        assertThat(find(TextArea.class, form).id("claim-quote").getValue()).isEqualTo(SENTENCE);
        assertThat(find(TextField.class, form).id("claim-paper").getValue()).isEqualTo(P004);
        assertThat(find(TextField.class, form).id("claim-locator").getValue())
                .isEqualTo("BAB VI PENUTUP, 6.1. Kesimpulan, ¶ " + selection.fromParagraph());
        assertThat(find(TextArea.class, form).id("claim-original").getValue()).isEqualTo(SENTENCE);
        assertThat(find(TextField.class, form).id("claim-language").getValue()).isEqualTo("id");
        // an Indonesian paper: the English rendering is for the person to write
        TextArea english = find(TextArea.class, form).id("claim-text");
        assertThat(english.getValue()).isEmpty();
        assertThat(english.getHelperText()).contains("English");

        find(TextField.class, form).id("claim-title").setValue("Arrangement lasts until the mandate expires");
        english.setValue("The arrangement will most likely last until the Russian peacekeepers' mandate first expires.");
        @SuppressWarnings("unchecked")
        Select<ClaimKind> kind = find(Select.class, form).id("claim-kind");
        kind.setValue(ClaimKind.EVIDENCE);
        test(find(Button.class, form).id("claim-save")).click();
        assertThat(form.isOpened()).isFalse();

        Claim made = workspace.load(mapId).claims().stream().filter(c -> c.displayTitle().equals("Arrangement lasts until the mandate expires"))
                .findFirst().orElseThrow();
        assertThat(made.kind()).isEqualTo(ClaimKind.EVIDENCE);
        assertThat(made.source().quote()).isEqualTo(SENTENCE);
        assertThat(made.source().paper()).isEqualTo(P004);
        assertThat(made.source().locator()).isEqualTo("BAB VI PENUTUP, 6.1. Kesimpulan, ¶ " + selection.fromParagraph());
        assertThat(made.originalText()).isEqualTo(SENTENCE);
        assertThat(made.language()).isEqualTo("id");
        assertThat(pane.text.marksOf(made.id())).extracting(Span::getText).containsExactly(SENTENCE);
        assertThat(pane.about.getText()).endsWith("18 quotes of this map marked");
        // the text was built anew: the selection it had is gone
        assertThat(pane.makeClaim.isEnabled()).isFalse();
    }

    @Test
    void the_papers_likeliest_sentences_are_listed_each_one_click_from_the_claim_form() {
        String mapId = copy();
        ReadingPane pane = opened(mapId);
        Paper p004 = pane.paper(P004);
        List<String> quoted = workspace.load(mapId).claims().stream().filter(c -> c.source() != null && P004.equals(c.source().paper()))
                .map(c -> Paper.normalise(c.source().quote())).toList();

        List<Div> rows = find(Div.class, pane.suggestions).withClassName("suggested-sentence").all();

        // the top 20 but those the map quotes already (they are marked in the text instead)
        List<Papers.Suggested> all = papers.suggested(P004);
        assertThat(all).hasSize(Papers.SUGGESTED);
        long open = all.stream().filter(s -> quoted.stream().noneMatch(q -> q.contains(s.passage().quote()) || s.passage().quote().contains(q))).count();
        assertThat(open).isLessThan(all.size()); // 004's quoted sentences are among its suggestions
        assertThat(rows).hasSize((int) open);
        assertThat(pane.suggestions.getSummaryText()).isEqualTo(open + " suggested sentences");
        for (Papers.Suggested s : all) {
            assertThat(p004.contains(s.passage().quote())).as(s.passage().quote()).isTrue();
            assertThat(s.locator()).isEqualTo(p004.locator(s.passage()));
        }

        // a click on a sentence selects it: Make a claim would quote it
        Papers.Suggested first = all.stream().filter(s -> quoted.stream().noneMatch(q -> q.contains(s.passage().quote())
                || s.passage().quote().contains(q))).findFirst().orElseThrow();
        Div words = (Div) rows.getFirst().getChildren().findFirst().orElseThrow();
        ComponentUtil.fireEvent(words, new ClickEvent<>(words));
        assertThat(pane.makeClaim.isEnabled()).isTrue();
        assertThat(pane.selection.getText()).isEqualTo(first.passage().locator() + ": «" + first.passage().quote() + "»");

        // its Quote opens the claim form with it at once
        test(find(Button.class, rows.getFirst()).withClassName("quote-suggested").single()).click();
        Dialog form = find(Dialog.class).id("claim-form");
        assertThat(find(TextArea.class, form).id("claim-quote").getValue()).isEqualTo(first.passage().quote());
        assertThat(find(TextField.class, form).id("claim-paper").getValue()).isEqualTo(P004);
        assertThat(find(TextField.class, form).id("claim-locator").getValue()).isEqualTo(first.locator());
        assertThat(find(TextField.class, form).id("claim-language").getValue()).isEqualTo("id");
    }

    @Test
    void a_click_on_a_mark_selects_its_claim_and_a_selected_claim_brings_its_paper_and_shows_its_quote() {
        ReadingPane pane = opened(COMBINED);
        Span mark = pane.text.marksOf("p004-russian-policy-decisive").getFirst();

        ComponentUtil.fireEvent(mark, new ClickEvent<>(mark));

        assertThat(details()).contains("Russian policy is the decisive factor");
        assertThat(pane.text.current()).isEqualTo("p004-russian-policy-decisive");
        assertThat(mark.getElement().hasAttribute("data-current")).isTrue();

        // a claim of another paper: the pane shows that paper and marks its quote as the current one
        Claim of000 = workspace.load(COMBINED).claims().stream()
                .filter(c -> c.source() != null && "000_fb6a5eb7a242001a.txt".equals(c.source().paper())).findFirst().orElseThrow();
        selectOnCanvas(of000.id());
        assertThat(pane.paper.getValue()).isEqualTo("000_fb6a5eb7a242001a.txt");
        assertThat(pane.text.current()).isEqualTo(of000.id());
        assertThat(pane.text.marksOf(of000.id())).allSatisfy(m -> assertThat(m.getElement().hasAttribute("data-current")).isTrue());
        assertThat(mark.getElement().hasAttribute("data-current")).isFalse();
    }

    @Test
    void a_claim_selected_before_the_pane_opens_is_shown_when_it_opens() {
        UI.getCurrent().navigate("map/" + COMBINED);
        Claim of002 = workspace.load(COMBINED).claims().stream()
                .filter(c -> c.source() != null && "002_ffdeb9f15db1918e.txt".equals(c.source().paper())).findFirst().orElseThrow();
        selectOnCanvas(of002.id());

        ReadingPane pane = open();

        assertThat(pane.paper.getValue()).isEqualTo("002_ffdeb9f15db1918e.txt");
        assertThat(pane.text.current()).isEqualTo(of002.id());
    }

    @Test
    void the_pane_speaks_indonesian() {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        try {
            ReadingPane pane = opened(COMBINED);

            assertThat(toggle().getText()).isEqualTo("Baca makalah");
            assertThat(pane.makeClaim.getText()).isEqualTo("Buat klaim");
            assertThat(pane.about.getText()).startsWith("Indonesia · ").endsWith("17 kutipan peta ini ditandai");
        } finally {
            UI.getCurrent().setLocale(Translations.ENGLISH);
        }
    }
}
