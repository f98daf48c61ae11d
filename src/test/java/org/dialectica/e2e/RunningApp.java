package org.dialectica.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application as a user runs it: {@code java -jar target/dialectica.jar} on a free
 * local port with its own data folder. Restartable on the same data, to prove edits persist.
 */
final class RunningApp implements AutoCloseable {
    /**
     * The password of the admin and demo accounts this run's apps create on their first start:
     * made up for each test run, so none is written anywhere.
     */
    static final String PASSWORD = "e2e-" + java.util.UUID.randomUUID();
    private final java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of(
            "DIALECTICA_DEMO_PASSWORD", PASSWORD, "DIALECTICA_ADMIN_PASSWORD", PASSWORD));

    private final Path dataDir;
    private final Path workingDir;
    private final Path log;
    private final int port;
    private Path argumentsDir;
    private final List<String> extraArgs = new ArrayList<>();
    private Process process;

    /** An instance on its own data folder, started from the project folder. */
    RunningApp(Path dataDir) throws IOException {
        this(dataDir, null);
    }

    /**
     * @param dataDir the data folder to pass, or null for the default ({@code ./data})
     * @param workingDir where to start the jar, or null for the project folder
     */
    RunningApp(Path dataDir, Path workingDir) throws IOException {
        this.dataDir = dataDir;
        this.workingDir = workingDir;
        this.log = Files.createTempFile("dialectica-e2e", ".log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /**
     * Copies the project's sample maps into the folder, for a run that imports them with maps of its
     * own ({@link #withArguments}).
     *
     * @return the samples' map ids, in file-name order
     */
    static List<String> copySamples(Path folder) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("arguments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".argdown")).sorted().toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
                ids.add(f.getFileName().toString().replace(".argdown", ""));
            }
        }
        return ids;
    }

    /** Imports the .argdown files of this folder into the empty database instead of the project's samples. */
    RunningApp withArguments(Path folder) {
        this.argumentsDir = folder;
        return this;
    }

    /** Environment variables for the app (replacing the default admin and demo passwords if named). */
    RunningApp withEnv(java.util.Map<String, String> variables) {
        env.putAll(variables);
        env.values().removeIf(java.util.Objects::isNull);
        return this;
    }

    /** More command-line arguments for the app, such as a setting to compare against. */
    RunningApp withArgs(List<String> args) {
        extraArgs.addAll(args);
        return this;
    }

    /** The app's process id, to read its CPU time and memory from /proc. */
    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    RunningApp start() throws Exception {
        Path jar = Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // for profiling a benchmark, e.g. -Ddialectica.app-jvm-args=-XX:StartFlightRecording=filename=/tmp/app.jfr
        String jvmArgs = System.getProperty("dialectica.app-jvm-args", "").trim();
        if (!jvmArgs.isEmpty()) command.addAll(List.of(jvmArgs.split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        if (dataDir != null) command.add("--dialectica.data-dir=" + dataDir);
        if (argumentsDir != null) command.add("--dialectica.arguments-dir=" + argumentsDir.toAbsolutePath());
        else if (workingDir != null) command.add("--dialectica.arguments-dir=" + Path.of("arguments").toAbsolutePath());
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDir != null) builder.directory(workingDir.toFile());
        builder.environment().putAll(env);
        process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("the app exited: " + Files.readString(log));
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url("/")).toURL().openConnection();
                connection.setConnectTimeout(1000);
                // the app answers: the list for a signed-in person, a redirect to the login page for us
                connection.setInstanceFollowRedirects(false);
                int code = connection.getResponseCode();
                if (code == 200 || code == 302) return this;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer within 120 s: " + Files.readString(log));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed, as when the machine's power goes. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) process.destroyForcibly().waitFor();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
