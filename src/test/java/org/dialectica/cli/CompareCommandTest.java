package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The compare command in-process on the sample maps: the two Russia theses and their cruxes. */
class CompareCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CompareCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_russia_theses_come_with_their_conflicts_as_cruxes_and_the_outcomes() {
        int status = run("compare", "arguments", "--thesis", "p000-russia-hegemony-weakens",
                "--thesis", "p004-russia-ceasefire-winner", "--format", "json");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.get("theses")).hasSize(2);
        assertThat(doc.get("theses").get(0).propertyNames()).contains("id", "label", "strength", "grounds");
        assertThat(doc.get("theses").get(0).get("grounds").toString()).contains("p000-russia-failed-to-help-armenia");
        assertThat(doc.get("conflicts")).hasSize(2);
        JsonNode crux = null;
        for (JsonNode c : doc.get("cruxes")) {
            if (c.get("claims").toString().equals("[\"p000-russia-hegemony-weakens\",\"p004-moscow-upper-hand\"]")) crux = c;
        }
        assertThat(crux).as("the conflict with «Moscow holds the upper hand» is a crux").isNotNull();
        assertThat(crux.get("outcomes")).hasSize(2);
        assertThat(crux.get("outcomes").get(1).get("if").asString())
                .isEqualTo("if the seminar decides «Moscow holds the upper hand over Baku» outweighs «Russia's hegemony weakens»");
        assertThat(crux.get("outcomes").get(1).get("labels").get("p004-russia-ceasefire-winner").asString()).isEqualTo("IN");
        assertThat(crux.get("outcomes").get(1).get("labels").get("p000-russia-hegemony-weakens").asString()).isEqualTo("OUT");
    }

    @Test
    void an_unknown_thesis_is_a_usage_error_naming_it() {
        int status = run("compare", "arguments", "--thesis", "p000-russia-hegemony-weakens", "--thesis", "no-such-thesis");

        assertThat(status).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("compare: no claim 'no-such-thesis' in the map" + System.lineSeparator());
    }

    @Test
    void the_same_thesis_twice_is_one_line_on_stderr_not_a_stack_trace() {
        int status = run("compare", "arguments", "--thesis", "p000-russia-hegemony-weakens", "--thesis", "p000-russia-hegemony-weakens");

        assertThat(status).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("compare: «Russia's hegemony weakens»"
                + " ('p000-russia-hegemony-weakens') is named twice: name each thesis once" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_claim_that_is_not_a_thesis_is_one_line_on_stderr() {
        int status = run("compare", "arguments", "--thesis", "p000-russia-hegemony-weakens", "--thesis", "p004-moscow-upper-hand");

        assertThat(status).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("compare: «Moscow holds the upper hand over Baku»"
                + " ('p004-moscow-upper-hand') is a claim, not a thesis: compare claims of kind thesis" + System.lineSeparator());
    }

    @Test
    void one_thesis_is_not_a_comparison() {
        assertThat(run("compare", "arguments", "--thesis", "p000-russia-hegemony-weakens")).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least two theses");
    }
}
