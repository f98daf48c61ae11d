package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;

import java.util.List;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer puts on paper, and that the reader takes it back unchanged. */
class ArgdownWriterTest {

    private static Claim plain(String id, String title, String text) {
        return new Claim(id, title, text, null, null, null, null, null, null, null, null);
    }

    private static ArgumentMap withClaims(String... ids) {
        ArgumentMap map = new ArgumentMap("m", "M");
        for (String id : ids) map.putClaim(plain(id, id.toUpperCase(), id));
        return map;
    }

    @Test
    void writes_front_matter_and_a_claim_with_all_its_fields() {
        // given
        ArgumentMap map = new ArgumentMap("m", "Map title");
        map.setDescription("About: things");
        map.putClaim(new Claim("p000-russia-weakened", "Russia weakened", "Russia's position weakened.", "Rusia melemah.", "id",
                ClaimKind.THESIS, List.of("Russia", "Armenia"), List.of("russia", "regional power"),
                new Source("000.txt", "Abstrak, p. 1", "Rusia \"melemah\""),
                new Proposition("Russia", "regional influence", "falls", new TimeSpan(2020, 2022)), "Paper 000"));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).isEqualTo(lines(
                "===",
                "title: Map title",
                "description: \"About: things\"",
                "===",
                "",
                "[Russia weakened]: Russia's position weakened. #russia #(regional power)",
                "  {id: p000-russia-weakened, kind: thesis, actors: [Russia, Armenia], paper: 000.txt, "
                        + "locator: \"Abstrak, p. 1\", quote: \"Rusia \\\"melemah\\\"\", original: Rusia melemah., lang: id, "
                        + "subject: Russia, dimension: regional influence, direction: falls, from: 2020, to: 2022, side: Paper 000}"));
        assertThat(map(text).claims()).containsExactlyElementsOf(map.claims());
    }

    @Test
    void writes_drawn_relations_as_lines_under_their_target() {
        // given
        ArgumentMap map = withClaims("a", "b", "c", "d");
        map.addSupport(new Support("b", "a"));
        map.addAttack(Attack.onClaim("c", "a"));
        map.addOpposition(new Opposition("a", "d", Opposition.Type.CONTRADICTORY));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains(lines("[A]: a", "  {id: a, kind: claim}", "  + [B]", "  - [C]", "  >< [D]"));
    }

    @Test
    void writes_arguments_as_premise_conclusion_structures_with_their_undercuts() {
        // given
        ArgumentMap map = withClaims("p1", "p2", "c1", "p3", "c2", "u1", "u2");
        map.addArgument(new Argument("two-step-1", "Two (step 1)", null, List.of("p1", "p2"), "c1"));
        map.addArgument(new Argument("two", "Two", "Two steps.", List.of("c1", "p3"), "c2"));
        for (String premise : List.of("p1", "p2")) {
            map.addAttack(Attack.onSupport("u1", map.support(Support.id(premise, "c1")).orElseThrow()));
        }
        for (String premise : List.of("c1", "p3")) {
            map.addAttack(Attack.onSupport("u2", map.support(Support.id(premise, "c2")).orElseThrow()));
        }
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains(lines("[U2]: u2", "  {id: u2, kind: claim}", "  _> <Two>"));
        assertThat(text).endsWith(lines("<Two>: Two steps. {id: two}", "", "(1) [P1]", "(2) [P2]", "----", "    <_ [U1]",
                "(3) [C1]", "(4) [P3]", "----", "(5) [C2]"));
        ArgumentMap again = map(text);
        assertThat(again.arguments()).containsExactlyInAnyOrderElementsOf(map.arguments());
        assertThat(again.attacks()).containsExactlyInAnyOrderElementsOf(map.attacks());
    }

    @Test
    void writes_an_undercut_drawn_support_as_an_argument_marked_drawn() {
        // given
        ArgumentMap map = withClaims("a", "b", "u");
        Support support = map.addSupport(new Support("b", "a"));
        map.addAttack(Attack.onSupport("u", support));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).doesNotContain("+ [B]");
        assertThat(text).contains(lines("[U]: u", "  {id: u, kind: claim}", "  _> <Drawn support from b to a>"));
        assertThat(text).endsWith(lines("<Drawn support from b to a> {drawn: true}", "", "(1) [B]", "----", "(2) [A]"));
        ArgumentMap again = map(text);
        assertThat(again.arguments()).isEmpty();
        assertThat(again.supports()).containsExactly(support);
        assertThat(again.attacks()).containsExactly(Attack.onSupport("u", support));
    }

    @Test
    void escapes_text_the_reader_would_take_for_syntax() {
        // given
        String tricky = "x [y] <z> {w} #t // c /* d */ \\ e @[Mention] [link](https://example.org/a#b)";
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(plain("a", "A", tricky));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("[A]: x \\[y\\] \\<z\\> \\{w\\} \\#t \\// c \\/* d */ \\\\ e @[Mention] [link](https://example.org/a#b)");
        assertThat(claim(map(text), "a")).extracting(Claim::text, Claim::tags).containsExactly(tricky, List.of());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"no", "true", "null", "~", "a: b", "x, y", "[list]", "{map}", "#hash", "line\nbreak", "tab\there",
            "quote\"s", "it's", "back\\slash", "ünïcödé", "2020", "-5", "!tag", "&anchor", "*alias", "@at", "`tick`", "% sign"})
    void quotes_data_values_yaml_would_misread(String value) {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(new Claim("a", "A", "a", value, "id", null, List.of(value), null, new Source(value, value, value), null, value));
        // when
        Claim again = claim(map(new ArgdownWriter().write(map)), "a");
        // then
        assertThat(again).isEqualTo(map.claim("a").orElseThrow());
    }

    @Test
    void a_claim_without_title_is_written_under_its_id() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(Claim.of("p001-x", "Some text"));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("[p001-x]: Some text");
        assertThat(claim(map(text), "p001-x").title()).isEqualTo("p001-x");
    }

    @Test
    void two_claims_with_one_title_are_written_under_distinct_titles() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(plain("a", "Same", "first"));
        map.putClaim(plain("b", "Same", "second"));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("[Same]: first", "[Same (b)]: second");
        assertThat(map(text).claims()).extracting(Claim::id, Claim::text)
                .containsExactly(tuple("a", "first"), tuple("b", "second"));
    }

    @Test
    void a_claim_read_from_a_sketched_argument_is_written_as_one_again() {
        // given
        ArgumentMap map = map(lines("[God]: God exists.", "  + <Teleological proof>: The world is designed. #deism"));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("<Teleological proof>: The world is designed. #deism", "  + <Teleological proof>");
        assertThat(map(text).claims()).containsExactlyInAnyOrderElementsOf(map.claims());
    }

    @Test
    void escapes_in_a_title_what_would_end_it_or_open_a_link_and_keeps_a_link_in_the_text() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(plain("a", "Use <b> tags [see](http://example.org)", "Use <b> tags [see](http://example.org)"));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("[Use \\<b\\> tags \\[see\\]\\(http:\\//example.org)]: Use \\<b\\> tags [see](http://example.org)");
        assertThat(map(text).claims()).containsExactlyElementsOf(map.claims());
    }

    @Test
    void escapes_only_the_whitespace_the_reader_would_join() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(plain("a", "Two  spaces", "One space, two  spaces, a\ttab and \t a tab between spaces."));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("[Two \\ spaces]: One space, two \\ spaces, a\\\ttab and \\\t\\ a tab between spaces.");
        assertThat(map(text).claims()).containsExactlyElementsOf(map.claims());
    }

    @Test
    void a_text_with_line_breaks_is_written_on_one_line_and_whole_in_the_data() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(plain("a", "A", "First paragraph.\n\nSecond  paragraph."));
        map.putClaim(plain("b", "B", ""));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains(lines("[A]: First paragraph. Second paragraph.",
                "  {id: a, kind: claim, text: \"First paragraph.\\n\\nSecond  paragraph.\"}"));
        assertThat(text).contains(lines("[B]: ", "  {id: b, kind: claim, text: \"\"}"));
        assertThat(map(text).claims()).containsExactlyElementsOf(map.claims());
    }

    @Test
    void an_argument_title_that_would_read_as_a_relation_symbol_is_escaped() {
        // given: "<-x>" at the start of a line would be an attack
        ArgumentMap map = map(lines("[God]: God exists.", "  + <\\-x>: The world is designed."));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("<\\-x>: The world is designed.");
        assertThat(map(text).claims()).containsExactlyInAnyOrderElementsOf(map.claims());
    }

    @Test
    void escapes_the_line_and_paragraph_separators_yaml_would_fold() {
        // given
        ArgumentMap map = new ArgumentMap("m", "M");
        map.putClaim(new Claim("a", "A", "a", "one \u2028 two \u2029 three", "id", null, null, null, null, null, null));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).contains("original: \"one \\u2028 two \\u2029 three\"");
        assertThat(map(text).claims()).containsExactlyElementsOf(map.claims());
    }

    @Test
    void escapes_what_argdowns_own_lexer_would_end_data_or_front_matter_at() {
        // given: Argdown's lexer ends the front matter at an '=' and a data element at '}' and a space
        ArgumentMap map = new ArgumentMap("m", "E = mc²");
        map.putClaim(new Claim("a", "A", "a", null, null, null, null, null, new Source(null, null, "{a} b {c},d"), null, null));
        // when
        String text = new ArgdownWriter().write(map);
        // then
        assertThat(text).startsWith(lines("===", "title: \"E \\x3D mc²\"", "==="));
        assertThat(text).contains("quote: \"{a\\x7D b {c},d\"");
        ArgumentMap again = map(text);
        assertThat(again.title()).isEqualTo("E = mc²");
        assertThat(again.claims()).containsExactlyElementsOf(map.claims());
    }
}
