package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.drawn;
import static org.dialectica.io.argdown.ArgdownTesting.failure;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.dialectica.io.argdown.ArgdownTesting.read;
import static org.dialectica.io.argdown.ArgdownTesting.warning;

import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.junit.jupiter.api.Test;

/** Where Dialectica once read Argdown differently from the Argdown project's own parser. */
class ArgdownFidelityTest {
    private static final String STRICT = lines("===", "model:", "    mode: strict", "===", "");

    @Test
    void in_strict_mode_an_attack_between_statements_declares_them_contraries_whichever_way_it_is_written() {
        // given
        String text = STRICT + lines("[A]: a", "  - [B]: b", "  + [C]: c", "", "[B]", "  -> [A]");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.oppositions()).containsExactly(new Opposition("b", "a", Opposition.Type.CONTRARY));
        assertThat(map.attacks()).isEmpty();
        assertThat(map.supports()).containsExactly(drawn("c", "a"));
    }

    @Test
    void in_strict_mode_an_attack_by_or_on_a_sketched_argument_stays_an_attack() {
        // given
        String text = STRICT + lines("[A]: a", "  - <S>: a sketch");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.attacks()).containsExactly(Attack.onClaim("s", "a"));
        assertThat(map.oppositions()).isEmpty();
    }

    @Test
    void an_unknown_model_mode_is_reported_and_loose_is_used() {
        // given
        String text = lines("===", "model: {mode: careful}", "===", "", "[A]: a", "  - [B]: b");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().attacks()).containsExactly(Attack.onClaim("b", "a"));
        assertThat(warning(result, "model mode 'careful' is not known")).extracting(MapWarning::line).isEqualTo(2);
    }

    @Test
    void a_definition_whose_text_is_a_reference_is_rejected_where_the_reference_stands() {
        // given
        String text = lines("<a>: [b]");
        // when
        MapFileException e = failure(text);
        // then
        assertThat(e.getMessage()).startsWith("test.argdown:1:6: expected text, not the reference [b]");
    }

    @Test
    void mentions_links_and_escaped_brackets_may_stand_in_a_text() {
        // given
        String text = lines("[A]: see @[B], @<C>, [the site](https://example.org) and \\[1\\]; .<->. is a shortcode");
        // when
        Claim a = claim(map(text), "a");
        // then
        assertThat(a.text()).isEqualTo("see @[B], @<C>, [the site](https://example.org) and [1]; .<->. is a shortcode");
    }

    @Test
    void an_include_directive_is_reported_as_not_followed_and_read_as_nothing() {
        // given
        String text = lines("@include(part1.argdown, part2.argdown)", "", "[A]: a");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().claimIds()).containsExactly("a");
        assertThat(warning(result, "@include(part1.argdown, part2.argdown) is not followed"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(1, 1);
    }

    @Test
    void a_contrary_declared_outside_strict_mode_is_written_as_data_and_read_back() {
        // given
        ArgumentMap map = map(lines("[A]: a", "", "[B]: b"));
        map.addOpposition(new Opposition("a", "b", Opposition.Type.CONTRARY));
        // when
        String written = new ArgdownWriter().write(map);
        ArgumentMap again = map(written);
        // then
        assertThat(written).contains("contrary: [b]").doesNotContain("><");
        assertThat(again.oppositions()).containsExactly(new Opposition("a", "b", Opposition.Type.CONTRARY));
    }
}
