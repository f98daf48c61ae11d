package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
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
import org.junit.jupiter.api.Test;

/** Statements, titles, text, tags, comments, lists and headings. */
class ArgdownStatementTest {
    @Test
    void a_titled_statement_becomes_a_claim_with_its_title_and_text() {
        // given
        String text = lines("[Russia weakened]: Russia's position weakened after the 2020 war.");
        // when
        ArgumentMap map = map(text);
        // then
        Claim claim = claim(map, "russia-weakened");
        assertThat(claim.title()).isEqualTo("Russia weakened");
        assertThat(claim.text()).isEqualTo("Russia's position weakened after the 2020 war.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.CLAIM);
        assertThat(map.claims()).hasSize(1);
    }

    @Test
    void a_statement_runs_over_several_lines_until_an_empty_line() {
        // given
        String text = lines("[A]: first line", "second line", "   third line", "", "[B]: other");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").text()).isEqualTo("first line second line third line");
        assertThat(claim(map, "b").text()).isEqualTo("other");
    }

    @Test
    void an_untitled_paragraph_is_a_statement_named_untitled_n() {
        // given
        String text = lines("Just a sentence.", "", "Another one", "on two lines.");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "untitled-1")).extracting(Claim::title, Claim::text)
                .containsExactly("Untitled 1", "Just a sentence.");
        assertThat(claim(map, "untitled-2").text()).isEqualTo("Another one on two lines.");
    }

    @Test
    void untitled_statements_skip_titles_the_file_uses_itself() {
        // given
        String text = lines("[Untitled 1]: taken by the author", "", "free text");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "untitled-1").text()).isEqualTo("taken by the author");
        assertThat(claim(map, "untitled-2").text()).isEqualTo("free text");
    }

    @Test
    void the_same_title_is_the_same_claim_and_its_first_text_wins() {
        // given
        String text = lines("[A]: first text", "", "[A]: first text", "", "[A]: another text");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().claims()).singleElement().extracting(Claim::text).isEqualTo("first text");
        MapWarning warning = warning(result, "defined again with a different text");
        assertThat(warning).extracting(MapWarning::line, MapWarning::column).containsExactly(5, 1);
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void a_title_only_referenced_becomes_a_claim_whose_text_is_its_title() {
        // given
        String text = lines("[A]: a", "  + [B]");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "b")).extracting(Claim::title, Claim::text).containsExactly("B", "B");
        assertThat(warning(result, "[B] is never defined with a text"))
                .extracting(MapWarning::file, MapWarning::line, MapWarning::column).containsExactly(FILE, 2, 5);
    }

    @Test
    void a_reference_may_come_before_the_definition() {
        // given
        String text = lines("[A]: a", "  + [B]", "", "[B]: defined later");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "b").text()).isEqualTo("defined later");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void mentions_stay_in_the_text_and_create_no_claim() {
        // given
        String text = lines("[A]: a", "", "See @[A] and @<Some argument>.");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.claimIds()).containsExactly("a", "untitled-1");
        assertThat(claim(map, "untitled-1").text()).isEqualTo("See @[A] and @<Some argument>.");
    }

    @Test
    void tags_are_collected_and_lifted_from_the_edges_of_the_text() {
        // given
        String text = lines("[A]: Text with an #inline tag. #end-tag", "#(multi word tag)", "", "#lead Some text");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").text()).isEqualTo("Text with an #inline tag.");
        assertThat(claim(map, "a").tags()).containsExactly("inline", "end-tag", "multi word tag");
        assertThat(claim(map, "untitled-1")).extracting(Claim::text, Claim::tags)
                .containsExactly("Some text", List.of("lead"));
    }

    @Test
    void tags_after_a_reference_are_added_to_the_claim() {
        // given
        String text = lines("[A]: a #first", "", "[A] #second #first");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").tags()).containsExactly("first", "second");
    }

    @Test
    void bold_italic_and_links_are_kept_as_text() {
        // given
        String text = lines("[A]: Some **bold**, _italic_ and a [link](https://example.org/a//b) stay.");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").text()).isEqualTo("Some **bold**, _italic_ and a [link](https://example.org/a//b) stay.");
    }

    @Test
    void escaped_characters_are_plain_text() {
        // given
        String text = lines("[A]: 1 \\< 3, \\[no title\\], \\#no-tag, \\{no data\\} and a\\/\\/b");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a")).extracting(Claim::text, Claim::tags)
                .containsExactly("1 < 3, [no title], #no-tag, {no data} and a//b", List.of());
    }

    @Test
    void comments_of_all_three_kinds_are_ignored() {
        // given
        String text = lines("[A]: kept // a line comment", "  + [B]: b /* a block", "comment */ text <!-- html --> end");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").text()).isEqualTo("kept");
        assertThat(claim(map, "b").text()).isEqualTo("b text end");
        assertThat(map.supports()).containsExactly(drawn("b", "a"));
    }

    @Test
    void a_url_in_running_text_is_no_comment() {
        // given
        String text = lines("[A]: See https://example.org for more.");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(claim(map, "a").text()).isEqualTo("See https://example.org for more.");
    }

    @Test
    void a_line_holding_only_a_comment_does_not_end_a_block() {
        // given
        String text = lines("[A]: a", "// just a comment", "<!--", "  a longer one", "-->", "  + [B]: b");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.supports()).containsExactly(drawn("b", "a"));
    }

    @Test
    void list_items_are_statements_of_their_own() {
        // given
        String text = lines("* [A]: first item", "* second item", "  1. [C]: nested numbered item", "  2. [D]: with a relation",
                "    + [E]: e");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.claimIds()).containsExactly("a", "untitled-1", "c", "d", "e");
        assertThat(claim(map, "untitled-1").text()).isEqualTo("second item");
        assertThat(map.supports()).containsExactly(drawn("e", "d"));
    }

    @Test
    void headings_are_read_but_reported_as_unused() {
        // given
        String text = lines("# Section one", "", "[A]: a", "", "## Sub section {isGroup: true}");
        // when
        ReadResult result = read(text);
        // then
        assertThat(result.map().claimIds()).containsExactly("a");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message).containsExactly(
                tuple(1, 1, "heading 'Section one' is not used (Dialectica maps have no sections)"),
                tuple(5, 1, "heading 'Sub section' is not used (Dialectica maps have no sections)"),
                tuple(5, 16, "data on a heading is not used"));
    }

    @Test
    void a_hash_without_a_space_opens_no_heading() {
        // given
        String text = lines("#tagged statement");
        // when
        ReadResult result = read(text);
        // then
        assertThat(claim(result.map(), "untitled-1")).extracting(Claim::text, Claim::tags)
                .containsExactly("statement", List.of("tagged"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void an_escaped_space_or_tab_is_kept_where_whitespace_written_as_it_is_is_joined() {
        // given: "a \\ b" is "a", a space and an escaped space; "x\\<tab>y" an escaped tab
        String text = lines("[a \\ b]: x\\\ty  and   z");
        // when
        Claim claim = claim(map(text), "a-b");
        // then
        assertThat(claim.title()).isEqualTo("a  b");
        assertThat(claim.text()).isEqualTo("x\ty and z");
    }

    @Test
    void a_private_use_character_stays_itself_escaped_or_not() {
        // given: the reader holds escaped ASCII characters as private-use characters of its own
        String text = lines("[A]: \uE05B x \\\uE05D \\[");
        // when
        Claim claim = claim(map(text), "a");
        // then
        assertThat(claim.text()).isEqualTo("\uE05B x \uE05D [");
    }

    @Test
    void claims_come_in_the_order_of_their_definitions_also_one_defined_with_an_empty_text() {
        // given: [B] is referred to before it is defined, with an empty text
        String text = lines("[A]: a", "  - [B]", "", "[C]: c", "", "[B]:", "  {text: \"\"}");
        // when
        ArgumentMap map = map(text);
        // then
        assertThat(map.claimIds()).containsExactly("a", "c", "b");
    }
}
