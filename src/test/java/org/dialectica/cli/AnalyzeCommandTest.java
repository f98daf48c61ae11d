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
import java.util.concurrent.TimeUnit;
import org.dialectica.io.HostileInputs;
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

    /** Grounds name only what a claim stands on now; the supports section names every support drawn. */
    @Test
    void the_json_lists_every_drawn_support_not_only_the_grounds(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.argdown"), """
                [T]: The thesis. {kind: thesis, paper: t.txt}
                  + [E]: Sourced evidence. {kind: evidence, paper: p.txt}
                  + [U]: A claim with no grounds of its own. {paper: u.txt}
                  - [X]: An attack on the thesis. {kind: evidence, paper: q.txt}
                """);

        assertThat(run("analyze", map.toString(), "--format", "json")).as(err.toString()).isZero();

        JsonNode doc = json();
        assertThat(doc.get("supports")).extracting(s -> s.get("id").asString() + " " + s.get("argument"))
                .containsExactlyInAnyOrder("e +> t null", "u +> t null");
        assertThat(doc.get("supports").get(0).propertyNames()).containsExactly("id", "from", "to", "argument");
        JsonNode thesis = null;
        for (JsonNode c : doc.get("claims")) if (c.get("id").asString().equals("t")) thesis = c;
        assertThat(thesis.get("grounds")).extracting(JsonNode::asString).doesNotContain("u");
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
    void invisible_controls_in_a_file_are_removed_and_each_line_that_held_one_is_warned_about(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("controls.argdown"), "[A\u0007]: Claim\u001B A.\n  {quote: \"q\u202E\"}\n");

        int status = run("analyze", dir.toString(), "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        JsonNode doc = json();
        assertThat(doc.get("claims")).singleElement().satisfies(c -> {
            assertThat(c.get("title").asString()).isEqualTo("A");
            assertThat(c.get("text").asString()).isEqualTo("Claim A.");
            assertThat(c.get("source").get("quote").asString()).isEqualTo("q");
        });
        assertThat(doc.get("warnings")).extracting(w -> w.get("line").asInt() + ":" + w.get("column").asInt() + " " + w.get("message").asString())
                .containsExactly("1:3 removed 2 invisible control characters: U+0007 (bel), U+001B (escape)",
                        "2:13 removed the invisible control character U+202E (right-to-left override)");
    }

    @Test
    void misread_inputs_get_on_the_command_line_the_message_the_upload_gives() throws Exception {
        Path files = Path.of("src/test/resources/misread");
        for (String name : new String[] {"aspartix-facts.argdown", "utf16-without-bom.argdown", "utf16-without-bom.apx",
                "nul.argdown", "nul.apx"}) {
            out.reset();
            err.reset();
            String upload = refusedOnUpload(name, Files.readAllBytes(files.resolve(name)));

            int status = run("analyze", files.resolve(name).toString(), "--format", "json");

            assertThat(status).as(name).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(name).isEqualTo(upload + "\n").doesNotContain("Exception");
        }
    }

    @Test
    void a_framework_declaring_an_argument_twice_is_labelled_with_the_warning_in_the_report() {
        int status = run("analyze", "src/test/resources/misread/duplicates.apx", "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        assertThat(json().get("warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("line").asInt()).isEqualTo(3);
            assertThat(w.get("message").asString()).isEqualTo("argument 'a' is declared again (first on line 1); read once");
        });
    }

    @Test
    void untitled_statements_of_two_files_analysed_together_stay_two_claims(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.argdown"), "An untitled statement of one.\n\n[A]: a\n");
        Files.writeString(dir.resolve("two.argdown"), "An untitled statement of two.\n\n[B]: b\n");

        int status = run("analyze", dir.toString(), "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        assertThat(json().get("claims")).extracting(c -> c.get("id").asString() + " " + c.get("text").asString())
                .contains("untitled-1 An untitled statement of one.", "untitled-2 An untitled statement of two.");
        assertThat(json().get("warnings")).isEmpty();
    }

    private static String refusedOnUpload(String name, byte[] bytes) {
        try {
            org.dialectica.io.MapFileReader.read(name, bytes, 10_000);
        } catch (org.dialectica.io.MapFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(name + " was read on upload");
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

    @Test
    void a_named_file_of_unknown_format_is_refused_in_one_line_naming_it_and_the_known_formats(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "[A]: Claim A.\n");

        assertThat(run("analyze", notes.toString(), "--format", "json")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("notes.txt", "unknown format", ".argdown, .apx, .tgf, .af");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_folder_gives_only_its_files_of_known_formats(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.argdown"), "[A]: Claim A.\n");
        Files.writeString(dir.resolve("notes.txt"), "[B]: not a map.\n");

        assertThat(run("analyze", dir.toString(), "--format", "json")).isZero();

        assertThat(json().get("files")).singleElement().satisfies(f -> assertThat(f.asString()).endsWith("a.argdown"));
    }

    @Test
    void frameworks_alone_are_labelled_without_the_rules_and_reported_with_ids_labels_and_attacks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.apx"), "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n");
        Files.writeString(dir.resolve("two.af"), "p af 2\n1 2\n2 1\n");

        assertThat(run("analyze", dir.toString(), "--format", "json")).as(err.toString()).isZero();

        JsonNode doc = json();
        assertThat(doc.get("rules").isNull()).isTrue();
        assertThat(doc.get("framework").get("arguments").asInt()).isEqualTo(5);
        assertThat(doc.get("framework").get("attacks").asInt()).isEqualTo(4);
        Map<String, String> labels = new HashMap<>();
        doc.get("claims").forEach(c -> {
            assertThat(c.propertyNames()).containsExactly("id", "label");
            labels.put(c.get("id").asString(), c.get("label").asString());
        });
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("a", "IN", "b", "OUT", "c", "IN", "1", "UNDEC", "2", "UNDEC"));
        assertThat(doc.get("attacks").get(0).propertyNames()).containsExactly("from", "to");
        assertThat(doc.get("conflicts")).isEmpty();
    }

    @Test
    void a_malformed_framework_is_left_out_and_the_others_are_labelled(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.tgf"), "x\ny\n#\nx y\n");
        Files.writeString(dir.resolve("bad.af"), "p af 1\n1 2\n");

        assertThat(run("analyze", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("bad.af:2:3:");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 arguments (1 IN, 1 OUT, 0 UNDEC)", "  IN    x", "bad.af:2:3:");
    }

    @Test
    void a_framework_read_with_an_argdown_map_goes_through_the_rules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.argdown"), "[A]: Claim A.\n  - [B]: Claim B.\n");
        Files.writeString(dir.resolve("b.apx"), "arg(b).\narg(c).\natt(c,b).\n");

        assertThat(run("analyze", dir.toString(), "--format", "json")).isZero();

        JsonNode doc = json();
        assertThat(doc.get("rules").asString()).isNotEmpty();
        assertThat(doc.get("claims")).extracting(c -> c.get("id").asString()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_run_out_of_memory_says_so_in_one_line_and_exits_3(@TempDir Path dir) throws Exception {
        // a header that promises the most arguments a framework may have, 10 million: more than 32 MB of heap can name
        Path huge = Files.writeString(dir.resolve("huge.af"), "p af 10000000\n");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", classPath, "org.dialectica.DialecticaApplication", "analyze", huge.toString()).start();
        process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(stderr).isEqualTo(3);
        assertThat(stderr.lines().filter(l -> !l.startsWith("WARNING"))).singleElement().asString()
                .startsWith("analyze: out of memory while reading").contains("huge.af", "-Xmx");
    }

    @Test
    void a_stack_overflow_anywhere_ends_in_one_line_never_a_stack_trace(@TempDir Path dir) throws Exception {
        // relations 1,000 levels deep read on an ordinary stack; on a tiny one the reader overflows
        Path deep = Files.writeString(dir.resolve("deep.argdown"), HostileInputs.deepRelations(1_000));
        int[] status = {-1};
        Throwable[] escaped = new Throwable[1];
        Thread small = new Thread(null, () -> status[0] = run("analyze", deep.toString()), "small-stack", 128 * 1024);
        small.setUncaughtExceptionHandler((thread, e) -> escaped[0] = e);
        small.start();
        small.join();

        assertThat(escaped[0]).isNull();
        assertThat(status[0]).isIn(2, 3);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("WARN")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("(.+:\\d+:\\d+: |analyze: ).*").doesNotContain("Exception"));
    }

    @Test
    void a_run_in_which_no_file_reads_reports_its_errors_without_running_the_rules(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.argdown"), "<a>: [b]\n");

        assertThat(run("analyze", bad.toString(), "--format", "json")).isEqualTo(2);

        JsonNode doc = json();
        assertThat(doc.get("rules").isNull()).isTrue();
        assertThat(doc.get("claims")).isEmpty();
        assertThat(doc.get("errors")).singleElement().satisfies(e -> assertThat(e.get("message").asString())
                .startsWith("expected text, not the reference [b]"));
    }

    // --- suggested conflicts (issue 16) ---
    @Test
    void suggest_adds_the_best_suggestions_with_their_scores_and_words_to_the_json_report() {
        int status = run("analyze", "arguments/who-gained-from-the-2020-war.argdown", "--format", "json", "--suggest", "5");

        assertThat(status).as(err.toString()).isZero();
        JsonNode doc = json();
        Map<String, String> paper = new HashMap<>();
        doc.get("claims").forEach(c -> paper.put(c.get("id").asString(), c.get("source").get("paper").asString()));
        List<String> derived = new ArrayList<>();
        doc.get("conflicts").forEach(c -> derived.add(c.get("a").asString() + " " + c.get("b").asString()));
        JsonNode suggestions = doc.get("suggestions");
        assertThat(suggestions.size()).isBetween(1, 5);
        double previous = 1;
        for (JsonNode s : suggestions) {
            assertThat(s.propertyNames()).containsExactly("a", "b", "score", "why");
            String a = s.get("a").asString(), b = s.get("b").asString();
            assertThat(a).isLessThan(b);
            assertThat(paper.get(a)).isNotEqualTo(paper.get(b));
            assertThat(derived).doesNotContain(a + " " + b);
            assertThat(s.get("score").asDouble()).isBetween(0.0, previous);
            previous = s.get("score").asDouble();
            assertThat(s.get("why")).isNotEmpty().allSatisfy(cue -> {
                assertThat(cue.propertyNames()).containsExactly("cue", "a", "b");
                assertThat(cue.get("cue").asString()).isIn("opposite", "direction", "tone", "negation", "shared");
            });
            assertThat(s.get("why")).anySatisfy(cue -> assertThat(cue.get("cue").asString()).isNotEqualTo("shared"));
        }
    }

    @Test
    void without_suggest_the_json_report_has_no_suggestions_and_the_text_report_lists_them_when_asked() {
        run("analyze", "arguments/who-gained-from-the-2020-war.argdown", "--format", "json");
        assertThat(json().has("suggestions")).isFalse();
        out.reset();

        assertThat(run("analyze", "arguments/who-gained-from-the-2020-war.argdown", "--suggest", "3")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Suggested conflicts (from the texts; the rules derive none of them)");
        assertThat(text.substring(text.indexOf("Suggested conflicts"))).containsPattern("  0\\.\\d{3}  p\\d{3}-\\S+ <> p\\d{3}-\\S+\n          why: ");
    }

    @Test
    void suggest_needs_a_positive_number_and_belongs_to_analyze() {
        assertThat(run("analyze", "arguments", "--suggest")).isEqualTo(1);
        assertThat(run("analyze", "arguments", "--suggest", "0")).isEqualTo(1);
        assertThat(run("analyze", "arguments", "--suggest", "ten")).isEqualTo(1);
        assertThat(err.toString()).contains("--suggest needs how many suggestions to list");
        assertThat(AnalyzeCommand.run(new String[] {"compare", "arguments", "--suggest", "3", "--thesis", "a", "--thesis", "b"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err.toString()).contains("unknown option --suggest (it belongs to analyze)");
    }

    @Test
    void frameworks_alone_with_suggest_have_an_empty_suggestions_section(@TempDir Path dir) throws Exception {
        Path af = Files.writeString(dir.resolve("f.apx"), "arg(a).\narg(b).\natt(a,b).\n");

        assertThat(run("analyze", af.toString(), "--format", "json", "--suggest", "5")).isZero();
        assertThat(json().get("suggestions")).isEmpty();
    }
}
