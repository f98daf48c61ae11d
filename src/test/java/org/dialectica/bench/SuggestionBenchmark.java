package org.dialectica.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.suggestion.Suggester;
import org.dialectica.suggestion.Suggestion;

/**
 * The conflict suggester measured on the labelled claim pairs of {@code docs/seed-pairs.tsv}:
 * precision and recall at 5 and at 10 per paper pair and overall, on the combined seed map (and on
 * every file of {@code arguments/} read as one map, as {@code analyze arguments/ --suggest} does),
 * each as shipped (the conflicts the rules derive are never suggested: the suggestions are for what
 * they miss) and with every descriptor taken out (the texts alone, as on a map nobody gave
 * descriptors). Then its time on generated maps of ten and a hundred times the seed map.
 * Run with {@code ./mvnw -Pbench test-compile exec:java -Dexec.args=suggestions} ({@code
 * -Dsuggest.timingOnly=true} for the times alone); the figures go to docs/benchmarks.md by hand.
 */
final class SuggestionBenchmark {
    static final Path PAIRS = Path.of("docs", "seed-pairs.tsv");
    static final Path COMBINED = Path.of("arguments", "who-gained-from-the-2020-war.argdown");
    /**
     * The pairs docs/seed-review.md leaves out as undecidable ("a careful reader could label them
     * either way"): counted neither as hits nor as misses.
     */
    static final Set<Suggestion.Pair> UNDECIDABLE = Set.of(
            new Suggestion.Pair("p003-conflict-unresolved", "p004-ceasefire-durable"),
            new Suggestion.Pair("p003-conflict-unresolved", "p004-stable-five-years"),
            new Suggestion.Pair("p003-conflict-unresolved", "p004-stability-until-2025"),
            new Suggestion.Pair("p000-russia-hegemony-weakens", "p004-russia-permanent-presence"),
            new Suggestion.Pair("p000-russia-hegemony-weakens", "p004-russian-contingent-deployed"));

    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleBase.fromFolder(Path.of("rules"));
        Suggester suggester = new Suggester(rules.vocabulary());
        Map<Suggestion.Pair, Boolean> labels = labels();
        System.out.printf(Locale.ROOT, "JVM %s, %d cores; %d labelled pairs (%d conflict)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), labels.size(), labels.values().stream().filter(b -> b).count());

        ArgumentMap combined = new ArgdownReader().read(COMBINED).map();
        if (Boolean.getBoolean("suggest.timingOnly")) {
            timing(rules, suggester, combined);
            return;
        }
        ArgumentMap all = everyFile();
        for (var run : List.of(Map.entry("combined seed map, as shipped", combined), Map.entry("combined seed map, descriptors taken out", bare(combined)),
                Map.entry("every file of arguments/, as shipped", all), Map.entry("every file of arguments/, descriptors taken out", bare(all)))) {
            measure(run.getKey(), ReasoningSession.analyze(rules, run.getValue()), suggester, labels);
        }
        timing(rules, suggester, combined);
    }

