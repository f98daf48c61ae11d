package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's command line: a mistyped command or {@code --help} never starts the web
 * server, and every command with a tiny heap ends with status 3 and one line instead of hanging.
 */
class CliJarIT {
    @TempDir
    static Path scratch;

    record Run(boolean ended, int status, String out, String err) {
        /** stderr without the JDK's own warnings about libraries (sun.misc.Unsafe …) */
        List<String> ourLines() {
            return err.lines().filter(l -> !l.startsWith("WARNING:")).toList();
        }
    }

    static Run jar(int seconds, List<String> jvm, String... args) throws IOException, InterruptedException {
        return jar(seconds, jvm, null, args);
    }

    static Run jar(int seconds, List<String> jvm, Integer port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar")).toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "cli-out", ".txt"), err = Files.createTempFile(scratch, "cli-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // were the server to start, it would listen here (and on its own data, not ./data)
        if (port != null) builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("DIALECTICA_DATADIR", Files.createTempDirectory(scratch, "cli-data").toString());
        Process process = builder.start();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Run(ended, ended ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void a_misspelt_command_exits_1_with_the_usage_and_starts_no_server() throws Exception {
        int port = freePort();
        Run run = jar(10, List.of(), port, "analyse", "arguments/");

        assertThat(run.ended()).as("exits within 10 s").isTrue();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("unknown command 'analyse'; did you mean analyze?", "usage:");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Tomcat", "Started DialecticaApplication");
        assertThat(listening(port)).isFalse();
    }

    @Test
    void help_prints_the_usage_on_stdout_and_exits_0() throws Exception {
        Run run = jar(10, List.of(), freePort(), "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage:").contains("serve");
        assertThat(run.ourLines()).isEmpty();
    }

    /**
     * Each command, with 8 MB of heap: status 3 and one line on stderr, well before anyone would kill
     * it; also while rules that differ from the packaged ones are compiled (Drools compiles them on
     * worker threads, which used to die of it and leave the command waiting forever, deaf to SIGTERM).
     */
    @Test
    void with_a_tiny_heap_every_command_exits_3_with_one_line() throws Exception {
        for (String[] args : commands()) {
            Run run = jar(60, List.of("-Xmx8m"), freePort(), args);
            String what = String.join(" ", args) + "\n" + run.err();
            assertThat(run.ended()).as("ended: " + what).isTrue();
            assertThat(run.status()).as(what).isEqualTo(3);
            assertThat(run.ourLines()).as(what).hasSize(1);
            assertThat(run.ourLines().getFirst()).as(what).startsWith(args[0] + ": out of memory").contains("-Xmx");
        }
    }

    /** With 16 MB, enough for some commands and not for others: each ends, done or with status 3 and its line. */
    @Test
    void with_a_small_heap_no_command_hangs() throws Exception {
        for (String[] args : commands()) {
            Run run = jar(60, List.of("-Xmx16m"), freePort(), args);
            String what = String.join(" ", args) + "\n" + run.err();
            assertThat(run.ended()).as("ended: " + what).isTrue();
            assertThat(run.status()).as(what).isIn(0, 3);
            if (run.status() == 3) assertThat(run.ourLines()).as(what).singleElement().asString().startsWith(args[0] + ": out of memory");
        }
    }

    private static List<String[]> commands() throws IOException {
        Path map = Path.of("arguments", "paper-000-turkey-and-china-gain-as-russia-weakens.argdown");
        Path combined = Path.of("arguments", "who-gained-from-the-2020-war.argdown");
        // the rules with one line added: compiled when loaded, as an edited rules folder is
        Path edited = Files.createTempDirectory(scratch, "edited-rules");
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, edited.resolve(f.getFileName()));
        }
        Files.writeString(edited.resolve("quality.drl"), Files.readString(edited.resolve("quality.drl")) + "\n");
        return List.of(
                new String[] {"analyze", map.toString(), "--format", "json"},
                new String[] {"analyze", map.toString(), "--rules", edited.toString()},
                new String[] {"compare", "arguments", "--thesis", "p000-russia-hegemony-weakens", "--thesis", "p004-russia-ceasefire-winner"},
                new String[] {"debate", "score", "docs/debates/rival-theses.debate.json"},
                new String[] {"grade", "--rubric", "default", "--reference", combined.toString(), map.toString()});
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
