package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suggest command in-process: the JSON it prints for a paper, and its usage errors. */
class SuggestCommandTest extends CommandLineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A paper as the seeds are extracted: hard-wrapped, a blank line after every line. */
    private static final String PAPER = """
             PENUTUP\s

            Perjanjian gencatan senjata 9 November 2020 memberikan akhir yang\s

            langgeng untuk fase bersenjata perang kedua.\s

            Rusia jelas merupakan pemenang dari situasi yang diciptakan oleh\s

            perjanjian itu, karena posisi regionalnya sekarang jauh lebih kuat\s

            daripada sebelum perang. Namun, dalam jangka panjang, hal itu\s

            memberdayakan Rusia untuk membuat kehadiran militernya permanen.\s
            """;

    @TempDir
    Path dir;

    @Test
    void a_paper_gives_its_best_sentences_as_json_with_locators_spans_scores_and_signals() throws Exception {
        // given
        Path paper = dir.resolve("004.txt");
        Files.writeString(paper, PAPER);
        // when
        int status = run("suggest", paper.toString(), "--top", "2");
        // then
        assertThat(status).as(err()).isZero();
        JsonNode report = JSON.readTree(out());
        assertThat(report.get("paper").asString()).isEqualTo(paper.toString());
        assertThat(report.get("top").asInt()).isEqualTo(2);
        JsonNode suggestions = report.get("suggestions");
        assertThat(suggestions).hasSize(2);
        JsonNode best = suggestions.get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("text").asString()).isEqualTo("Rusia jelas merupakan pemenang dari situasi yang diciptakan oleh perjanjian itu, "
                + "karena posisi regionalnya sekarang jauh lebih kuat daripada sebelum perang.");
        assertThat(best.get("paragraph").asInt()).isEqualTo(3);
        // the heading before it names its section, as the claim form's locator from the reading pane does
        assertThat(best.get("locator").asString()).isEqualTo("PENUTUP, ¶ 3");
        assertThat(PAPER.substring(best.get("start").asInt(), best.get("end").asInt()).replaceAll("\\s+", " "))
                .isEqualTo(best.get("text").asString());
        List<String> kinds = new ArrayList<>();
        best.get("signals").forEach(s -> kinds.add(s.get("kind").asString()));
        assertThat(kinds).contains("cause", "comparison", "change");
        double sum = 0;
        for (JsonNode s : best.get("signals")) sum += s.get("weight").asDouble();
        assertThat(best.get("score").asDouble()).isEqualTo(sum);
        assertThat(suggestions.get(1).get("score").asDouble()).isLessThanOrEqualTo(best.get("score").asDouble());
        assertThat(suggestions.get(1).get("rank").asInt()).isEqualTo(2);
    }

    @Test
    void without_top_twenty_are_listed_and_a_paper_with_fewer_lists_them_all() throws Exception {
        Path paper = dir.resolve("short.txt");
        Files.writeString(paper, PAPER);
        assertThat(run("suggest", paper.toString())).as(err()).isZero();
        assertThat(JSON.readTree(out()).get("top").asInt()).isEqualTo(20);
        assertThat(JSON.readTree(out()).get("suggestions")).hasSize(4);
    }

    @Test
    void invisible_control_characters_are_removed_with_a_warning_naming_the_line() throws Exception {
        Path paper = dir.resolve("bell.txt");
        Files.writeString(paper, "Turki menang karena drone.\n\nRusia kalah\u0007 sebab lemah dan lambat sekali.\n");
        assertThat(run("suggest", paper.toString())).as(err()).isZero();
        assertThat(err()).contains(paper + ":3: warning: removed U+0007");
        assertThat(out()).doesNotContain("\\u0007");
    }

    @Test
    void usage_errors_say_what_is_wrong_and_exit_1() throws Exception {
        Path paper = dir.resolve("p.txt");
        Files.writeString(paper, PAPER);
        assertThat(run("suggest")).isEqualTo(1);
        assertThat(err()).contains("suggest: name the paper").contains("usage: java -jar target/dialectica.jar suggest");
        assertThat(run("suggest", paper.toString(), "--top", "0")).isEqualTo(1);
        assertThat(err()).contains("--top needs how many sentences to list");
        assertThat(run("suggest", paper.toString(), "--top")).isEqualTo(1);
        assertThat(run("suggest", paper.toString(), "--top", "many")).isEqualTo(1);
        assertThat(run("suggest", paper.toString(), "--format", "json")).isEqualTo(1);
        assertThat(err()).contains("unknown option --format");
        assertThat(run("suggest", paper.toString(), paper.toString())).isEqualTo(1);
        assertThat(err()).contains("name one paper");
        assertThat(run("suggest", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("is a folder");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_paper_that_does_not_read_exits_2() throws Exception {
        assertThat(run("suggest", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.txt: cannot read: no such file");
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, "Turki menang karena drone Bayraktar.".getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("suggest", utf16.toString())).isEqualTo(2);
        assertThat(err()).contains("save it as UTF-8");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Türkiye kazandı.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("suggest", latin1.toString())).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void help_explains_the_command_and_the_usage_lists_it() {
        assertThat(run("suggest", "--help")).isZero();
        assertThat(out()).contains("suggest PAPER.txt [--top N]").contains("exit status");
        assertThat(run("help")).isZero();
        assertThat(out()).contains("suggest PAPER.txt [--top N]");
        assertThat(run("sugest")).isEqualTo(1);
        assertThat(err()).contains("did you mean suggest?");
    }
}
