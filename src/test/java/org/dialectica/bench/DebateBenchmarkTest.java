package org.dialectica.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dialectica.debate.Debate;
import org.dialectica.debate.Format;
import org.dialectica.debate.Move;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Played;
import org.dialectica.debate.Scoreboard;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Debates at scale (docs/benchmarks.md, "Debates"): 10 debates at once, each with 60 participants
 * (a moderator, 2 × 5 debaters, 49 in the audience), 120 moves each, played from 10 threads on
 * this 2-core machine. After every move all 60 live views of that debate read what a debate page
 * shows (scoreboard, every claim's status and strength for the canvas, the transcript's last
 * entry), as a pushed update makes them do. A move's round trip is from the move to the last of
 * the 60 views having read it. Also one debate on a generated 2,000-claim map. Run with
 * {@code ./mvnw -Pbench test -Dtest=DebateBenchmarkTest}; prints figures, asserts only that
 * moves were played.
 */
@Tag("benchmark")
class DebateBenchmarkTest {
    static final RuleBase RULES = RuleBase.fromFolder(Path.of("rules"));
    static final int DEBATES = 10, VIEWERS = 60, MOVES = 120;

    @Test
    void ten_debates_of_sixty_participants_on_the_combined_seed_map() throws Exception {
        ArgumentMap seeds = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        run("combined seed map (" + seeds.claims().size() + " claims)", seeds, DEBATES);
    }

    @Test
    void one_debate_of_sixty_participants_on_a_2000_claim_map() throws Exception {
        ArgumentMap big = GeneratedMaps.generate(2_000, 11);
        List<String> theses = big.claims().stream().filter(c -> c.kind() == org.dialectica.map.ClaimKind.THESIS).map(Claim::id).limit(2).toList();
        assertThat(theses).hasSize(2);
        run("generated map (2,000 claims)", big, 1);
    }

    private static void run(String what, ArgumentMap map, int debates) throws Exception {
        List<String> theses = map.claims().stream().filter(c -> c.kind() == org.dialectica.map.ClaimKind.THESIS).map(Claim::id).toList();
        Setup setup = new Setup("Benchmark", Format.FREE, "moderator",
                List.of(new Side("Proposition", List.of(theses.get(0)), names("p", 5)),
                        new Side("Opposition", List.of(theses.get(theses.size() - 1)), names("o", 5))), 0, 0, 0, false);
        // warm up the JIT and Drools' network on one debate
        play(setup, map, 40, new Random(1), new ArrayList<>());
        List<Double> roundTrips = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(debates)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int d = 0; d < debates; d++) {
                int seed = d;
                done.add(pool.submit(() -> play(setup, map, MOVES, new Random(seed), roundTrips)));
            }
            int accepted = 0;
            for (Future<Integer> f : done) accepted += f.get();
            assertThat(accepted).isPositive();
            double wall = (System.nanoTime() - start) / 1e9;
            double[] ms = roundTrips.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s: %d debates x %d viewers, %d moves (%d accepted) in %.1f s: round trip p50 %.1f ms, "
                    + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, debates, VIEWERS, ms.length, accepted, wall,
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
        }
    }

    /** Plays random moves of every type, each followed by the 60 views reading it; returns the moves accepted. */
    private static int play(Setup setup, ArgumentMap map, int moves, Random random, List<Double> roundTrips) {
        int accepted = 0;
        try (Debate debate = Debate.start(RULES, setup, map)) {
            List<String> claims = new ArrayList<>(map.claims().stream().map(Claim::id).toList());
            Instant t = Instant.parse("2026-11-29T10:00:00Z");
            for (int i = 0; i < moves; i++) {
                Move move = randomMove(setup, claims, random, i);
                long t0 = System.nanoTime();
                Played p = debate.play(move, t = t.plusSeconds(20));
                for (int v = 0; v < VIEWERS; v++) view(debate);
                roundTrips.add((System.nanoTime() - t0) / 1e6);
                if (p.accepted()) {
                    accepted++;
                    if (move.type() == MoveType.CLAIM) claims.add(move.id());
                }
            }
        }
        return accepted;
    }

    /** What a debate page reads after a pushed move. */
    private static int view(Debate debate) {
        Scoreboard board = debate.scoreboard();
        Analysis analysis = debate.analysis();
        int n = board.theses().size() + board.turningMoves().size();
        for (Claim c : analysis.map().claims()) {
            if (analysis.label(c.id()) != null) n++;
            n += analysis.strength(c.id()) > 0.5 ? 1 : 0;
        }
        List<Played> transcript = debate.transcript();
        return n + (transcript.isEmpty() ? 0 : transcript.getLast().index());
    }

    private static Move randomMove(Setup setup, List<String> claims, Random r, int i) {
        Side side = setup.sides().get(r.nextInt(2));
        String by = side.members().get(r.nextInt(side.members().size()));
        String a = claims.get(r.nextInt(claims.size())), b = claims.get(r.nextInt(claims.size()));
        return switch (i % 10) {
            case 0, 1, 2 -> Move.of(by, side.name(), MoveType.CLAIM).id("bench-" + i).text("Claim " + i)
                    .kind(r.nextBoolean() ? "evidence" : "claim").source("Paper " + r.nextInt(5))
                    .to(r.nextBoolean() ? a : null).target(r.nextBoolean() ? null : b);
            case 3 -> Move.of(by, side.name(), MoveType.ATTACK).from(a).target(b);
            case 4 -> Move.of(by, side.name(), MoveType.SUPPORT).from(a).to(b);
            case 5 -> Move.of("a" + r.nextInt(49), null, MoveType.VOTE).claim(a).value(r.nextDouble());
            case 6 -> Move.of(by, side.name(), MoveType.CHALLENGE).claim(a);
            case 7 -> Move.of(by, side.name(), MoveType.CONCEDE).claim(a);
            case 8 -> Move.of("moderator", null, MoveType.PREFER).preferred(a).over(b);
            default -> Move.of(by, side.name(), MoveType.ATTACK).from(b).target("no-such-claim"); // refused
        };
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

}
