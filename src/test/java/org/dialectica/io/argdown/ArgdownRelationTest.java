package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.drawn;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.dialectica.io.argdown.ArgdownTesting.read;
import static org.dialectica.io.argdown.ArgdownTesting.warning;

import java.util.List;
import java.util.stream.Stream;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Relation lines under statements: every symbol, nesting by indentation. */
class ArgdownRelationTest {
    static Stream<Arguments> symbols() {
        return Stream.of(
                Arguments.of("+", "support b a"),
                Arguments.of("<+", "support b a"),
                Arguments.of("+>", "support a b"),
                Arguments.of("-", "attack b a"),
                Arguments.of("<-", "attack b a"),
                Arguments.of("->", "attack a b"),
                Arguments.of("><", "opposition a b"),
                Arguments.of("_>", "attack a b"),
                Arguments.of("<_", "attack b a"),
                Arguments.of("_", "attack b a"));
    }

    @ParameterizedTest(name = "''{0}'' under [A] means {1}")
    @MethodSource("symbols")
    void each_relation_symbol_has_its_direction(String symbol, String expected) {
        // given
        String text = lines("[A]: a", "  " + symbol + " [B]: b");
        // when
        ArgumentMap map = map(text);
        // then
        String[] e = expected.split(" ");
        switch (e[0]) {
            case "support" -> assertThat(map.supports()).containsExactly(drawn(e[1], e[2]));
            case "attack" -> assertThat(map.attacks()).containsExactly(Attack.onClaim(e[1], e[2]));
            default -> assertThat(map.oppositions())
                    .containsExactly(new Opposition(e[1], e[2], Opposition.Type.CONTRADICTORY));
        }
        assertThat(map.supports().size() + map.attacks().size() + map.oppositions().size()).isOne();
    }

    @Test
    void relations_nest_by_indentation_to_any_depth() {
        // given
        String text = lines(
                "[A]: a",
                "  + [B]: b",
                "  - [C]: c",
                "      <+ [D]: d",
                "        <- [E]: e",
                "          +> [F]: f",
                "            - [G]: g",
                "    -> [H]: h",
                "  + [I]: i");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).containsExactlyInAnyOrder(drawn("b", "a"), drawn("d", "c"), drawn("e", "f"), drawn("i", "a"));
        assertThat(map.attacks()).containsExactlyInAnyOrder(Attack.onClaim("c", "a"), Attack.onClaim("e", "d"),
                Attack.onClaim("g", "f"), Attack.onClaim("a", "h"));
    }

    @Test
    void a_line_dedented_to_a_depth_no_line_above_has_joins_the_enclosing_level_as_argdown_nests_it() {
        // given: levels at 2 and 6; [C] at 4 closes the level at 6 only, so it hangs beside [B] under [A],
        // and [D], again at 4, is deeper than the open level (2): it opens a level under [C]
        String text = lines(
                "[A]: a",
                "  + [B]: b",
                "      - [X]: x",
                "    - [C]: c",
                "    + [D]: d");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.attacks()).containsExactlyInAnyOrder(Attack.onClaim("x", "b"), Attack.onClaim("c", "a"));
        assertThat(map.supports()).containsExactlyInAnyOrder(drawn("b", "a"), drawn("d", "c"));
    }

    @Test
    void a_relation_target_may_be_defined_in_place_over_several_lines() {
        // given
        String text = lines("[A]: a", "  + [B]: first", "  second line", "    - <C>: an objection");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "b").text()).isEqualTo("first second line");
        assertThat(claim(map, "c")).extracting(Claim::text, Claim::tags)
                .containsExactly("an objection", List.of(MapBuilder.ARGUMENT_TAG));
        assertThat(map.attacks()).containsExactly(Attack.onClaim("c", "b"));
    }

    @Test
    void untitled_statements_take_part_in_relations() {
        // given
        String text = lines("Claim text", "  + support text", "  - attack text");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).containsExactly(drawn("untitled-2", "untitled-1"));
        assertThat(map.attacks()).containsExactly(Attack.onClaim("untitled-3", "untitled-1"));
    }

    @Test
    void relations_at_the_indentation_of_their_statement_still_belong_to_it() {
        // given
        String text = lines("[A]: a", "+ [B]: b", "- [C]: c");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).containsExactly(drawn("b", "a"));
        assertThat(map.attacks()).containsExactly(Attack.onClaim("c", "a"));
    }

    @Test
    void a_claim_supporting_itself_is_reported_and_left_out() {
        // given
        String text = lines("[A]: a", "  + [A]");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().supports()).isEmpty();
        assertThat(warning(result, "a support of a claim for itself is ignored"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(2, 3);
    }

    @Test
    void a_claim_attacking_itself_is_a_self_attack_as_in_a_framework() {
        // given
        String loose = lines("[A]: a", "  - [A]");
        String strict = lines("===", "model:", "  mode: strict", "===", "", "[A]: a", "  - [A]");
        // when
        ReadResult looseResult = read(loose), strictResult = read(strict);
        // then: kept as an attack (never IN), not dropped; strict mode cannot make it a contrary of itself
        assertThat(looseResult.map().attacks()).containsExactly(Attack.onClaim("a", "a"));
        assertThat(looseResult.warnings()).isEmpty();
        assertThat(strictResult.map().attacks()).containsExactly(Attack.onClaim("a", "a"));
        assertThat(strictResult.map().oppositions()).isEmpty();
        assertThat(strictResult.warnings()).isEmpty();
    }

    @Test
    void a_contradiction_written_both_ways_is_one_opposition() {
        // given
        String text = lines("[A]: a", "  >< [B]: b", "", "[B]", "  >< [A]");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.oppositions()).containsExactly(new Opposition("a", "b", Opposition.Type.CONTRADICTORY));
    }
}
