package org.dialectica.papers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Passage;
import org.junit.jupiter.api.Test;

/** Issue 22, the reading pane's logic: where quotes are marked, and what a selection quotes and where. */
class QuoteMarksTest {
    /** Two paragraphs, hard-wrapped as the seed files are. */
    private static final Paper PAPER = new Paper("009_test.txt", "A test paper", "en", Paper.Kind.TEXT, """
            Russia gained the most from the war. Its troops now guard the corridor, and its
            word decides what the parties may do next.

            Turkey gained a route to Central Asia. Whether that lasts depends on Russia.
            """);

    @Test
    void the_test_paper_has_two_paragraphs() {
        assertThat(PAPER.paragraphs()).extracting(p -> p.number() + ": " + p.text()).containsExactly(
                "1: Russia gained the most from the war. Its troops now guard the corridor, and its word decides what the parties may do next.",
                "2: Turkey gained a route to Central Asia. Whether that lasts depends on Russia.");
    }

    @Test
    void a_quote_is_marked_where_it_stands_also_across_a_line_break_and_a_missing_one_is_not() {
        Map<String, String> quotes = new LinkedHashMap<>();
        quotes.put("corridor", "Its troops now guard the corridor, and its\n   word decides");
        quotes.put("invented", "Russia lost the war.");
        quotes.put("route", "a route to Central Asia");

        assertThat(QuoteMarks.marks(PAPER, quotes)).containsExactly(
                new QuoteMarks.Mark(1, 37, 92, "corridor"),
                new QuoteMarks.Mark(2, 14, 37, "route"));
    }

    @Test
    void a_quote_running_over_a_paragraph_end_is_marked_in_both() {
        assertThat(QuoteMarks.marks(PAPER, Map.of("both", "may do next. Turkey gained"))).containsExactly(
                new QuoteMarks.Mark(1, 110, 122, "both"), new QuoteMarks.Mark(2, 0, 13, "both"));
    }

    @Test
    void overlapping_quotes_cut_the_text_and_the_shorter_quote_comes_first_where_both_stand() {
        String text = PAPER.paragraph(1).orElseThrow().text();
        List<QuoteMarks.Mark> marks = QuoteMarks.marks(PAPER, Map.of("sentence", "Russia gained the most from the war.", "most", "the most"));

        assertThat(QuoteMarks.segments(text, marks)).containsExactly(
                new QuoteMarks.Segment(0, 14, List.of("sentence")),
                new QuoteMarks.Segment(14, 22, List.of("most", "sentence")),
                new QuoteMarks.Segment(22, 36, List.of("sentence")),
                new QuoteMarks.Segment(36, text.length(), List.of()));
    }

    @Test
    void a_selection_quotes_the_papers_words_without_the_spaces_at_its_ends_and_names_its_paragraph() {
        // the reader's selection took the space before the sentence and after it
        Passage passage = QuoteMarks.passage(PAPER, new QuoteMarks.Selection(2, 38, 2, 76)).orElseThrow();

        assertThat(passage.quote()).isEqualTo("Whether that lasts depends on Russia.");
        assertThat(PAPER.contains(passage.quote())).isTrue();
        assertThat(passage.locator()).isEqualTo("¶ 2");
        // no heading before it: the place alone
        assertThat(PAPER.locator(passage)).isEqualTo("¶ 2");
    }

    @Test
    void the_locator_names_the_section_as_the_seed_maps_do_then_the_paragraph() throws Exception {
        Paper p004 = new Paper("004_f5840cd7195cf325.txt", null, "id", Paper.Kind.TEXT,
                Files.readString(Path.of("arguments/papers/004_f5840cd7195cf325.txt")));
        String sentence = "Pengaturan ini kemungkinan besar akan tetap berkelanjutan hingga tanggal kedaluwarsa pertama dari mandat unit"
                + " penjaga perdamaian Rusia.";
        Passage passage = p004.find(sentence).orElseThrow();

        // the seed maps cite 004 at "BAB VI PENUTUP, 6.1. Kesimpulan"
        assertThat(p004.locator(passage)).isEqualTo("BAB VI PENUTUP, 6.1. Kesimpulan, ¶ " + passage.first().number());
        assertThat(passage.first().number()).isEqualTo(6);
    }

    @Test
    void a_selection_over_two_paragraphs_joins_them_with_a_space_and_names_both() {
        Passage passage = QuoteMarks.passage(PAPER, new QuoteMarks.Selection(1, 110, 2, 13)).orElseThrow();

        assertThat(passage.quote()).isEqualTo("may do next. Turkey gained");
        assertThat(PAPER.contains(passage.quote())).isTrue();
        assertThat(passage.locator()).isEqualTo("¶ 1–2");
    }

    @Test
    void a_selection_that_starts_at_the_end_of_a_paragraph_is_of_the_next_one_only() {
        int end = PAPER.paragraph(1).orElseThrow().text().length();
        Passage passage = QuoteMarks.passage(PAPER, new QuoteMarks.Selection(1, end, 2, 6)).orElseThrow();

        assertThat(passage.quote()).isEqualTo("Turkey");
        assertThat(passage.locator()).isEqualTo("¶ 2");
    }

    @Test
    void a_selection_of_white_space_quotes_nothing() {
        assertThat(QuoteMarks.passage(PAPER, new QuoteMarks.Selection(1, 36, 1, 37))).isEmpty();
    }
}
