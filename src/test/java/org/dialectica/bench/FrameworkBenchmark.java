package org.dialectica.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dialectica.cli.AnalyzeCommand;

/**
 * The command line on abstract frameworks: seeded random frameworks (and a long attack chain)
 * written as .apx and .af into a scratch folder, then {@code analyze --format json} on each, in this
 * JVM (median of three after a warm-up) and, when {@code target/dialectica.jar} exists, as
 * {@code java -Xmx2g -jar target/dialectica.jar analyze FILE --format json > /dev/null}. Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.args=frameworks}; the files are generated, never committed.
 */
public final class FrameworkBenchmark {
    private record Shape(String name, int arguments, int attacks, boolean chain) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("random-100k", 100_000, 200_000, false),
            new Shape("random-1m", 1_000_000, 2_000_000, false),
            new Shape("chain-1m", 1_000_000, 999_999, true));

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "dialectica-bench-af"));
        Path jar = Path.of("target", "dialectica.jar");
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB; files in %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, folder);
        for (Shape shape : SHAPES) {
            for (String extension : List.of(".apx", ".af")) {
                Path file = folder.resolve(shape.name() + extension);
                if (!Files.exists(file)) write(shape, file);
                double[] inProcess = new double[3];
                analyze(file); // warm-up
                for (int r = 0; r < inProcess.length; r++) inProcess[r] = analyze(file);
                Arrays.sort(inProcess);
                String line = String.format(Locale.ROOT, "%-12s %-4s %,11d arguments %,11d attacks %5.1f MB: in this JVM %,6.0f ms",
                        shape.name(), extension, shape.arguments(), shape.attacks(), Files.size(file) / 1e6, inProcess[1]);
                if (Files.exists(jar)) line += String.format(Locale.ROOT, ", java -Xmx2g -jar %,6.0f ms", jarRun(jar, file));
                System.out.println(line);
            }
        }
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
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) throw new IllegalStateException("jar run failed on " + file);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Attacks between arguments drawn at random (seeded by size), or argument i attacking i + 1. */
    private static void write(Shape shape, Path file) throws IOException {
        boolean apx = file.toString().endsWith(".apx");
        Random random = new Random(shape.arguments());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (apx) {
                for (int i = 1; i <= shape.arguments(); i++) out.write("arg(a" + i + ").\n");
            } else {
                out.write("p af " + shape.arguments() + "\n");
            }
            for (int k = 0; k < shape.attacks(); k++) {
                int a = shape.chain() ? k + 1 : 1 + random.nextInt(shape.arguments());
                int b = shape.chain() ? k + 2 : 1 + random.nextInt(shape.arguments());
                out.write(apx ? "att(a" + a + ",a" + b + ").\n" : a + " " + b + "\n");
            }
        }
    }
}
