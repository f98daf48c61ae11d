package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.FILE;
import static org.dialectica.io.argdown.ArgdownTesting.failure;
import static org.dialectica.io.argdown.ArgdownTesting.lines;

import org.dialectica.io.MapFileException;
import org.junit.jupiter.api.Test;

/**
 * Broken files fail as a whole with the line and column of the offending token and a message that
 * says what was expected; nothing of them is loaded.
 */
class ArgdownErrorTest {

    private static void assertLocated(MapFileException e, int line, int column, String... fragments) {
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: " + e.getMessage()).isEqualTo(column);
        assertThat(e.problem()).contains(fragments);
        assertThat(e.getMessage()).startsWith(FILE + ":" + line + ":" + column + ": ");
    }

    @Test
    void an_unterminated_data_element_fails_at_its_opening_brace() {
        // given
        String text = lines("[A]: a", "  + [B]: b {kind: thesis,", "  paper: x", "", "[C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 12, "unterminated data", "expected '}'");
    }

    @Test
    void unterminated_front_matter_fails_at_its_opening_fence() {
        // given
        String text = lines("===", "title: x", "", "[A]: a");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 1, "unterminated front matter", "expected a closing '==='");
    }

    @Test
    void yaml_that_does_not_parse_fails_where_the_yaml_parser_stopped() {
        // given
        String text = lines("[A]: a", "", "[B]: b {kind: thesis, actors: [x, y}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 36, "data is not valid YAML", "expected ',' or ']'");
    }

    @Test
    void yaml_in_block_format_is_located_in_the_file() {
        // given
        String text = lines("[A]: a {", "  kind: thesis", "  actors: - x", "}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 11, "data is not valid YAML");
    }

    @Test
    void yaml_in_the_front_matter_is_located_in_the_file() {
        // given
        String text = lines("===", "title: ok", "description: \"never closed", "===", "", "[A]: a");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 27, "data is not valid YAML", "end of stream while scanning a quoted scalar");
    }

    @Test
    void front_matter_that_is_no_mapping_fails() {
        // given
        String text = lines("===", "- a", "- b", "===");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 1, "expected 'key: value' pairs");
    }

