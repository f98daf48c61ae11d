package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.FILE;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.drawn;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.dialectica.io.argdown.ArgdownTesting.read;
import static org.dialectica.io.argdown.ArgdownTesting.warning;

import java.util.List;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;

/** Dialectica's data keys on statements. */
class ArgdownDataTest {
    @Test
    void the_data_keys_fill_every_field_of_a_claim() {
        // given
        String text = lines(
                "[Russia weakened]: Russia's position weakened after the 2020 war. #russia #hegemony",
                "  {id: p000-russia-weakened, kind: thesis, actors: [Russia, Armenia],",
                "   paper: 000_fb6a5eb7a242001a.txt, locator: \"Abstrak, p. 1\",",
                "   quote: \"Rusia yang selama ini memiliki berperan sebagai hegemon\",",
                "   original: \"Rusia mulai menunjukkan kelemahan.\",",
                "   lang: id, side: Paper 000,",
                "   subject: Russia, dimension: regional influence, direction: falls, from: 2020, to: 2022}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().claims()).containsExactly(new Claim("p000-russia-weakened", "Russia weakened",
                "Russia's position weakened after the 2020 war.", "Rusia mulai menunjukkan kelemahan.", "id",
                ClaimKind.THESIS, List.of("Russia", "Armenia"), List.of("russia", "hegemony"),
                new Source("000_fb6a5eb7a242001a.txt", "Abstrak, p. 1", "Rusia yang selama ini memiliki berperan sebagai hegemon"),
                new Proposition("Russia", "regional influence", "falls", new TimeSpan(2020, 2022)), "Paper 000"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void data_may_be_yaml_in_block_format_between_braces() {
        // given
        String text = lines("[A]: a {", "  kind: evidence", "  actors:", "    - Turkey", "    - Russia", "}", "  + [B]: b");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a")).extracting(Claim::kind, Claim::actors)
                .containsExactly(ClaimKind.EVIDENCE, List.of("Turkey", "Russia"));
        assertThat(map.supports()).containsExactly(drawn("b", "a"));
    }

    @Test
    void language_and_author_are_synonyms_of_lang_and_side() {
        // given
        String text = lines("[A]: a {original: asli, language: id, author: Team B}");
        // when
        Claim claim = claim(map(text), "a");
        // then
        assertThat(claim).extracting(Claim::originalText, Claim::language, Claim::assertedBy)
                .containsExactly("asli", "id", "Team B");
    }

    @Test
    void a_year_span_may_be_open_at_either_end() {
        // given
        String text = lines("[A]: a {subject: Turkey, dimension: influence, direction: rises, from: 2020}", "",
                "[B]: b {subject: Turkey, dimension: influence, direction: winner, to: 2021}", "",
                "[C]: c {subject: Turkey, dimension: influence, direction: rises}");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").proposition().span()).isEqualTo(new TimeSpan(2020, null));
        assertThat(claim(map, "b").proposition().span()).isEqualTo(new TimeSpan(null, 2021));
        assertThat(claim(map, "c").proposition().span()).isEqualTo(TimeSpan.ALWAYS);
    }

    @Test
    void a_single_actor_may_be_written_without_a_list() {
        // given
        String text = lines("[A]: a {actors: Turkey}");
        // when / then
        assertThat(claim(map(text), "a").actors()).containsExactly("Turkey");
    }

    @Test
    void data_on_a_reference_adds_to_the_claim() {
        // given
        String text = lines("[A]: a", "", "[A] {kind: thesis}");
        // when / then
        assertThat(claim(map(text), "a").kind()).isEqualTo(ClaimKind.THESIS);
    }

    @Test
    void a_value_given_again_differently_is_reported_and_the_first_kept() {
        // given
        String text = lines("[A]: a {kind: thesis}", "", "[A] {kind: evidence}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").kind()).isEqualTo(ClaimKind.THESIS);
        assertThat(warning(result, "is given again")).extracting(MapWarning::line, MapWarning::column)
                .containsExactly(3, 6);
    }

    @Test
    void an_unknown_data_key_is_reported_where_it_stands() {
        // given
        String text = lines("[A]: a {sources: [x], kind: thesis}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.warnings()).containsExactly(
                new MapWarning(FILE, 1, 9, "data key 'sources' of [A] is not used by Dialectica"));
        assertThat(claim(result.map(), "a").kind()).isEqualTo(ClaimKind.THESIS);
    }

    @Test
    void an_id_in_the_data_replaces_the_one_made_from_the_title() {
        // given
        String text = lines("[A]: a {id: p001-a}", "  + [B]: b");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.claimIds()).containsExactly("p001-a", "b");
        assertThat(map.supports()).containsExactly(drawn("b", "p001-a"));
    }

