package org.dialectica.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dialectica.cli.AnalyzeCommand;
import org.dialectica.io.argdown.ArgdownWriter;

/**
 * {@code analyze} on a generated Argdown map of 100,000 claims ({@link GeneratedMaps#generate},
 * seed 7, written by the Argdown writer into a scratch folder): once in this JVM and, when {@code
 * target/dialectica.jar} exists, as {@code java -Xmx2g -jar target/dialectica.jar analyze FILE
 * --format json > /dev/null}. Run with {@code ./mvnw -Pbench test-compile exec:java
 * -Dexec.args=bigmap} (the sizes as a second argument, e.g. {@code bigmap 10000,100000}); peak
 * memory is read with {@code /usr/bin/time -v} on the jar's run (docs/benchmarks.md).
 */
public final class BigMapBenchmark {
    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "dialectica-bench-bigmap"));
        Path jar = Path.of("target", "dialectica.jar");
        int[] sizes = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {100_000};
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB; files in %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, folder);
        for (int size : sizes) {
            Path file = write(folder, size);
            String line = String.format(Locale.ROOT, "%,8d claims (%.1f MB Argdown): in this JVM %,7.0f ms", size, Files.size(file) / 1e6,
                    analyze(file));
            if (Files.exists(jar)) line += String.format(Locale.ROOT, ", java -Xmx2g -jar %,7.0f ms", jarRun(jar, file));
            System.out.println(line);
        }
    }

    /** The generated map of {@code size} claims as an Argdown file (written once). */
    static Path write(Path folder, int size) throws IOException {
        Path file = folder.resolve("generated-" + size + ".argdown");
        if (!Files.exists(file)) Files.writeString(file, new ArgdownWriter().write(GeneratedMaps.generate(size, 7)), StandardCharsets.UTF_8);
        return file;
    }

    private static double analyze(Path file) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.gc();
        long start = System.nanoTime();
        int status = AnalyzeCommand.run(new String[] {"analyze", file.toString(), "--format", "json"}, discard, System.err);
        if (status != 0) throw new IllegalStateException("analyze exited " + status);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double jarRun(Path jar, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx2g", "-jar", jar.toString(), "analyze", file.toString(), "--format", "json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jar run failed on " + file);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
