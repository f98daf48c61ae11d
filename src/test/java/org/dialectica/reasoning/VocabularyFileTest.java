package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dialectica.map.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** descriptors.yaml: what it may say, and that every mistake is named by file and line. */
class VocabularyFileTest {
    private static final String VALID = """
            opposites:
              - rises: [gains]
                falls: [loses]
            values:
              outcome: [winner, loser]
            dimensions:
              - regional influence
            """;

    private static Vocabulary read(String yaml) {
        return VocabularyFile.read("rules/descriptors.yaml", yaml);
    }

    @Test
    void the_shipped_vocabulary_knows_the_words_of_the_seed_maps() {
        Vocabulary vocabulary = Given.RULES.vocabulary();

        assertThat(vocabulary.knowsDimension("Regional  Influence")).isTrue();
        assertThat(vocabulary.knowsDimension("armed stability")).isTrue();
        assertThat(vocabulary.knowsDirection("strengthens")).isTrue();
        assertThat(vocabulary.knowsDirection("fragile")).isTrue();
        assertThat(vocabulary.knowsDirection("unresolved")).isTrue();
        assertThat(vocabulary.knowsDirection("declines")).isFalse();
    }

    @Test
    void the_opposed_words_are_listed_for_readers_of_free_text_with_each_direction_s_side() {
        Vocabulary vocabulary = read(VALID);

        assertThat(vocabulary.opposed()).extracting(Vocabulary.Opposed::sides, Vocabulary.Opposed::poles).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.List.of(java.util.List.of("rises", "gains"), java.util.List.of("falls", "loses")), true),
                org.assertj.core.groups.Tuple.tuple(java.util.List.of(java.util.List.of("winner"), java.util.List.of("loser")), false));
        assertThat(vocabulary.side("Gains")).isEqualTo(1);
        assertThat(vocabulary.side("falls")).isEqualTo(-1);
        assertThat(vocabulary.side("winner")).isZero();
        assertThat(vocabulary.differentValues("winner", "loser")).isTrue();
        assertThat(vocabulary.differentValues("winner", "winner")).isFalse();
        assertThat(vocabulary.differentValues("rises", "falls")).isFalse();
    }

    @Test
    void a_valid_file_gives_pairs_values_and_dimensions() {
        Vocabulary vocabulary = read(VALID);

        assertThat(vocabulary.knowsDirection("gains")).isTrue();
        assertThat(vocabulary.knowsDirection("loser")).isTrue();
        assertThat(vocabulary.knowsDimension("regional influence")).isTrue();
        assertThat(vocabulary.knownDirections()).isEqualTo("rises / falls; values winner | loser (outcome)");
    }

    @Test
    void yaml_that_does_not_parse_is_reported_at_its_line() {
        assertThatThrownBy(() -> read("opposites:\n  - rises: [gains\n    falls: [loses]\nvalues:\n"))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith("rules/descriptors.yaml:3:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void a_word_listed_twice_is_reported_where_it_is_repeated() {
        String twice = VALID.replace("outcome: [winner, loser]", "outcome: [winner, gains]");

        assertThatThrownBy(() -> read(twice))
                .hasMessage("rules/descriptors.yaml:5:21: the direction 'gains' already has a meaning: each word may be listed once");
    }

    @Test
    void a_dimension_listed_twice_is_reported_where_it_is_repeated() {
        assertThatThrownBy(() -> read(VALID + "  - Regional influence\n"))
                .hasMessageStartingWith("rules/descriptors.yaml:8:5: the dimension 'Regional influence' is listed twice");
    }

    @Test
    void a_pair_needs_exactly_two_poles() {
        String onePole = VALID.replace("    falls: [loses]\n", "");

        assertThatThrownBy(() -> read(onePole))
                .hasMessageStartingWith("rules/descriptors.yaml:2:5: expected a pair of two opposite directions");
    }

    @Test
    void a_value_set_needs_two_values() {
        assertThatThrownBy(() -> read(VALID.replace("[winner, loser]", "[winner]")))
                .hasMessage("rules/descriptors.yaml:5:3: the value set 'outcome' needs at least two values");
    }

    @Test
    void unknown_and_missing_sections_are_named() {
        assertThatThrownBy(() -> read(VALID + "synonyms: []\n"))
                .hasMessageStartingWith("rules/descriptors.yaml:8:1: unknown section 'synonyms'");
        assertThatThrownBy(() -> read("opposites: []\nvalues: {}\n"))
                .hasMessageStartingWith("rules/descriptors.yaml:1:1: missing the section 'dimensions:'");
    }

    @Test
    void a_word_must_be_a_plain_word() {
        assertThatThrownBy(() -> read(VALID + "  - [a, b]\n"))
                .hasMessageStartingWith("rules/descriptors.yaml:8:5: expected a dimension, a plain word");
    }

    @Test
    void a_rules_folder_with_a_broken_vocabulary_names_the_file_and_line(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules", "conflicts.drl"), dir.resolve("conflicts.drl"));
        Files.writeString(dir.resolve("descriptors.yaml"), VALID.replace("[winner, loser]", "[winner, gains]"));

        assertThatThrownBy(() -> RuleBase.fromFolder(dir))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(dir.toAbsolutePath().resolve("descriptors.yaml") + ":5:21: the direction 'gains'");
    }

    @Test
    void rules_that_read_the_vocabulary_refuse_a_folder_without_one(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules", "conflicts.drl"), dir.resolve("conflicts.drl"));

        assertThatThrownBy(() -> RuleBase.fromFolder(dir))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith("no descriptors.yaml in " + dir.toAbsolutePath());
    }
}
