package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
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
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sketched arguments, premise–conclusion structures, inference steps and undercuts. */
class ArgdownArgumentTest {
    private static final String RECONSTRUCTED = lines(
            "<Drones decided the war>: Turkish drones turned the war.",
            "",
            "(1) [TB2 used]: Azerbaijan used TB2 drones.",
            "(2) [Drones decisive]: The drones destroyed armour.",
            "----",
            "(3) [Turkey's rise]: Turkey's standing rose.",
            "");

    @Test
    void a_sketched_argument_becomes_a_claim_tagged_argument() {
        // given
        String text = lines("[God]: There is a god.", "  + <Teleological Proof>: Since the world is designed,",
                "    there has to be a creator. #deism");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "teleological-proof")).extracting(Claim::title, Claim::text, Claim::tags)
                .containsExactly("Teleological Proof", "Since the world is designed, there has to be a creator.",
                        List.of("argument", "deism"));
        assertThat(map.supports()).containsExactly(drawn("teleological-proof", "god"));
        assertThat(map.arguments()).isEmpty();
    }

    @Test
    void a_sketched_argument_without_description_takes_its_title_as_text() {
        // given
        String text = lines("[God]: God exists.", "    + <Ontological Proof>");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "ontological-proof").text()).isEqualTo("Ontological Proof");
        assertThat(warning(result, "<Ontological Proof> has no description"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(2, 7);
    }

    @Test
    void a_premise_conclusion_structure_gives_an_argument_with_a_support_per_premise() {
        // when
        ArgumentMap map = map(RECONSTRUCTED);
        // then
        assertThat(map.arguments()).containsExactly(new Argument("drones-decided-the-war", "Drones decided the war",
                "Turkish drones turned the war.", List.of("tb2-used", "drones-decisive"), "turkey-s-rise"));
        assertThat(map.supports()).containsExactlyInAnyOrder(
                new Support("tb2-used", "turkey-s-rise", "drones-decided-the-war"),
                new Support("drones-decisive", "turkey-s-rise", "drones-decided-the-war"));
        assertThat(map.claimIds()).containsExactly("tb2-used", "drones-decisive", "turkey-s-rise");
    }

    @Test
    void a_structure_without_an_argument_just_before_it_is_untitled() {
        // given
        String text = lines("[S]: s", "", "(1) p", "(2) q", "----", "(3) r");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.arguments()).containsExactly(
                new Argument("untitled-1", "Untitled 1", null, List.of("untitled-2", "untitled-3"), "untitled-4"));
        assertThat(claim(map, "untitled-4").text()).isEqualTo("r");
    }

    @Test
    void several_inference_steps_give_one_argument_each() {
        // given
        String text = lines(
                "<Teleological proof>: God designed the world.",
                "",
                "(1) [Design]: The world seems designed.",
                "(2) [Best explanation]: Design is best explained by a designer.",
                "-----",
                "(3) [Designer]: A designer exists.",
                "(4) [Only God]: Only God could design the world.",
                "-----",
                "(5) [God]: God exists.");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.arguments()).containsExactly(
                new Argument("teleological-proof-step-1", "Teleological proof (step 1)", null,
                        List.of("design", "best-explanation"), "designer"),
                new Argument("teleological-proof", "Teleological proof", "God designed the world.",
                        List.of("designer", "only-god"), "god"));
    }

    @Test
    void a_step_may_rest_on_the_previous_conclusion_alone() {
        // given
        String text = lines("<A>", "", "(1) [D]: d", "(2) [E]: e", "----", "(3) [F]: f", "----", "(4) [G]: g",
                "(5) [H]: h", "----", "(6) [I]: i");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.arguments()).extracting(Argument::id, Argument::premises, Argument::conclusion).containsExactly(
                tuple("a-step-1", List.of("d", "e"), "f"),
                tuple("a-step-2", List.of("f"), "g"),
                tuple("a", List.of("g", "h"), "i"));
    }

    @Test
    void relations_under_a_premise_attach_to_the_premise_statement() {
        // given
        String text = lines("<A>", "", "(1) [P]: p", "  - [Q]: q", "  + <R>: r", "(2) [P2]: p2", "----", "(3) [C]: c",
                "  +> [D]: d");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.attacks()).containsExactly(Attack.onClaim("q", "p"));
        assertThat(map.supports()).contains(drawn("r", "p"), drawn("c", "d"));
        assertThat(map.argument("a").orElseThrow().premises()).containsExactly("p", "p2");
    }

    @Test
    void a_statement_defined_inside_a_structure_carries_its_data() {
        // given
        String text = lines("(1) [P]: p {kind: evidence, paper: x.txt}", "----", "(2) [C]: c", "  {kind: thesis}");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "p")).extracting(Claim::kind, Claim::source)
                .containsExactly(ClaimKind.EVIDENCE, new Source("x.txt", null, null));
        assertThat(claim(map, "c").kind()).isEqualTo(ClaimKind.THESIS);
    }

    @Test
    void relations_from_a_reconstructed_argument_start_at_its_conclusion() {
        // given
        String text = RECONSTRUCTED + lines("<Drones decided the war>", "  +> [T]: t", "  -> [U]: u");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).contains(drawn("turkey-s-rise", "t"));
        assertThat(map.attacks()).containsExactly(Attack.onClaim("turkey-s-rise", "u"));
    }

    @Test
    void a_support_for_a_reconstructed_argument_supports_its_conclusion() {
        // given
        String text = RECONSTRUCTED + lines("[S]: s", "  +> <Drones decided the war>");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).contains(drawn("s", "turkey-s-rise"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undercutsOfTheArgument")
    void an_attack_on_a_reconstructed_argument_undercuts_its_last_inference(String relation) {
        // given
        String text = RECONSTRUCTED + relation;
        // when
        ArgumentMap map = map(text);
        // then
        Support first = map.support(Support.id("tb2-used", "turkey-s-rise")).orElseThrow();
        Support second = map.support(Support.id("drones-decisive", "turkey-s-rise")).orElseThrow();
        assertThat(map.attacks()).containsExactlyInAnyOrder(Attack.onSupport("x", first), Attack.onSupport("x", second));
    }

    static Stream<String> undercutsOfTheArgument() {
        return Stream.of(
                lines("[X]: x", "  -> <Drones decided the war>"),
                lines("[X]: x", "  _> <Drones decided the war>"),
                lines("<Drones decided the war>", "  - [X]: x"),
                lines("<Drones decided the war>", "  <- [X]: x"),
                lines("<Drones decided the war>", "  <_ [X]: x"),
                lines("<Drones decided the war>", "  _ [X]: x"));
    }

    @Test
    void an_undercut_under_an_inference_line_aims_at_that_step() {
        // given
        String text = lines("<A>", "", "(1) [P1]: p1", "(2) [P2]: p2", "-----", "    <_ [U]: u", "(3) [C1]: c1",
                "(4) [P3]: p3", "-----", "(5) [C2]: c2");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.attacks()).containsExactlyInAnyOrder(
                new Attack("u", Support.id("p1", "c1"), true), new Attack("u", Support.id("p2", "c1"), true));
    }

    @Test
    void an_undercut_under_a_conclusion_aims_at_the_inference_before_it() {
        // given
        String text = lines("(1) [P]: p", "----", "(2) [C]: c", "    <_ [U]: u");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.attacks()).containsExactly(new Attack("u", Support.id("p", "c"), true));
    }

    @Test
    void an_undercut_of_a_sketched_argument_attacks_its_claim_and_says_so() {
        // given
        String text = lines("<S>: a sketch", "  <_ [U]: u");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().attacks()).containsExactly(Attack.onClaim("u", "s"));
        assertThat(warning(result, "undercut of sketched argument <S> is read as an attack on it"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(2, 3);
    }

    @Test
    void an_undercut_of_a_statement_is_read_as_an_attack_and_reported() {
        // given
        String text = lines("[A]: a", "  <_ [U]: u");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().attacks()).containsExactly(Attack.onClaim("u", "a"));
        assertThat(warning(result, "undercut of statement [A] is read as an attack on it"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(2, 3);
    }

    @Test
    void an_inference_annotation_with_rules_and_data_is_reported() {
        // given
        String text = lines("(1) [P]: p", "--", "Modus ponens {uses: [1]}", "--", "(2) [C]: c");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().arguments()).singleElement().extracting(Argument::premises).isEqualTo(List.of("p"));
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message).containsExactly(
                tuple(3, 1, "inference annotation 'Modus ponens' is not used"),
                tuple(3, 14, "data on an inference is not used"));
    }

    @Test
    void an_inference_annotation_may_stand_on_the_inference_line() {
        // given
        String text = lines("(1) [P]: p", "-- Modus ponens --", "(2) [C]: c");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().arguments()).hasSize(1);
        assertThat(warning(result, "'Modus ponens'")).extracting(MapWarning::line, MapWarning::column)
                .containsExactly(2, 4);
    }

    @Test
    void a_long_dash_line_followed_by_text_and_another_dash_line_is_an_annotated_inference() {
        // given
        String text = lines("(1) [P]: p", "-----", "...and inferences have nicer lines as well", "-----", "(2) [C]: c");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().arguments()).singleElement().extracting(Argument::premises, Argument::conclusion)
                .containsExactly(List.of("p"), "c");
        assertThat(warning(result, "'...and inferences have nicer lines as well' is not used"))
                .extracting(MapWarning::line, MapWarning::column).containsExactly(3, 1);
    }

    @Test
    void an_argument_marked_drawn_is_read_as_a_plain_drawn_support() {
        // given
        String text = lines("[A]: a", "", "[U]: u", "  _> <B supports A>", "", "<B supports A> {drawn: true}", "",
                "(1) [B]: b", "----", "(2) [A]");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.arguments()).isEmpty();
        assertThat(map.supports()).containsExactly(drawn("b", "a"));
        assertThat(map.attacks()).containsExactly(Attack.onSupport("u", drawn("b", "a")));
    }

    @Test
    void drawn_true_on_a_structure_with_two_premises_is_reported_and_ignored() {
        // given
        String text = lines("<A> {drawn: true}", "", "(1) [P]: p", "(2) [Q]: q", "----", "(3) [C]: c");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().arguments()).hasSize(1);
        assertThat(warning(result, "'drawn: true' on <A> is ignored")).extracting(MapWarning::line, MapWarning::column)
                .containsExactly(1, 6);
    }

    @Test
    void an_argument_id_may_be_given_in_its_data() {
        // given
        String text = lines("<A>: a {id: my-argument}", "", "(1) p", "----", "(2) q");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.arguments()).extracting(Argument::id).containsExactly("my-argument");
    }

    @Test
    void what_an_argument_carries_beyond_the_model_is_reported() {
        // given
        String text = lines("<A>: first description #pro {source: somewhere}", "", "(1) p", "----", "(2) q", "",
                "<A>: second description", "", "(1) x", "----", "(2) y");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().argument("a").orElseThrow().description()).isEqualTo("first description");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::message).containsExactly(
                tuple(1, "tags [pro] on argument <A> are not kept (only claims carry tags)"),
                tuple(1, "data key 'source' of <A> is not used by Dialectica"),
                tuple(7, "<A> is described again with a different text; the first (line 1) is kept"),
                tuple(9, "a second premise–conclusion structure for <A> is ignored; the first (line 3) is kept"));
    }
}
