package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialectica.papers.PapersTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code analyze --papers DIR}: every quote checked against the papers of a folder, in both reports. */
class AnalyzeWithPapersTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> misquotes() {
        List<JsonNode> found = new ArrayList<>();
        JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("findings").forEach(f -> {
            if (f.get("kind").asString().equals("quote-not-in-paper")) found.add(f);
        });
        return found;
    }

    @Test
    void every_quote_of_the_seed_maps_is_in_the_seed_papers() {
        int status = run("analyze", "arguments", "--papers", "arguments/papers", "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        assertThat(misquotes()).isEmpty();
    }

    @Test
    void a_quote_altered_by_one_word_is_reported_in_the_json_and_the_text_report(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("altered.argdown");
        String original = Files.readString(Path.of("arguments/paper-004-russia-the-winner-of-the-ceasefire.argdown"));
        String quote = "sejak akhir Perang Dingin\",";
        assertThat(original).contains(quote);
        Files.writeString(map, original.replace(quote, "sejak akhir Perang Dunia\","));

        assertThat(run("analyze", map.toString(), "--papers", "arguments/papers", "--format", "json")).as(err.toString()).isZero();
        List<JsonNode> found = misquotes();
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().get("claim").asString()).isEqualTo("p004-post-soviet-space-central");
        assertThat(found.getFirst().get("message").asString()).contains("is not in 004 at BAB VI PENUTUP, 6.1. Kesimpulan");
        assertThat(found.getFirst().get("rule").asString()).isEqualTo("A quote not in its paper");

        assertThat(run("analyze", map.toString(), "--papers", "arguments/papers")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("quote-not-in-paper on p004-post-soviet-space-central: The quote of");

        // without the papers there is nothing to check against
        assertThat(run("analyze", map.toString(), "--format", "json")).isZero();
        assertThat(misquotes()).isEmpty();
    }

    @Test
    void quotes_of_a_pdf_are_checked_and_located_by_its_pages(@TempDir Path dir) throws Exception {
        Path papers = Files.createDirectory(dir.resolve("papers"));
        Files.write(papers.resolve("report.pdf"), PapersTest.pdf(List.of(List.of("The drones decided the war."),
                List.of("Russia kept its peacekeepers in Karabakh."))));
        Files.writeString(papers.resolve("notes.md"), "not a paper: ignored");
        Path map = dir.resolve("pdf.argdown");
        Files.writeString(map, """
                [Kept]: Russia kept its peacekeepers. {id: kept, kind: evidence, paper: "report.pdf", locator: "p. 2", quote: "kept its peacekeepers in Karabakh"}

                [Left]: Russia left Karabakh. {id: left, kind: evidence, paper: "report.pdf", locator: "p. 2", quote: "Russia left Karabakh"}
                """);

        assertThat(run("analyze", map.toString(), "--papers", papers.toString(), "--format", "json")).as(err.toString()).isZero();

        assertThat(misquotes()).extracting(f -> f.get("claim").asString()).containsExactly("left");
        assertThat(misquotes().getFirst().get("message").asString()).contains("is not in report at p. 2");
    }

    @Test
    void a_papers_folder_that_is_not_there_is_a_usage_error() {
        assertThat(run("analyze", "arguments", "--papers", "no-such-folder")).isEqualTo(1);
        assertThat(err.toString()).contains("papers folder not found: no-such-folder");
    }
}
