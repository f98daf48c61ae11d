package org.dialectica.io.argdown;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dialectica.io.HostileInputs;
import org.dialectica.io.MapFileException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reading time per megabyte of the hostile shapes: the target is at most 1 s per MB, but a time
 * limit on a shared 2-core machine would fail for the wrong reasons, so the only assertion is a
 * hang guard; the times are printed and recorded in docs/benchmarks.md.
 */
class ArgdownImportSpeedTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final int LIMIT = ArgdownLexer.MAX_LINE;

    private record Shape(String name, Supplier<String> text) {}

    @TestFactory
    Stream<DynamicTest> every_hostile_shape_is_read_or_refused_in_one_pass() {
        return Stream.of(
                new Shape("1 MB of '[' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("[", 1, LIMIT)),
                new Shape("1 MB of ' #(' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit(" #(", 1, LIMIT)),
                new Shape("1 MB of '#(' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("#(", 1, LIMIT)),
                new Shape("1 MB of ' #a' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit(" #a", 1, LIMIT)),
                new Shape("1 MB of '[x](' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("[x](", 1, LIMIT)),
                new Shape("1 MB of '<a' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("<a", 1, LIMIT)),
                new Shape("1 MB of '[a]' in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("[a]", 1, LIMIT)),
                new Shape("1 MB of words in lines under the limit", () -> HostileInputs.longLinesUnderTheLimit("word ", 1, LIMIT)),
                new Shape("1 MB of nested brackets", () -> HostileInputs.nestedBrackets(1, LIMIT)),
                new Shape("1 MB single line of '['", () -> HostileInputs.longLine("[", 1)),
                new Shape("1 MB single line of ' #('", () -> HostileInputs.longLine(" #(", 1)),
                new Shape("1 MB of statements each with an open '['", () -> HostileInputs.unclosedOnEveryLine("[", 1)),
                new Shape("1 MB of statements each with an open ' #('", () -> HostileInputs.unclosedOnEveryLine(" #(", 1)),
                new Shape("1 MB of statements each with an open '{'", () -> HostileInputs.unclosedOnEveryLine("{", 1)),
                new Shape("list 1,400 levels deep (1 MB)", () -> HostileInputs.deepList(1_400)),
                new Shape("list 6,300 levels deep (20 MB)", () -> HostileInputs.deepList(6_300)),
                new Shape("relations 3,000 levels deep", () -> HostileInputs.deepRelations(3_000)))
                .map(shape -> DynamicTest.dynamicTest(shape.name(), () -> assertTimeoutPreemptively(HANG, () -> {
                    String text = shape.text().get();
                    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
                    read(text); // warm-up, then the median of three
                    long[] runs = new long[3];
                    for (int r = 0; r < runs.length; r++) {
                        long start = System.nanoTime();
                        String outcome = read(text);
                        runs[r] = System.nanoTime() - start;
                        if (r == 0) System.out.println("[import speed] " + shape.name() + ": " + outcome);
                    }
                    java.util.Arrays.sort(runs);
                    System.out.printf(Locale.ROOT, "[import speed] %s: %.2f MB, %.0f ms, %.0f ms per MB%n", shape.name(), megabytes,
                            runs[1] / 1e6, runs[1] / 1e6 / Math.max(megabytes, 0.001));
                })));
    }

    private static String read(String text) {
        try {
            return "read, " + new ArgdownReader().read("hostile.argdown", text).map().claims().size() + " claims";
        } catch (MapFileException e) {
            return "refused: " + e.getMessage().substring(0, Math.min(120, e.getMessage().length()));
        }
    }
}
