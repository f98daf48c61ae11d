package org.dialectica.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;

/**
 * A reproducible harness (seeded maps, warm-up, repeated runs, medians): full analysis of
 * generated maps of 1k, 10k and 100k claims, and the re-evaluation of one edit (insert or delete
 * one attack) on a live session. Run with {@code ./mvnw -Pbench verify}; the figures go to
 * docs/benchmarks.md by hand, with the machine they were measured on. With the argument
 * {@code frameworks} it runs {@link FrameworkBenchmark} instead, with {@code suggestions} {@link SuggestionBenchmark},
 * with {@code debates} {@link DebateScoreBenchmark}, with {@code bigmap} {@link BigMapBenchmark}.
 */
public final class ReasoningBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("frameworks")) {
            FrameworkBenchmark.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("suggestions")) {
            SuggestionBenchmark.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("debates")) {
            DebateScoreBenchmark.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("bigmap")) {
            BigMapBenchmark.main(args);
            return;
        }
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        RuleBase rules = RuleBase.fromFolder(Path.of(args.length > 1 ? args[1] : "rules"));
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // warm the JIT and Drools' lazily built network on a small map first
        for (int i = 0; i < 5; i++) ReasoningSession.analyze(rules, GeneratedMaps.generate(2_000, i));

        shape("diamond ladder, 500 levels", GeneratedMaps.diamondLadder(500), rules);
        shape("support chain of 10,000", GeneratedMaps.supportChain(10_000), rules);
        shape("dense attacks, 1,000 claims / 20,000 attacks", GeneratedMaps.denseAttacks(1_000, 20_000, 3), rules);

        for (int size : sizes) {
            ArgumentMap map = GeneratedMaps.generate(size, 7L * size);
            int runs = size >= 100_000 ? 3 : 5;
            double[] full = new double[runs];
            Analysis last = null;
            for (int r = 0; r < runs; r++) {
                System.gc();
                long start = System.nanoTime();
                last = ReasoningSession.analyze(rules, map);
                full[r] = millis(start);
            }
            System.out.printf(Locale.ROOT, "%,d claims, %,d supports, %,d attacks drawn -> %,d conflicts, %,d attacks, %,d findings%n",
                    size, map.supports().size(), map.attacks().size(), last.conflicts().size(), last.attacks().size(),
                    last.findings().size());
            System.out.printf(Locale.ROOT, "  full analysis: median %.0f ms (runs: %s)%n", median(full), Arrays.toString(round(full)));

            if (Boolean.getBoolean("bench.fullOnly")) continue;
            try (ReasoningSession session = ReasoningSession.open(rules, map)) {
                long heapBefore = usedHeap();
                Random random = new Random(size);
                List<String> ids = map.claimIds();
                int edits = size >= 100_000 ? 100 : 300;
                List<Double> inserts = new ArrayList<>(), deletes = new ArrayList<>();
                for (int e = 0; e < edits + 20; e++) {
                    String a = ids.get(random.nextInt(ids.size())), b = ids.get(random.nextInt(ids.size()));
                    Attack attack = Attack.onClaim(a, b);
                    if (map.attacks().contains(attack)) continue;
                    long start = System.nanoTime();
                    session.addAttack(attack);
                    double insert = millis(start);
                    start = System.nanoTime();
                    session.removeAttack(attack.id());
                    double delete = millis(start);
                    if (e >= 20) { // the first edits warm the incremental paths
                        inserts.add(insert);
                        deletes.add(delete);
                    }
                }
                System.out.printf(Locale.ROOT, "  one edit, insert attack + fire + relabel: median %.2f ms, p90 %.2f ms (%d edits)%n",
                        percentile(inserts, 50), percentile(inserts, 90), inserts.size());
                System.out.printf(Locale.ROOT, "  one edit, delete attack + fire + relabel: median %.2f ms, p90 %.2f ms%n",
                        percentile(deletes, 50), percentile(deletes, 90));
                List<Double> supportEdits = new ArrayList<>();
                for (int e = 0; e < edits + 20; e++) {
                    org.dialectica.map.Support support = new org.dialectica.map.Support(ids.get(random.nextInt(ids.size())),
                            ids.get(random.nextInt(ids.size())).replace("c", "c"));
                    if (support.from().equals(support.to()) || map.support(support.id()).isPresent()) continue;
                    long start = System.nanoTime();
                    session.addSupport(support);
                    session.removeSupport(support.id());
                    if (e >= 20) supportEdits.add(millis(start) / 2);
                }
                System.out.printf(Locale.ROOT, "  one edit, add or remove a support + fire + relabel: median %.2f ms, p90 %.2f ms%n",
                        percentile(supportEdits, 50), percentile(supportEdits, 90));
                System.out.printf(Locale.ROOT, "  live session heap (approx.): %d MB%n", Math.max(0, heapBefore) >> 20);
            }
        }
    }

    /** Full analysis of a shape that would explode under path enumeration: median of five runs. */
    private static void shape(String name, ArgumentMap map, RuleBase rules) {
        double[] runs = new double[5];
        Analysis last = null;
        for (int r = 0; r < runs.length; r++) {
            long start = System.nanoTime();
            last = ReasoningSession.analyze(rules, map);
            runs[r] = millis(start);
        }
        System.out.printf(Locale.ROOT, "%s (%,d claims, %,d supports, %,d attacks): full analysis median %.0f ms %s;"
                + " labels %s%n", name, map.claims().size(), map.supports().size(), map.attacks().size(), median(runs),
                Arrays.toString(round(runs)), last.labels().values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
