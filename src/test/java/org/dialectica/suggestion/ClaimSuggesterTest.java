package org.dialectica.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.suggestion.SuggestedSentence.Kind;
import org.junit.jupiter.api.Test;

/** Each signal of the suggested claims on a sentence of its own, then the ranking they make. */
class ClaimSuggesterTest {
    private static final ClaimSuggester SUGGESTER = new ClaimSuggester();

    /** The signals of the one sentence of {@code text}, each with its words. */
    private static Map<Kind, List<String>> signals(String text) {
        List<SuggestedSentence> ranked = SUGGESTER.rank(text);
        assertThat(ranked).as(text).hasSize(1);
        return ranked.getFirst().signals().stream().collect(Collectors.toMap(SuggestedSentence.Signal::kind, SuggestedSentence.Signal::words));
    }

    @Test
    void a_reason_fires_cause_in_english_and_indonesian() {
        assertThat(signals("Turkey joined the centre because it depended on Russia for gas.")).containsEntry(Kind.CAUSE, List.of("because"));
        assertThat(signals("Turki bergabung dengan pusat itu karena bergantung pada Rusia.")).containsEntry(Kind.CAUSE, List.of("karena"));
    }

    @Test
    void a_consequence_fires_once_for_its_longest_phrase() {
        // "oleh karena itu" is a consequence; its "karena" is no cause
        Map<Kind, List<String>> signals = signals("Oleh karena itu, faktor terpenting yang membentuk prospek kawasan ini adalah kebijakan Rusia.");
        assertThat(signals).containsEntry(Kind.CONSEQUENCE, List.of("oleh karena itu")).doesNotContainKey(Kind.CAUSE);
        assertThat(signals("The war ended quickly, so that Russia kept its troops there.")).containsEntry(Kind.CONSEQUENCE, List.of("so that"));
    }

    @Test
    void a_contrast_fires_contrast() {
        assertThat(signals("Namun, jika Baku keberatan dengan perpanjangan tersebut, pasukan tetap tinggal.")).containsEntry(Kind.CONTRAST, List.of("namun"));
        assertThat(signals("However, the ceasefire did not settle the status of the region.")).containsEntry(Kind.CONTRAST, List.of("however"));
    }

    @Test
    void a_causative_verb_fires_effect_at_half_a_connectives_weight() {
        // a verb joins two events, as a chronicle does; a connective joins two statements
        assertThat(signals("The blockade led to shortages of fuel in the capital.")).containsEntry(Kind.EFFECT, List.of("led to"))
                .doesNotContainKeys(Kind.CONSEQUENCE, Kind.CAUSE);
        assertThat(signals("Kemarau panjang menyebabkan harga beras naik di pasar desa.")).containsEntry(Kind.EFFECT, List.of("menyebabkan"));
        assertThat(signals("Harga beras naik sehingga membuat warga desa marah.")).containsEntry(Kind.CONSEQUENCE, List.of("sehingga"))
                .containsEntry(Kind.EFFECT, List.of("membuat"));
        assertThat(Kind.EFFECT.weight()).isPositive().isEqualTo(Kind.CONSEQUENCE.weight() / 2).isEqualTo(Kind.CAUSE.weight() / 2);
    }

    @Test
    void the_writers_reading_of_a_fact_fires_stance() {
        assertThat(signals("The treaty can be seen as a victory for the smaller state.")).containsEntry(Kind.STANCE, List.of("seen as"));
        assertThat(signals("Kebijakan itu dapat dipandang sebagai upaya menahan pengaruh tetangganya.")).containsEntry(Kind.STANCE, List.of("dipandang sebagai"));
        assertThat(signals("Kunjungan itu mencerminkan hubungan yang hangat antara kedua kota.")).containsEntry(Kind.STANCE, List.of("mencerminkan"));
        assertThat(Kind.STANCE.weight()).isPositive();
    }

    @Test
    void a_calendar_date_fires_chronicle_and_a_bare_year_does_not() {
        assertThat(signals("The river flooded the whole valley in 1953 and again later.")).containsEntry(Kind.CHRONICLE, List.of("in 1953"));
        assertThat(signals("Pada tanggal 3 Maret 2015, kedua menteri bertemu di ibu kota.")).containsEntry(Kind.CHRONICLE, List.of("3 Maret 2015"));
        assertThat(signals("Sejak tahun 1998 pelabuhan kecil itu dikelola oleh swasta.")).containsEntry(Kind.CHRONICLE, List.of("Sejak tahun 1998"));
        // a year naming an event, and a year in a citation, are no date of the story
        assertThat(signals("The 2020 war changed the balance of the whole region.")).doesNotContainKey(Kind.CHRONICLE);
        assertThat(signals("Smith (2019) describes the port and its trade in detail.")).doesNotContainKey(Kind.CHRONICLE).containsKey(Kind.CITATION);
        assertThat(Kind.CHRONICLE.weight()).isNegative();
    }

    @Test
    void an_announced_finding_fires_conclusion() {
        assertThat(signals("The findings of this study reveal that Turkey depends on Russia.")).containsEntry(Kind.CONCLUSION, List.of("the findings", "reveal"));
        assertThat(signals("Analisis yang dilakukan dengan jelas menunjukkan bahwa ruang pasca-Soviet penting.")).containsKey(Kind.CONCLUSION);
    }

