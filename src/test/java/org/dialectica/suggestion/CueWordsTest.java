package org.dialectica.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue word lists as shipped: every word read back in a text lands on the side it is listed on. */
class CueWordsTest {
    private final Tokens tokens = new Tokens();
    private final CueWords cues = new CueWords(tokens, SuggesterTest.RULES.vocabulary());

    /** Each listed word with its side: +1 for the first pole of its line, -1 for the second. */
    private static List<Object[]> listed(String resource) throws IOException {
        List<Object[]> words = new ArrayList<>();
        try (InputStream in = CueWords.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.startsWith("trend:") && !line.startsWith("opposite:")) continue;
                String[] poles = line.substring(line.indexOf(':') + 1).split("\\|");
                for (int p = 0; p < 2; p++) {
                    for (String w : poles[p].strip().split("\\s+")) words.add(new Object[] {w, p == 0 ? 1 : -1});
                }
            }
        }
        return words;
    }

    private int side(Language language, String text) {
        Reading reading = new Reading(language, tokens.of(language, text), cues);
        assertThat(reading.cues).as(text).hasSize(1);
        return reading.side(reading.cues.keySet().iterator().next());
    }

    @Test
    void every_english_and_indonesian_word_is_read_back_on_its_own_side() throws IOException {
        for (Object[] w : listed("cues_en.txt")) assertThat(side(Language.ENGLISH, "it " + w[0] + " there")).as((String) w[0]).isEqualTo(w[1]);
        for (Object[] w : listed("cues_id.txt")) assertThat(side(Language.INDONESIAN, "itu " + w[0] + " di sana")).as((String) w[0]).isEqualTo(w[1]);
    }

    @Test
    void inflected_forms_find_their_word() {
        assertThat(side(Language.ENGLISH, "Russia weakened")).isEqualTo(-1);
        assertThat(side(Language.ENGLISH, "Russia's hand strengthens")).isEqualTo(1);
        assertThat(side(Language.INDONESIAN, "melemahnya pengaruh Rusia")).isEqualTo(-1);
    }

    @Test
    void the_vocabulary_s_directions_join_the_trend_pairs_that_hold_their_words() {
        // descriptors.yaml: rises [.. strengthens, gains] / falls [..]; durable [lasting, stable] / fragile [unstable, flaring]
        assertThat(side(Language.ENGLISH, "a lasting ceasefire")).isEqualTo(1);
        assertThat(side(Language.ENGLISH, "the fighting is flaring")).isEqualTo(-1);
        assertThat(cues.side("winner")).isEqualTo(1);
        assertThat(cues.side("falls")).isEqualTo(-1);
        // "up" and "down" are listed as directions but mean nothing alone in running text
        assertThat(side(Language.ENGLISH, "fighting flared up")).isEqualTo(-1);
    }

    @Test
    void a_negation_turns_only_the_next_word_that_is_not_a_stop_word() {
        assertThat(side(Language.ENGLISH, "the situation is not stable")).isEqualTo(-1);
        assertThat(side(Language.ENGLISH, "they will hardly be able to")).isEqualTo(-1);
        assertThat(side(Language.INDONESIAN, "Rusia tidak mampu")).isEqualTo(-1);
        Reading untouched = new Reading(Language.ENGLISH, tokens.of(Language.ENGLISH, "incidents will not upset stability"), cues);
        assertThat(untouched.freeNegations).containsExactly("not");
        assertThat(untouched.side(untouched.cues.keySet().iterator().next())).isEqualTo(1);
    }

    @Test
    void a_text_with_words_on_both_poles_takes_neither() {
        Reading both = new Reading(Language.ENGLISH, tokens.of(Language.ENGLISH, "Armenia was defeated and Azerbaijan won"), cues);

        assertThat(both.side(both.cues.keySet().iterator().next())).isEqualTo(Reading.NONE);
        assertThat(both.tone()).isZero();
    }
}
