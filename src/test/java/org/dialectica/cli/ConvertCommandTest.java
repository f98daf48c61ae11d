package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The convert command in-process, on the combined seed map and on broken input; analyze reading what it wrote. */
class ConvertCommandTest extends CommandLineTest {
    private static final Path COMBINED = Path.of("arguments", "who-gained-from-the-2020-war.argdown");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Each claim's id, label and strength, and the supports, conflicts and attacks, of analyze's JSON report. */
    private JsonNode analysed(Path file) {
        assertThat(run("analyze", file.toString(), "--format", "json")).as(err()).isZero();
        JsonNode report = JSON.readTree(out());
        var kept = JSON.createObjectNode();
        var claims = kept.putArray("claims");
        report.get("claims").forEach(c -> claims.addObject().put("id", c.get("id").asString())
                .put("label", c.get("label").asString()).put("title", c.path("title").asString())
                .set("strength", c.get("strength")));
        for (String section : new String[] {"supports", "conflicts", "attacks", "findings"}) kept.set(section, report.get(section));
        return kept;
    }

    @Test
    void the_combined_seed_map_converted_to_aif_and_back_to_argdown_analyses_the_same() throws Exception {
        // given
        Path aif = dir.resolve("who-gained-from-the-2020-war.json");
        Path argdown = dir.resolve("back").resolve("who-gained-from-the-2020-war.argdown");
        Files.createDirectories(argdown.getParent());
        // when
        assertThat(run("convert", COMBINED.toString(), "--to", "aif", "--out", aif.toString())).as(err()).isZero();
        assertThat(run("convert", aif.toString(), "--to", "argdown", "--out", argdown.toString())).as(err()).isZero();
        // then: analyze reads the AIF file itself, and the Argdown made from it, as it reads the seed map
        JsonNode seed = analysed(COMBINED);
        assertThat(seed.get("claims")).hasSize(51);
        JsonNode fromAif = analysed(aif), fromArgdown = analysed(argdown);
        for (String section : new String[] {"claims", "supports", "conflicts", "attacks", "findings"}) {
            assertThat(fromAif.get(section)).as("%s of the AIF file", section).containsExactlyInAnyOrderElementsOf(seed.get(section));
            assertThat(fromArgdown.get(section)).as("%s of the Argdown made from it", section).containsExactlyInAnyOrderElementsOf(seed.get(section));
        }
        assertThat(JSON.readTree(Files.readString(aif)).get("nodes")).anySatisfy(n -> assertThat(n.get("type").asString()).isEqualTo("RA"));
    }

    @Test
    void argdown_json_goes_to_standard_output() {
        // when
        int status = run("convert", COMBINED.toString(), "--to", "argdown-json");
        // then
        assertThat(status).as(err()).isZero();
        JsonNode json = JSON.readTree(out());
        assertThat(json.get("statements").size()).isEqualTo(51);
        assertThat(json.get("relations")).isNotEmpty();
    }

    @Test
    void a_markdown_report_lists_every_thesis_in_the_language_asked() throws Exception {
        // given: the theses of the combined seed map, as its file has them
        var theses = org.dialectica.io.MapFileReader.read(COMBINED).map().claims().stream()
                .filter(c -> c.kind() == org.dialectica.map.ClaimKind.THESIS).map(c -> c.displayTitle()).toList();
        assertThat(theses).hasSizeGreaterThan(5);
        // when
        assertThat(run("convert", COMBINED.toString(), "--to", "markdown")).as(err()).isZero();
        String english = out();
        assertThat(run("convert", COMBINED.toString(), "--to", "markdown", "--lang", "id")).as(err()).isZero();
        String indonesian = out();
        // then
        assertThat(english).contains(theses).contains("51 claims");
        assertThat(indonesian).contains(theses).contains("51 klaim");
        assertThat(run("convert", COMBINED.toString(), "--to", "markdown", "--lang", "fr")).isEqualTo(1);
        assertThat(err()).contains("--lang needs en or id");
    }

    @Test
    void usage_errors_say_what_is_wrong() {
        assertThat(run("convert", COMBINED.toString())).isEqualTo(1);
        assertThat(err()).startsWith("convert: say what to convert to with --to argdown|aif|argdown-json");
        assertThat(run("convert", COMBINED.toString(), "--to", "pdf")).isEqualTo(1);
        assertThat(err()).startsWith("convert: unknown format 'pdf' after --to: expected argdown, aif, argdown-json");
        assertThat(run("convert", "--to", "aif")).isEqualTo(1);
        assertThat(err()).startsWith("convert: name at least one map file to convert");
        assertThat(run("convert", COMBINED.toString(), "--to")).isEqualTo(1);
        assertThat(err()).startsWith("convert: --to needs a format: argdown, aif, argdown-json");
        assertThat(run("convert", "README.md", "--to", "aif")).isEqualTo(1);
        assertThat(err()).startsWith("convert: README.md: unknown format (expected a file ending in .argdown, .apx, .tgf, .af, .json)");
        assertThat(run("convert", COMBINED.toString(), "--to", "aif", "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).startsWith("convert: --out names a folder, not a file");
    }

    @Test
    void a_file_that_does_not_read_is_named_with_its_place_and_nothing_is_written() throws Exception {
        // given
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"nodes\": [\n  {\"nodeID\": \"1\", \"type\": \"I\"}],\n \"edges\": [{\"fromID\": \"1\", \"toID\": \"2\"}]}");
        Path target = dir.resolve("out.argdown");
        // when
        int status = run("convert", COMBINED.toString(), bad.toString(), "--to", "argdown", "--out", target.toString());
        // then
        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("bad.json:3:12: edge 'edges[0]' leads to node '2', which the file does not hold in \"nodes\"",
                "convert: nothing written: a file does not read");
        assertThat(target).doesNotExist();
        assertThat(out()).isEmpty();
    }

    @Test
    void what_a_map_cannot_hold_is_warned_about_on_stderr() throws Exception {
        // given
        Path file = dir.resolve("two.json");
        Files.writeString(file, """
                {"nodes": [{"nodeID": "a", "text": "Rain", "type": "I"}, {"nodeID": "b", "text": "Wet", "type": "I"},
                  {"nodeID": "c", "text": "Cancelled", "type": "I"}, {"nodeID": "r", "text": "RA", "type": "RA"}],
                 "edges": [{"edgeID": "1", "fromID": "a", "toID": "r"}, {"edgeID": "2", "fromID": "r", "toID": "b"},
                  {"edgeID": "3", "fromID": "r", "toID": "c"}]}
                """);
        // when
        int status = run("convert", file.toString(), "--to", "argdown");
        // then
        assertThat(status).isZero();
        assertThat(err()).isEqualTo("two.json:2:54: warning: RA node 'r' has 2 conclusions: read as one inference for each\n");
        assertThat(out()).contains("Rain", "Wet", "Cancelled");
    }
}
