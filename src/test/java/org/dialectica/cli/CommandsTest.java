package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the jar does with its first argument: a command, the web server, or the usage; never the server by mistake. */
class CommandsTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_misspelt_command_is_a_usage_error_that_names_the_command_meant() {
        Run run = run("analyse", "arguments/");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("dialectica: unknown command 'analyse'; did you mean analyze?").contains("usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_word_that_is_no_command_at_all_is_a_usage_error_without_a_guess() {
        Run run = run("frobnicate");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("dialectica: unknown command 'frobnicate'\n");
    }

    @Test
    void an_unknown_option_in_place_of_a_command_is_a_usage_error() {
        assertThat(run("--verbose").status()).isEqualTo(1);
        assertThat(run("-x", "--server.port=9").status()).isEqualTo(1);
    }

    @Test
    void help_goes_to_stdout_with_status_0() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            Run run = run(help);
            assertThat(run.status()).as(help).isZero();
            assertThat(run.out()).as(help).startsWith("usage:").contains("analyze", "compare", "debate score", "grade", "suggest", "serve");
            assertThat(run.err()).as(help).isEmpty();
        }
        assertThat(run("serve", "--help").status()).isZero();
    }

    @Test
    void the_web_server_starts_with_no_command_serve_or_only_spring_settings() {
        assertThat(run().status()).isEqualTo(Commands.START_SERVER);
        assertThat(run("serve").status()).isEqualTo(Commands.START_SERVER);
        assertThat(run("serve", "--server.port=8081").status()).isEqualTo(Commands.START_SERVER);
        assertThat(run("--server.port=8081", "--dialectica.data-dir=./x").status()).isEqualTo(Commands.START_SERVER);
    }

    @Test
    void each_command_is_dispatched_to() {
        assertThat(run("analyze").err()).startsWith("analyze: name at least one map file or folder");
        assertThat(run("compare", "x.argdown").err()).startsWith("compare: name at least two theses");
        assertThat(run("debate").err()).startsWith("debate: say what to do");
        assertThat(run("grade").err()).startsWith("grade: name the rubric");
        assertThat(run("suggest").err()).startsWith("suggest: name the paper");
    }

    @Test
    void typos_are_matched_to_the_nearest_command() {
        assertThat(Commands.closest("anlyze")).isEqualTo("analyze");
        assertThat(Commands.closest("Compair")).isEqualTo("compare");
        assertThat(Commands.closest("serv")).isEqualTo("serve");
        assertThat(Commands.closest("score")).isNull();
    }
}