    @Test
    void trend_words_fire_change_in_their_inflected_forms_and_comparisons_fire_comparison() {
        assertThat(signals("Turkey's role in the region increased markedly after the war.")).containsEntry(Kind.CHANGE, List.of("increased"));
        assertThat(signals("Cina melihat melemahnya pengaruh Rusia di kawasan itu.")).containsEntry(Kind.CHANGE, List.of("melemahnya"));
        Map<Kind, List<String>> stronger = signals("Posisi regionalnya sekarang jauh lebih kuat daripada sebelum perang.");
        assertThat(stronger).containsEntry(Kind.COMPARISON, List.of("lebih", "daripada")).containsEntry(Kind.CHANGE, List.of("kuat"));
    }

    @Test
    void a_citation_a_method_a_short_line_and_a_fragment_count_against() {
        assertThat(signals("Cornell, S, The Nagorno-Karabakh Conflict (Uppsala University, 1999), hlm. 1-2.")).containsKey(Kind.CITATION);
        assertThat(signals("Para peneliti menggunakan metodologi penelitian kualitatif dengan studi pustaka.")).containsKey(Kind.METHOD);
        assertThat(signals("Last update:")).containsKey(Kind.SHORT);
        assertThat(signals("perlindungan terhadap kepentingan keamanan energinya yang besar.")).containsKey(Kind.FRAGMENT);
        for (Kind against : List.of(Kind.CITATION, Kind.CHRONICLE, Kind.METHOD, Kind.SHORT, Kind.FRAGMENT, Kind.FRAMEWORK_SECTION)) {
            assertThat(against.weight()).as(against.word()).isNegative();
        }
    }

    @Test
    void the_section_counts_for_a_sentence_in_a_summary_and_against_one_in_the_framework() {
        String text = """
                Abstract

                Turkey's support decided the war in the region for Azerbaijan.

                KERANGKA TEORI

                Negara akan cenderung mencegah munculnya kekuatan yang dominan.
                """;
        List<SuggestedSentence> ranked = SUGGESTER.rank(text);
        assertThat(ranked.stream().filter(s -> s.text().startsWith("Turkey's")).findFirst().orElseThrow().signals())
                .extracting(SuggestedSentence.Signal::kind).contains(Kind.SUMMARY_SECTION);
        assertThat(ranked.stream().filter(s -> s.text().startsWith("Negara")).findFirst().orElseThrow().signals())
                .extracting(SuggestedSentence.Signal::kind).contains(Kind.FRAMEWORK_SECTION);
    }

    @Test
    void a_sentence_naming_two_of_the_papers_commonest_words_is_on_topic() {
        String text = "Turkiye mendukung Azerbaijan dalam perang itu. Turkiye mengirim banyak drone ke Azerbaijan kemarin. Turkiye dan Azerbaijan bersekutu erat sejak lama. "
                + "Cuaca di kota itu sangat dingin pada musim ini.";
        List<SuggestedSentence> ranked = SUGGESTER.rank(text);
        assertThat(ranked.getFirst().signals()).extracting(SuggestedSentence.Signal::kind).contains(Kind.TOPIC);
        assertThat(ranked.getLast().text()).startsWith("Cuaca");
    }

    @Test
    void the_score_is_the_sum_of_the_weights_of_the_signals_that_fired() {
        for (SuggestedSentence s : SUGGESTER.rank("Namun, Rusia jelas merupakan pemenang karena posisinya jauh lebih kuat. Ia diam.")) {
            assertThat(s.score()).isEqualTo(s.signals().stream().mapToDouble(g -> g.kind().weight()).sum());
        }
    }

    @Test
    void suggestions_are_best_first_equal_scores_keep_the_papers_order_and_top_cuts_the_list() {
        // given: an argument between two plain reports, and two sentences alike
        String text = "Armenia dan Azerbaijan berperang pada musim gugur di wilayah itu. "
                + "Oleh karena itu, Rusia jelas merupakan pemenang karena posisinya jauh lebih kuat. "
                + "Pasukan itu tiba di kota pada bulan November tahun itu.";
        // when
        List<SuggestedSentence> all = SUGGESTER.rank(text);
        List<SuggestedSentence> first = SUGGESTER.suggest(text, 1);
        // then
        assertThat(all).extracting(SuggestedSentence::number).containsExactly(2, 1, 3);
        assertThat(first).extracting(SuggestedSentence::number).containsExactly(2);
        assertThat(SUGGESTER.suggest(text, 10)).hasSize(3);
        assertThat(SUGGESTER.suggest(text, 0)).isEmpty();
        assertThatThrownBy(() -> SUGGESTER.suggest(text, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SUGGESTER.suggest(null, 5)).isEmpty();
    }

    @Test
    void a_long_text_is_read_in_one_pass() {
        // 20,000 sentences in 2,000 paragraphs: nothing compares sentences with each other
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 2_000; p++) {
            for (int s = 0; s < 10; s++) text.append("Kalimat nomor ").append(s).append(" menunjukkan bahwa Turki semakin kuat karena dukungan itu. ");
            text.append("\n\n");
        }
        List<SuggestedSentence> top = SUGGESTER.suggest(text.toString(), 5);
        assertThat(top).hasSize(5);
        assertThat(SUGGESTER.rank(text.toString())).hasSize(20_000).extracting(SuggestedSentence::number).contains(20_000);
    }
}