    /** Precision and recall at 5 and 10, per paper pair and overall, with every labelled conflict's rank. */
    static void measure(String name, Analysis analysis, Suggester suggester, Map<Suggestion.Pair, Boolean> labels) {
        List<Suggestion> ranked = suggester.suggest(analysis, List.of(), Integer.MAX_VALUE);
        Set<Suggestion.Pair> derived = new HashSet<>();
        analysis.conflicts().forEach(c -> derived.add(new Suggestion.Pair(c.getA(), c.getB())));
        Map<String, String> paperOf = new HashMap<>();
        analysis.map().claims().forEach(c -> paperOf.put(c.id(), c.source() == null ? "?" : c.source().paper().substring(0, 3)));
        Map<String, List<Suggestion>> byPair = new TreeMap<>();
        for (Suggestion s : ranked) {
            if (UNDECIDABLE.contains(s.pair())) continue;
            byPair.computeIfAbsent(paperPair(paperOf, s.pair()), k -> new ArrayList<>()).add(s);
        }
        Map<String, Integer> wanted = new TreeMap<>();
        labels.forEach((pair, conflict) -> {
            String key = paperPair(paperOf, pair);
            wanted.merge(key, conflict && !derived.contains(pair) && paperOf.containsKey(pair.a()) && paperOf.containsKey(pair.b()) ? 1 : 0, Integer::sum);
        });
        System.out.printf(Locale.ROOT, "%n== %s: %d claims, %d conflicts derived by the rules, %d suggestions in all%n", name,
                analysis.map().claims().size(), derived.size(), ranked.size());
        System.out.println("| papers | conflicts to find | P@5 | R@5 | P@10 | R@10 | labelled in top 10 (conflict/compatible) |");
        int[] sum5 = new int[3], sum10 = new int[3];
        for (String pair : wanted.keySet()) {
            List<Suggestion> list = byPair.getOrDefault(pair, List.of());
            int[] at5 = at(list, 5, labels), at10 = at(list, 10, labels);
            for (int i = 0; i < 3; i++) {
                sum5[i] += at5[i];
                sum10[i] += at10[i];
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d / %d |%n", pair, wanted.get(pair), ratio(at5[0], at5[1]),
                    ratio(at5[0], wanted.get(pair)), ratio(at10[0], at10[1]), ratio(at10[0], wanted.get(pair)), at10[0], at10[2]);
        }
        int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "| all pairs (summed) | %d | %s | %s | %s | %s | %d / %d |%n", total, ratio(sum5[0], sum5[1]),
                ratio(sum5[0], total), ratio(sum10[0], sum10[1]), ratio(sum10[0], total), sum10[0], sum10[2]);
        List<Suggestion> whole = ranked.stream().filter(s -> !UNDECIDABLE.contains(s.pair())).toList();
        int[] w5 = at(whole, 5, labels), w10 = at(whole, 10, labels);
        System.out.printf(Locale.ROOT, "| whole map, one list | %d | %s | %s | %s | %s | %d / %d |%n", total, ratio(w5[0], w5[1]),
                ratio(w5[0], total), ratio(w10[0], w10[1]), ratio(w10[0], total), w10[0], w10[2]);
        System.out.println("labelled conflicts:");
        labels.forEach((pair, conflict) -> {
            if (!conflict) return;
            if (derived.contains(pair)) {
                System.out.printf("  %s <> %s: derived by the rules%n", pair.a(), pair.b());
                return;
            }
            List<Suggestion> list = byPair.getOrDefault(paperPair(paperOf, pair), List.of());
            int rank = -1;
            for (int i = 0; i < list.size(); i++) if (list.get(i).pair().equals(pair)) rank = i + 1;
            System.out.printf("  %s <> %s: %s%n", pair.a(), pair.b(), rank < 0 ? "not suggested"
                    : "rank " + rank + " in its paper pair, score " + list.get(rank - 1).score() + ", " + list.get(rank - 1).why());
        });
        java.util.TreeSet<String> fired = new java.util.TreeSet<>();
        ranked.forEach(s -> s.why().stream().filter(c -> c.kind() == Suggestion.Cue.Kind.OPPOSITE || c.kind() == Suggestion.Cue.Kind.TONE)
                .forEach(c -> {
                    fired.addAll(c.inA());
                    fired.addAll(c.inB());
                }));
        System.out.println("cue words that fired (opposite, tone): " + String.join(", ", fired));
        System.out.println("the whole map's top 10:");
        whole.stream().limit(10).forEach(s -> System.out.printf(Locale.ROOT, "  %.3f %s <> %s [%s] %s%n", s.score(), s.a(), s.b(),
                labels.containsKey(s.pair()) ? (labels.get(s.pair()) ? "conflict" : "compatible") : "unlabelled", s.why()));
    }

    /** Among the first k: labelled conflicts, suggestions shown, labelled compatible. */
    static int[] at(List<Suggestion> list, int k, Map<Suggestion.Pair, Boolean> labels) {
        int hits = 0, compatible = 0, shown = Math.min(k, list.size());
        for (Suggestion s : list.subList(0, shown)) {
            Boolean label = labels.get(s.pair());
            if (Boolean.TRUE.equals(label)) hits++;
            if (Boolean.FALSE.equals(label)) compatible++;
        }
        return new int[] {hits, shown, compatible};
    }

    static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%d/%d", part, whole);
    }

    static String paperPair(Map<String, String> paperOf, Suggestion.Pair pair) {
        String p = paperOf.getOrDefault(pair.a(), pair.a().substring(1, 4)), q = paperOf.getOrDefault(pair.b(), pair.b().substring(1, 4));
        return p.compareTo(q) <= 0 ? p + "–" + q : q + "–" + p;
    }

    static Map<Suggestion.Pair, Boolean> labels() throws Exception {
        Map<Suggestion.Pair, Boolean> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PAIRS).subList(1, Files.readAllLines(PAIRS).size())) {
            String[] f = line.split("\t");
            if (f.length >= 3) labels.put(new Suggestion.Pair(f[0], f[1]), f[2].equals("conflict"));
        }
        return labels;
    }

    /** Every file of arguments/ as one map, the way analyze reads a folder. */
    static ArgumentMap everyFile() throws Exception {
        ArgumentMap all = null;
        try (var files = Files.list(Path.of("arguments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList()) {
                ArgumentMap one = new ArgdownReader().read(file).map();
                if (all == null) all = one.copy();
                else all.absorb(one);
            }
        }
        return all;
    }

    /** The map with no claim's descriptor: what the texts alone give. */
    static ArgumentMap bare(ArgumentMap map) {
        ArgumentMap copy = map.copy();
        for (Claim c : map.claims()) {
            copy.putClaim(new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(),
                    c.source(), null, c.assertedBy(), c.weight(), c.preferredOver()));
        }
        return copy;
    }

    /** Time to suggest on generated maps of 10 and 100 times the combined seed map (the analysis not counted). */
    static void timing(RuleBase rules, Suggester suggester, ArgumentMap seed) {
        System.out.println();
        for (int times : Boolean.getBoolean("suggest.timingOnly") ? new int[] {100} : new int[] {1, 10, 100}) {
            ArgumentMap map = scaled(seed, times, 7L * times);
            Analysis analysis = ReasoningSession.analyze(rules, map);
            for (int i = 0; i < 3; i++) suggester.suggest(analysis, List.of(), 20); // warm-up
            double[] runs = new double[5];
            int found = 0;
            for (int r = 0; r < runs.length; r++) {
                long start = System.nanoTime();
                found = suggester.suggest(analysis, List.of(), Integer.MAX_VALUE).size();
                runs[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(runs);
            System.out.printf(Locale.ROOT, "%d x the seed map: %,d claims from %d papers, %,d cross-paper pairs; suggest: median %.0f ms %s;"
                    + " %,d suggestions%n", times, map.claims().size(), 5 * times, crossPairs(map), runs[runs.length / 2],
                    Arrays.toString(Arrays.stream(runs).mapToLong(Math::round).toArray()), found);
        }
    }

    static long crossPairs(ArgumentMap map) {
        Map<String, Long> perPaper = new HashMap<>();
        map.claims().forEach(c -> perPaper.merge(c.source() == null ? "" : c.source().paper(), 1L, Long::sum));
        long n = map.claims().size(), same = perPaper.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
        return n * (n - 1) / 2 - same;
    }

    /**
     * {@code times} copies of the seed map, each its own five papers, every claim's text and original
     * with a fifth of its words swapped for words of other claims (seeded): texts that read like the
     * seed's without being copies of each other. Supports stay within a copy.
     */
    static ArgumentMap scaled(ArgumentMap seed, int times, long randomSeed) {
        Random random = new Random(randomSeed);
        List<Claim> claims = new ArrayList<>(seed.claims());
        List<String> english = new ArrayList<>(), original = new ArrayList<>();
        claims.forEach(c -> {
            english.addAll(List.of(c.text().split("\\s+")));
            if (c.originalText() != null) original.addAll(List.of(c.originalText().split("\\s+")));
        });
        ArgumentMap map = new ArgumentMap("suggest-" + times, "Seed map times " + times);
        for (int k = 0; k < times; k++) {
            String suffix = "-" + k;
            for (Claim c : claims) {
                Source s = c.source();
                Source source = s == null ? null : new Source(s.paper() + suffix, s.locator(), s.quote());
                map.putClaim(new Claim(c.id() + suffix, c.title(), shuffled(c.text(), english, random),
                        c.originalText() == null ? null : shuffled(c.originalText(), original, random), c.language(), c.kind(),
                        c.actors(), c.tags(), source, c.proposition(), c.assertedBy() == null ? null : c.assertedBy() + suffix));
            }
            for (Support s : seed.supports()) map.addSupport(new Support(s.from() + suffix, s.to() + suffix));
        }
        return map;
    }

    private static String shuffled(String text, List<String> words, Random random) {
        String[] mine = text.split("\\s+");
        for (int i = 0; i < mine.length; i++) if (random.nextInt(5) == 0) mine[i] = words.get(random.nextInt(words.size()));
        return String.join(" ", mine);
    }
}
