package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The analyze command in-process, on the real sample maps and on broken input. */
class AnalyzeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_sample_maps_show_a_rule_derived_conflict_between_russia_weakened_in_000_and_russia_the_winner_in_004() {
        int status = run("analyze", "arguments", "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        JsonNode doc = json();
        Map<String, JsonNode> claims = new HashMap<>();
        doc.get("claims").forEach(c -> claims.put(c.get("id").asString(), c));
        List<JsonNode> russia = new ArrayList<>();
        for (JsonNode conflict : doc.get("conflicts")) {
            JsonNode a = claims.get(conflict.get("a").asString()), b = claims.get(conflict.get("b").asString());
            List<String> papers = List.of(a.get("source").get("paper").asString(), b.get("source").get("paper").asString());
            boolean aboutRussia = a.get("proposition").get("subject").asString().equals("Russia");
            if (aboutRussia && papers.stream().anyMatch(p -> p.startsWith("000_")) && papers.stream().anyMatch(p -> p.startsWith("004_"))) {
                russia.add(conflict);
            }
        }
        assertThat(russia).isNotEmpty();
        assertThat(russia).allSatisfy(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("contrary");
            assertThat(c.get("rule").asString()).isEqualTo("Claims with contrary descriptors conflict");
            assertThat(c.get("explanation").asString()).contains("Russia", "000_fb6a5eb7a242001a.txt", "004_f5840cd7195cf325.txt");
        });
        assertThat(doc.get("claims")).allSatisfy(c -> assertThat(c.get("label").asString()).isIn("IN", "OUT", "UNDEC", "UNSUPPORTED"));
        assertThat(doc.get("errors")).isEmpty();
    }

    @Test
    void every_section_of_the_json_has_the_documented_fields() {
        run("analyze", "arguments", "--format", "json");
        JsonNode doc = json();

        assertThat(doc.get("claims").get(0).propertyNames()).contains("id", "text", "source", "label", "strength", "grounds", "reasons");
        assertThat(doc.get("claims")).allSatisfy(c -> {
            assertThat(c.get("label").asString()).isIn("IN", "OUT", "UNDEC", "UNSUPPORTED");
            assertThat(c.get("strength").asDouble()).isBetween(0.0, 1.0);
        });
        assertThat(doc.get("claims").get(0).get("source").propertyNames()).contains("paper", "locator", "quote");
        assertThat(doc.get("conflicts").get(0).propertyNames()).contains("a", "b", "kind", "rule", "explanation");
        assertThat(doc.get("attacks").get(0).propertyNames()).contains("from", "to", "kind", "derived", "rule");
        assertThat(doc.get("findings").size()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void a_malformed_file_is_reported_with_file_line_and_column_while_the_others_are_analysed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.argdown"), "[A]: Claim A.\n  - [B]: Claim B.\n");
        Files.writeString(dir.resolve("bad.argdown"), "[C]: Claim C.\n  {kind: hypothesis}\n");

        int status = run("analyze", dir.toString(), "--format", "json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("bad.argdown:2:");
        JsonNode doc = json();
        assertThat(doc.get("claims")).extracting(c -> c.get("id").asString()).containsExactlyInAnyOrder("a", "b");
        assertThat(doc.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asString()).endsWith("bad.argdown");
            assertThat(e.get("line").asInt()).isEqualTo(2);
        });
    }

    @Test
    void the_text_report_lists_labels_conflicts_and_findings() {
        int status = run("analyze", "arguments");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Claims", "Conflicts", "Findings", "contrary:");
    }

    @Test
    void usage_errors_exit_1_and_say_what_is_wrong() {
        assertThat(run("analyze")).isEqualTo(1);
        assertThat(run("analyze", "arguments", "--format", "xml")).isEqualTo(1);
        assertThat(err.toString()).contains("name at least one map file", "unknown format 'xml'");
    }

    @Test
    void a_missing_path_is_an_error_naming_it() {
        assertThat(run("analyze", "no-such-folder", "arguments")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-folder:1:1: no such file or folder");
    }
}
