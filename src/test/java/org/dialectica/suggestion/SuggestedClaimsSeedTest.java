package org.dialectica.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggested claims measured on a labelled set made from the five seed papers: a sentence is
 * <em>positive</em> when a quote of the seed maps ({@code arguments/*.argdown}, every claim's
 * {@code paper:} and {@code quote:}) covers at least half of it or it covers at least half of the
 * quote, measured in characters of the paper with every whitespace run made one space (so a quote
 * inside a sentence, a sentence inside a quote and a quote across two sentences all count); every
 * other sentence is negative. Per paper: precision and recall at 20 (positives among the first 20
 * over 20, or over the sentences there are when fewer; over the positives), and the share of the
 * quotes that some sentence of the first 20 covers; beside them the paper's own order (its first 20
 * sentences) and the expected precision of a random order (the share of positives). The suggester's
 * lists and weights are fixed, not fitted to these labels; the figures are printed for
 * docs/benchmarks.md. The assertions are floors that hold by construction: every quote is found in
 * the sentences (the splitter loses no text), and a paper of at most 20 sentences is recalled whole.
 */
class SuggestedClaimsSeedTest {
    static final int TOP = 20;
    private static final Path ARGUMENTS = Path.of("arguments");
    private static final ClaimSuggester SUGGESTER = new ClaimSuggester();
    private static Path papers;
    private static final Map<String, Set<String>> QUOTES = new TreeMap<>();

    /** One paper's figures at {@link #TOP}. */
    record Figures(String paper, int sentences, int positives, int hits, int inOrder, int quotes, int quotesCovered,
            List<String> missed) {
        int shown() {
            return Math.min(TOP, sentences);
        }
    }

    /** The papers: {@code arguments/papers/} when the repository holds them, else the shared seeds beside it. */
    static Path papers() {
        for (Path dir : List.of(ARGUMENTS.resolve("papers"), Path.of("..", "shared", "seeds"))) {
            if (Files.isDirectory(dir)) return dir;
        }
        return null;
    }

    @BeforeAll
    static void readQuotes() throws Exception {
        papers = papers();
        try (Stream<Path> files = Files.list(ARGUMENTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".argdown")).sorted().toList()) {
                for (Claim claim : new ArgdownReader().read(file).map().claims()) {
                    if (claim.source() == null || claim.source().quote() == null) continue;
                    QUOTES.computeIfAbsent(claim.source().paper(), p -> new LinkedHashSet<>()).add(squash(claim.source().quote()));
                }
            }
        }
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The figures of one paper: its sentences ranked, each labelled against the quotes. */
    static Figures measure(String paper, String text, Set<String> quotes) {
        String flat = squash(text);
        List<SuggestedSentence> ranked = SUGGESTER.rank(text);
        // each sentence's span in the flattened paper, found in the paper's order
        List<SuggestedSentence> inOrder = ranked.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
        int[][] spans = new int[inOrder.size() + 1][];
        int from = 0;
        for (SuggestedSentence s : inOrder) {
            int at = flat.indexOf(s.text(), from);
            assertThat(at).as("sentence %d of %s is in the paper as written", s.number(), paper).isNotNegative();
            spans[s.number()] = new int[] {at, at + s.text().length()};
            from = at + 1;
        }
        List<int[]> quoteSpans = new ArrayList<>();
        for (String quote : quotes) {
            int at = flat.indexOf(quote);
            assertThat(at).as("quote of %s is in the paper: %s", paper, quote).isNotNegative();
            quoteSpans.add(new int[] {at, at + quote.length()});
        }
        boolean[] positive = new boolean[spans.length];
        int positives = 0;
        for (SuggestedSentence s : inOrder) {
            for (int[] q : quoteSpans) {
                if (covers(spans[s.number()], q)) positive[s.number()] = true;
            }
            if (positive[s.number()]) positives++;
        }
        int hits = 0, ordered = 0;
        Set<Integer> coveredQuotes = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(TOP, ranked.size()); i++) {
            int number = ranked.get(i).number();
            if (positive[number]) hits++;
            if (positive[inOrder.get(i).number()]) ordered++;
            for (int q = 0; q < quoteSpans.size(); q++) if (covers(spans[number], quoteSpans.get(q))) coveredQuotes.add(q);
        }
        List<String> missed = new ArrayList<>();
        for (int i = TOP; i < ranked.size(); i++) {
            SuggestedSentence s = ranked.get(i);
            if (positive[s.number()]) {
                missed.add(String.format(Locale.ROOT, "rank %d, score %.1f %s: %s", i + 1, s.score(),
                        s.signals().stream().map(g -> g.kind().word() + (g.words().isEmpty() ? "" : " " + g.words())).toList(),
                        s.text().length() > 100 ? s.text().substring(0, 100) + "…" : s.text()));
            }
        }
        // quotes no sentence covers at all are counted against the set: the labels must be sound
        for (int q = 0; q < quoteSpans.size(); q++) {
            int[] quote = quoteSpans.get(q);
            boolean found = inOrder.stream().anyMatch(s -> covers(spans[s.number()], quote));
            assertThat(found).as("some sentence of %s covers the quote %s", paper, List.copyOf(quotes).get(q)).isTrue();
        }
        return new Figures(paper, ranked.size(), positives, hits, ordered, quoteSpans.size(), coveredQuotes.size(), missed);
    }

    /** A sentence and a quote overlap by at least half of the shorter of the two. */
    static boolean covers(int[] sentence, int[] quote) {
        int overlap = Math.min(sentence[1], quote[1]) - Math.max(sentence[0], quote[0]);
        return overlap > 0 && 2 * overlap >= Math.min(sentence[1] - sentence[0], quote[1] - quote[0]);
    }

    @Test
    void the_seed_papers_suggestions_are_measured_against_the_quotes_of_the_seed_maps() throws IOException {
        assumeTrue(papers != null, "skipped: no papers in arguments/papers/ nor in ../shared/seeds/ (the seed papers)");
        List<Figures> all = new ArrayList<>();
        for (var entry : QUOTES.entrySet()) {
            Path file = papers.resolve(entry.getKey());
            assumeTrue(Files.isRegularFile(file), "skipped: the seed paper " + file + " is missing");
            all.add(measure(entry.getKey(), Files.readString(file), entry.getValue()));
        }
        System.out.println(table(all));

        assertThat(all).hasSize(5);
        for (Figures f : all) {
            assertThat(f.positives()).as(f.paper()).isPositive();
            // by construction: when the first 20 are all the sentences, every positive is among them
            if (f.sentences() <= TOP) assertThat(f.hits()).as(f.paper()).isEqualTo(f.positives());
            assertThat(f.hits()).as(f.paper()).isLessThanOrEqualTo(Math.min(f.positives(), f.shown()));
        }
    }

    static String table(List<Figures> all) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "| paper | sentences | positive | P@%d | R@%d | quotes covered in the first %d | paper's order: P@%d | R@%d | random: P |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n", TOP, TOP, TOP, TOP, TOP));
        int sentences = 0, positives = 0, hits = 0, shown = 0, ordered = 0, quotes = 0, covered = 0;
        for (Figures f : all) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %.2f |%n",
                    f.paper().substring(0, 3), f.sentences(), f.positives(), f.hits(), f.shown(), ratio(f.hits(), f.shown()),
                    f.hits(), f.positives(), ratio(f.hits(), f.positives()), f.quotesCovered(), f.quotes(), ratio(f.quotesCovered(), f.quotes()),
                    f.inOrder(), f.shown(), ratio(f.inOrder(), f.shown()), f.inOrder(), f.positives(), ratio(f.inOrder(), f.positives()),
                    ratio(f.positives(), f.sentences())));
            sentences += f.sentences();
            positives += f.positives();
            hits += f.hits();
            shown += f.shown();
            ordered += f.inOrder();
            quotes += f.quotes();
            covered += f.quotesCovered();
        }
        out.append(String.format(Locale.ROOT, "| all (summed) | %d | %d | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %d/%d (%.2f) | %.2f |%n",
                sentences, positives, hits, shown, ratio(hits, shown), hits, positives, ratio(hits, positives), covered, quotes,
                ratio(covered, quotes), ordered, shown, ratio(ordered, shown), ordered, positives, ratio(ordered, positives),
                ratio(positives, sentences)));
        for (Figures f : all) {
            if (!f.missed().isEmpty()) out.append(f.paper(), 0, 3).append(": positives below the first ").append(TOP).append(":\n");
            f.missed().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
