package org.dialectica.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialectica.suggestion.PaperText.Section;
import org.dialectica.suggestion.PaperText.Sentence;
import org.junit.jupiter.api.Test;

/** Paragraphs and sentences of texts shaped like the seed papers: PDF extractions, Indonesian and English. */
class PaperTextTest {

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void a_hard_wrapped_double_spaced_text_is_joined_into_sentences_and_its_short_lines_end_paragraphs() {
        // given: a blank line after every line, as the seed papers are extracted
        String text = """
                 BAB VI\s

                PENUTUP\s

                Perjanjian gencatan senjata 9 November 2020 memberikan akhir yang\s

                langgeng untuk fase bersenjata perang kedua. Kekalahan militer yang\s

                menghancurkan dari Armenia kemungkinan besar akan memastikan bahwa\s

                situasi tetap stabil.\s

                Oleh karena itu, faktor terpenting yang membentuk prospek jangka\s

                panjang kawasan ini adalah kebijakan Federasi Rusia.\s
                """;
        // when
        List<Sentence> sentences = PaperText.sentences(text);
        // then
        assertThat(texts(sentences)).containsExactly("BAB VI", "PENUTUP",
                "Perjanjian gencatan senjata 9 November 2020 memberikan akhir yang langgeng untuk fase bersenjata perang kedua.",
                "Kekalahan militer yang menghancurkan dari Armenia kemungkinan besar akan memastikan bahwa situasi tetap stabil.",
                "Oleh karena itu, faktor terpenting yang membentuk prospek jangka panjang kawasan ini adalah kebijakan Federasi Rusia.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(1, 2, 3, 3, 4);
        assertThat(sentences).extracting(Sentence::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(sentences.get(4).section()).isEqualTo(Section.CONCLUSION);
    }

    @Test
    void every_sentence_is_its_span_of_the_paper_with_whitespace_made_one_space() {
        String text = "Line one of a\n\nsentence that  wraps. Another\n\n\tone here.\n";
        for (Sentence s : PaperText.sentences(text)) {
            assertThat(text.substring(s.start(), s.end()).replaceAll("\\s+", " ")).isEqualTo(s.text());
        }
        assertThat(texts(PaperText.sentences(text))).containsExactly("Line one of a sentence that wraps.", "Another one here.");
    }

    @Test
    void in_a_single_spaced_text_a_blank_line_ends_a_paragraph() {
        String text = "The first paragraph has one sentence\nwrapped on two lines.\n\nThe second one.\nStill the second.\n";
        assertThat(PaperText.sentences(text)).extracting(Sentence::paragraph).containsExactly(1, 2, 2);
    }

    @Test
    void a_footnote_mark_on_its_own_line_ends_the_sentence_it_interrupts_and_belongs_to_no_paragraph() {
        // given: a two-column extraction where a footnote's text cuts a sentence
        String text = """
                Alasan keterlibatan Turkiye dalam\s

                sengketa itu tidak lain adalah menyangkut\s

                6
                 S. Biddle, Military Power. Princeton University Press, 2002)\s

                perlindungan terhadap kepentingan energinya.\s
                """;
        // when
        List<String> sentences = texts(PaperText.sentences(text));
        // then
        assertThat(sentences.getFirst()).isEqualTo("Alasan keterlibatan Turkiye dalam sengketa itu tidak lain adalah menyangkut");
        assertThat(sentences).noneMatch(s -> s.matches("\\d+"));
        assertThat(sentences.getLast()).endsWith("perlindungan terhadap kepentingan energinya.");
    }

    @Test
    void abbreviations_initials_and_numbered_headings_end_no_sentence() {
        String text = "Menurut Dr. Hartati (hlm. 12) dan Gerard J. Libaridian, konflik itu lama. "
                + "Some states, e.g. Turkey, act alone. Vol. 13 was cited by Prof. Cornell.";
        assertThat(texts(PaperText.sentences(text))).containsExactly(
                "Menurut Dr. Hartati (hlm. 12) dan Gerard J. Libaridian, konflik itu lama.",
                "Some states, e.g. Turkey, act alone.", "Vol. 13 was cited by Prof. Cornell.");
        assertThat(texts(PaperText.sentences("6.1. Kesimpulan\n\nAnalisis ini jelas.\n"))).containsExactly("6.1. Kesimpulan", "Analisis ini jelas.");
    }

    @Test
    void a_full_stop_glued_to_the_next_sentence_still_ends_it() {
        String text = "yang berkaitan dengan topik penelitian.Hasil penelitian mengemukakan bahwasanya Turki kuat.";
        assertThat(texts(PaperText.sentences(text))).containsExactly("yang berkaitan dengan topik penelitian.",
                "Hasil penelitian mengemukakan bahwasanya Turki kuat.");
    }

    @Test
    void a_question_and_an_exclamation_end_sentences_and_a_decimal_does_not() {
        assertThat(texts(PaperText.sentences("Is Russia weaker? It lost 3.5 percent! Yes.")))
                .containsExactly("Is Russia weaker?", "It lost 3.5 percent!", "Yes.");
    }

    @Test
    void a_heading_names_the_section_until_a_heading_names_another() {
        // given: section headings, and a subheading that names no section
        String text = """
                Abstract

                The result is that Turkey gained a lot from the war in the region.

                KERANGKA TEORI

                Teori Balance of Power

                Negara akan cenderung mencegah munculnya kekuatan yang dominan di kawasan.

                SIMPULAN

                Turkiye berperan aktif dalam memperkuat aliansi regional.
                """;
        // when
        List<Sentence> sentences = PaperText.sentences(text);
        // then
        assertThat(sentences).extracting(Sentence::section).containsExactly(Section.ABSTRACT, Section.ABSTRACT,
                Section.FRAMEWORK, Section.FRAMEWORK, Section.FRAMEWORK, Section.CONCLUSION, Section.CONCLUSION);
    }

    @Test
    void an_empty_or_blank_text_has_no_sentences_and_a_line_of_punctuation_is_none() {
        assertThat(PaperText.sentences("")).isEmpty();
        assertThat(PaperText.sentences(" \n\n \r\n")).isEmpty();
        assertThat(PaperText.sentences("***\n\n12\n")).isEmpty();
    }
}
