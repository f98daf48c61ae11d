package org.dialectica.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialectica.people.Refusal;
import org.junit.jupiter.api.Test;

/** A paper's paragraphs and quotes, on the seed papers as they are in arguments/papers/. */
class PaperTest {
    static final Path SEEDS = Path.of("arguments", "papers");

    static Paper seed(String prefix) throws IOException {
        List<String> refused = new ArrayList<>();
        Paper paper = PaperFiles.folder(SEEDS, refused).stream().filter(p -> p.id().startsWith(prefix)).findFirst().orElseThrow();
        assertThat(refused).isEmpty();
        return paper;
    }

    @Test
    void the_headings_of_004_are_paragraphs_of_their_own_and_its_paragraphs_end_where_a_sentence_and_a_block_end() throws IOException {
        Paper paper = seed("004_");

        assertThat(paper.paragraphs()).extracting(Paragraph::text).startsWith("BAB VI", "PENUTUP", "6.1. Kesimpulan");
        assertThat(paper.paragraphs().subList(0, 3)).allMatch(Paragraph::heading);
        Paragraph fourth = paper.paragraph(4).orElseThrow();
        assertThat(fourth.text()).startsWith("Analisis yang dilakukan").endsWith("diperlakukan dibawah kendalinya.").doesNotContain("  ");
        assertThat(paper.paragraph(5).orElseThrow().text()).startsWith("Perjanjian gencatan senjata 9 November 2020");
        assertThat(paper.paragraph(6).orElseThrow().text()).startsWith("Meskipun insiden taktis"); // indented in the file
        assertThat(paper.paragraphs()).hasSize(9).noneMatch(p -> p.page() != null);
        assertThat(fourth.locator()).isEqualTo("¶ 4");
    }

    @Test
    void a_quote_is_found_across_the_hard_line_breaks_and_located_by_its_paragraph() throws IOException {
        Paper paper = seed("004_");
        // in the file: "… sejak akhir Perang Dingin. Hal \n\nini menyebabkan …"
        String quote = "sejak akhir Perang Dingin. Hal ini menyebabkan banyak analis";

        assertThat(Files.readString(SEEDS.resolve(paper.id()))).doesNotContain(quote);
        assertThat(paper.contains(quote)).isTrue();
        assertThat(paper.contains("sejak akhir  Perang\nDingin.\n\nHal ini")).isTrue();
        Passage passage = paper.find(quote).orElseThrow();
        assertThat(passage.locator()).isEqualTo("¶ 4");
        Passage.Span span = passage.spans().getFirst();
        assertThat(span.paragraph().text().substring(span.from(), span.to())).isEqualTo(quote);
    }

    @Test
    void a_quote_over_a_paragraph_end_names_both_paragraphs() throws IOException {
        Paper paper = seed("004_");

        Passage passage = paper.find("dibawah kendalinya. Perjanjian gencatan senjata").orElseThrow();

        assertThat(passage.locator()).isEqualTo("¶ 4–5");
        assertThat(passage.spans()).extracting(s -> s.paragraph().number()).containsExactly(4, 5);
    }

    @Test
    void a_quote_altered_by_one_word_or_empty_is_not_in_the_paper() throws IOException {
        Paper paper = seed("004_");

        assertThat(paper.contains("Rusia jelas merupakan pemenang")).isTrue();
        assertThat(paper.contains("Turki jelas merupakan pemenang")).isFalse();
        assertThat(paper.contains("  ")).isFalse();
        assertThat(paper.find("Turki jelas merupakan pemenang")).isEmpty();
    }

    @Test
    void the_seed_papers_read_with_their_short_names_and_a_guessed_language() throws IOException {
        List<String> refused = new ArrayList<>();
        List<Paper> papers = PaperFiles.folder(SEEDS, refused);

        assertThat(refused).isEmpty();
        assertThat(papers).extracting(Paper::shortName).containsExactly("000", "001", "002", "003", "004");
        assertThat(papers).allMatch(p -> p.kind() == Paper.Kind.TEXT && p.pages() == 0 && !p.paragraphs().isEmpty());
        assertThat(seed("004_").language()).isEqualTo("id");
        assertThat(seed("002_").language()).isEqualTo("en");
    }

    @Test
    void a_file_that_is_no_paper_is_refused_with_its_reason() {
        assertThatThrownBy(() -> PaperFiles.read("notes.docx", new byte[] {1}, null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("notes.docx: a paper is UTF-8 text (.txt) or a PDF (.pdf)");
        assertThatThrownBy(() -> PaperFiles.read("blank.txt", " \n\n ".getBytes(), null, null))
                .isInstanceOf(Refusal.class).hasMessage("blank.txt holds no text.");
        assertThatThrownBy(() -> PaperFiles.read("big.txt", new byte[PaperFiles.MAX_BYTES + 1], null, null))
                .isInstanceOf(Refusal.class).hasMessage("big.txt is larger than 5 MB.");
        assertThatThrownBy(() -> PaperFiles.read("a.txt", "x".getBytes(), null, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en or id");
    }
}
