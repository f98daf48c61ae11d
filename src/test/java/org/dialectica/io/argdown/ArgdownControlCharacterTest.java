package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.failure;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.read;

import java.util.stream.Stream;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Claim;
import org.dialectica.map.TypedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files holding the invisible controls that typed text refuses (TypedText): read with them removed,
 * and a warning at the line and column of each line that held any, naming what was removed.
 */
class ArgdownControlCharacterTest {
    private static final String NUL = "\u0000", BEL = "\u0007", RLO = "\u202E";

    static Stream<Arguments> controls() {
        return Stream.of(Arguments.of("NUL", NUL), Arguments.of("BEL", BEL), Arguments.of("U+202E", RLO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    void a_control_in_a_title_is_removed_with_a_warning_at_its_place(String name, String control) {
        // given
        String text = lines("[Rus" + control + "sia]: Russia weakened.");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "russia").title()).isEqualTo("Russia");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message)
                .containsExactly(tuple(1, 5, "removed the invisible control character " + TypedText.describe(control.codePointAt(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    void a_control_in_a_quote_is_removed_with_a_warning_at_its_place(String name, String control) {
        // given
        String text = lines("[A]: A claim.", "  {quote: \"Rusia " + control + "melemah\"}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").source().quote()).isEqualTo("Rusia melemah");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message)
                .containsExactly(tuple(2, 18, "removed the invisible control character " + TypedText.describe(control.codePointAt(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    void a_control_in_a_yaml_value_of_the_front_matter_is_removed_with_a_warning_at_its_place(String name, String control) {
        // given
        String text = lines("===", "title: Map" + control + " title", "===", "", "[A]: A claim.");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().title()).isEqualTo("Map title");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message)
                .containsExactly(tuple(2, 11, "removed the invisible control character " + TypedText.describe(control.codePointAt(0))));
    }

    @Test
    void each_line_that_held_a_control_is_warned_about_with_its_line() {
        // given
        String text = lines("===", "description: \"" + RLO + "evil\"", "===", "", "[A" + NUL + "]: A claim.",
                "  {quote: \"q" + BEL + "\", side: x}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().description()).isEqualTo("evil");
        Claim a = claim(result.map(), "a");
        assertThat(a.title()).isEqualTo("A");
        assertThat(a.source().quote()).isEqualTo("q");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message).containsExactly(
                tuple(2, 15, "removed the invisible control character U+202E (right-to-left override)"),
                tuple(5, 3, "removed the invisible control character U+0000 (null)"),
                tuple(6, 13, "removed the invisible control character U+0007 (bel)"));
    }

    @Test
    void several_controls_on_one_line_are_one_warning_at_the_first() {
        // given
        String text = lines("[A]: " + BEL + "A " + NUL + NUL + "claim" + RLO + ".");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").text()).isEqualTo("A claim.");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message).containsExactly(
                tuple(1, 6, "removed 4 invisible control characters: U+0007 (bel), U+0000 (null) ×2, U+202E (right-to-left override)"));
    }

    @Test
    void an_unpaired_surrogate_and_a_c1_control_are_removed_too_and_an_emoji_stays() {
        // given
        String text = lines("[A]: x\uD800y\u0085z 👍🏽");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "a").text()).isEqualTo("xyz 👍🏽");
        assertThat(result.warnings()).singleElement().extracting(MapWarning::message)
                .isEqualTo("removed 2 invisible control characters: " + TypedText.describe(0xD800) + ", " + TypedText.describe(0x85));
    }

    @Test
    void what_follows_a_removed_control_on_its_line_is_still_reported_where_it_stands_in_the_file() {
        // given: the reference <b> stands at column 9 of the file, column 8 once the bell is gone
        String text = lines("[A]: x" + BEL + " <b>");
        // when
        MapFileException e = failure(text);
        // then
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.problem()).startsWith("expected text, not the reference <b>");
    }

    @Test
    void a_warning_after_a_removed_control_on_its_line_is_placed_in_the_file() {
        // given: the unknown key stands at column 11 of the file, column 9 once the two NULs are gone
        String text = lines("[A]: x {" + NUL + NUL + "odd: 1}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column).containsExactly(tuple(1, 9), tuple(1, 11));
        assertThat(result.warnings().get(1).message()).startsWith("data key 'odd'");
    }
}