    @Test
    void an_invalid_kind_fails_at_its_value() {
        // given
        String text = lines("[A]: a {kind: hypothesis}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 15, "invalid kind 'hypothesis'", "expected thesis, claim or evidence");
    }

    @Test
    void a_year_that_is_no_whole_number_fails_at_its_value() {
        // given
        String text = lines("[A]: a {subject: X, dimension: d, direction: rises, from: soon}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 59, "'from' must be a year", "expected a whole number, found 'soon'");
    }

    @Test
    void a_span_ending_before_it_starts_fails_at_to() {
        // given
        String text = lines("[A]: a {subject: X, dimension: d, direction: rises, from: 2022, to: 2020}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 69, "'to' year 2020 is before 'from' year 2022", "expected to ≥ from");
    }

    @Test
    void a_subject_without_dimension_and_direction_is_an_incomplete_descriptor() {
        // given
        String text = lines("[A]: a", "  {subject: Russia}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 4, "incomplete proposition descriptor of [A]",
                "expected subject, dimension and direction together (missing dimension, direction)");
    }

    @Test
    void years_without_subject_are_an_incomplete_descriptor_too() {
        // given
        String text = lines("[A]: a {from: 2020}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 9, "incomplete proposition descriptor", "missing subject, dimension, direction");
    }

    @Test
    void text_where_a_list_is_given_fails() {
        // given
        String text = lines("[A]: a {paper: [x, y]}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 16, "expected text for 'paper'");
    }

    @Test
    void a_relation_without_target_fails_at_its_symbol() {
        // given
        String text = lines("[A]: a", "  +", "  - [B]: b");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 3, "relation '+' has no target", "expected a [statement], an <argument> or text");
    }

    @Test
    void a_relation_after_an_empty_line_has_nothing_to_attach_to() {
        // given
        String text = lines("[A]: a", "", "  + [B]: b");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 3, "relation '+' has nothing to attach to", "expected a statement or argument on the line above");
    }

    @Test
    void a_relation_symbol_that_is_not_understood_fails() {
        // given
        String text = lines("[A]: a", "  <> [B]: b");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 3, "relation symbol '<>' is not understood", "expected one of + <+ +> - <- -> >< _> <_ _");
    }

    @Test
    void a_relation_a_reconstruction_cannot_carry_under_an_inference_fails() {
        // given
        String text = lines("(1) [P]: p", "----", "  + [S]: s", "(2) [C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 3, "cannot start at an inference line", "expected an undercut '<_ …'");
    }

    @Test
    void a_conclusion_line_with_no_premises_above_fails() {
        // given
        String text = lines("<A>", "", "----", "(1) [C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 1, "inference line without premises above it", "expected premises '(1) …'");
    }

    @Test
    void an_inference_line_without_conclusion_fails() {
        // given
        String text = lines("(1) [P]: p", "----", "", "[B]: b");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 1, "expected a conclusion '(n) …' after the inference line");
    }

    @Test
    void premises_without_inference_line_fail() {
        // given
        String text = lines("(1) [P]: p", "(2) [Q]: q");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 1, "expected an inference line ('----') and a conclusion");
    }

    @Test
    void an_inference_opened_with_two_dashes_must_be_closed() {
        // given
        String text = lines("(1) [P]: p", "--", "Modus ponens", "", "(2) [C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 1, "unterminated inference", "expected a closing '--' line");
    }

    @Test
    void a_structure_must_follow_an_empty_line() {
        // given
        String text = lines("[A]: a", "(1) [P]: p", "----", "(2) [C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 1, "expected an empty line before the premise–conclusion structure");
    }

    @Test
    void an_argument_as_premise_fails() {
        // given
        String text = lines("(1) <A>: a", "----", "(2) [C]: c");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 5, "expected a statement after (1), not an argument");
    }

    @Test
    void two_titles_with_the_same_id_fail_at_the_second_id() {
        // given
        String text = lines("[A]: a {id: same}", "", "[B]: b {id: same}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 13, "duplicate id 'same': [A] (line 1) has it already", "expected an id unique in the file");
    }

    @Test
    void text_after_a_reference_fails() {
        // given
        String text = lines("[A]", "more text");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 2, 1, "expected a relation or an empty line after the reference [A]");
    }

    @Test
    void a_title_without_colon_before_text_fails() {
        // given
        String text = lines("[A] text");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 5, "expected ':' after [A] to define it, or only #tags after a reference");
    }

    @Test
    void text_after_data_fails() {
        // given
        String onTheLine = lines("[A]: a {kind: thesis} more");
        String onTheNextLine = lines("[A]: a {kind: thesis}", "more text");
        // when
        MapFileException sameLine = failure(onTheLine);
        MapFileException nextLine = failure(onTheNextLine);
        // then
        assertLocated(sameLine, 1, 23, "expected the end of the line after the data block");
        assertLocated(nextLine, 2, 1, "expected a relation or an empty line after the data of [A]");
    }

    @Test
    void data_with_nothing_to_describe_fails() {
        // given
        String text = lines("[A]: a", "", "{kind: thesis}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 1, "data with nothing to describe");
    }

    @Test
    void an_unterminated_comment_fails_where_it_opens() {
        // given
        String text = lines("[A]: a /* never closed", "", "[B]: b");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 1, 8, "unterminated comment", "expected '*/'");
    }

    @Test
    void windows_line_endings_do_not_move_error_positions() {
        // given
        String text = lines("[A]: a", "  + [B]: b", "  +").replace("\n", "\r\n");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 3, 3, "has no target");
    }

    @Test
    void a_broken_file_loads_nothing_even_when_its_start_is_fine() {
        // given
        String text = lines("[A]: a", "  + [B]: b", "", "[C]: c {kind: maybe}");
        // when
        MapFileException e = failure(text);
        // then
        assertLocated(e, 4, 15, "invalid kind 'maybe'");
    }
}