    @Test
    void two_titles_with_the_same_kebab_case_get_distinct_ids() {
        // given
        String text = lines("[A b]: x", "", "[A-b]: y");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().claimIds()).containsExactly("a-b", "a-b-2");
        assertThat(warning(result, "id 'a-b' is taken by [A b]; [A-b] gets 'a-b-2'"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(3, 1);
    }

    @Test
    void yaml_words_stay_text_where_text_is_expected() {
        // given
        String text = lines("[A]: a {original: asli, lang: no, locator: 12}");
        // when
        Claim claim = claim(map(text), "a");
        // then
        assertThat(claim.language()).isEqualTo("no");
        assertThat(claim.source().locator()).isEqualTo("12");
    }

    @Test
    void weight_and_preferred_over_are_read_and_written_back() {
        String text = lines(
                "[A]: Claim A. {id: a, weight: 0.8, preferred-over: [b, c]}",
                "",
                "[B]: Claim B. {id: b}",
                "",
                "[C]: Claim C. {id: c}");

        Claim a = claim(map(text), "a");

        assertThat(a.weight()).isEqualTo(0.8);
        assertThat(a.preferredOver()).containsExactly("b", "c");
        assertThat(claim(map(new ArgdownWriter().write(map(text))), "a")).isEqualTo(a);
    }

    @Test
    void a_weight_outside_zero_to_one_is_a_located_error() {
        org.dialectica.io.MapFileException e = ArgdownTesting.failure("[A]: Claim A. {id: a, weight: 1.5}");

        assertThat(e.getMessage()).contains("test.argdown:1:").contains("'weight' must be a number from 0 to 1 (found '1.5')");
    }

    @Test
    void a_claim_preferred_over_itself_is_a_located_error() {
        org.dialectica.io.MapFileException e = ArgdownTesting.failure("[A]: Claim A. {id: a, preferred-over: [a]}");

        assertThat(e.getMessage()).contains("test.argdown:1:").contains("cannot be preferred over itself");
    }

    @Test
    void the_text_key_gives_the_text_with_the_line_breaks_argdown_cannot_hold() {
        // given
        String text = lines("[A]: First paragraph. Second paragraph.", "  {text: \"First paragraph.\\n\\nSecond paragraph.\"}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void an_empty_text_key_is_an_empty_text_not_the_title() {
        // given
        String text = lines("[A]:", "  {text: \"\"}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").text()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_text_key_that_is_not_the_text_after_the_colon_is_reported_and_the_text_after_the_colon_kept() {
        // given: someone edited the text after the colon, not the data
        String text = lines("[A]: Edited text.", "  {text: \"Old\\ntext.\"}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").text()).isEqualTo("Edited text.");
        assertThat(warning(result, "data key 'text' of [A] is not the text after its colon"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(2, 4);
    }

    @Test
    void an_argument_description_with_line_breaks_comes_from_the_text_key() {
        // given
        String text = lines("<Arg>: one two {id: arg, text: \"one\\ntwo\"}", "", "(1) [P]: p", "----", "(2) [C]: c");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().argument("arg").orElseThrow().description()).isEqualTo("one\ntwo");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_year_is_any_whole_number_the_model_holds() {
        // given
        String text = lines("[A]: a {subject: S, dimension: D, direction: rises, from: -2147483648, to: 2147483647}");
        // when
        Claim claim = claim(map(text), "a");
        // then
        assertThat(claim.proposition().span()).extracting("from", "to").containsExactly(Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertThat(ArgdownTesting.failure(lines("[A]: a {subject: S, dimension: D, direction: rises, to: 2147483648}")).problem())
                .isEqualTo("'to' must be a year (expected a whole number, found '2147483648')");
    }
}
