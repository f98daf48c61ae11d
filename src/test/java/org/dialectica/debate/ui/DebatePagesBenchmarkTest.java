package org.dialectica.debate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dialectica.debate.DebateState;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Move;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Played;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.map.Claim;
import org.dialectica.people.Accounts;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Debates at scale through the application's service (docs/benchmarks.md, "Debates"): 10 debates at
 * once on the combined seed map, each followed by 60 pages (a moderator, 2 × 5 debaters, 49 in the
 * audience). Each move is played as its mover through {@link Debates#play} (checked, judged, stored
 * in H2) and every other page of the debate is told and reads what the debate page reads (the state,
 * the moves on offer, the canvas drawing), as its pushed refresh does. A move's round trip is from
 * the call until the last of those pages has read it; the browser's own redraw is not in it
 * ({@code DebateE2EIT} prints that). Run with {@code ./mvnw -Pbench test -Dtest=DebatePagesBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest
class DebatePagesBenchmarkTest {
    static final int DEBATES = 10, PAGES = 60, MOVES = 60;
    static final Person MODERATOR = new Person("moderator", "Dimas", Role.MODERATOR);
    static final Person ADMIN = new Person("admin", "Administrator", Role.ADMIN);

    @Autowired
    Debates debates;
    @Autowired
    Accounts accounts;
    @Autowired
    DebateDrawings drawings;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient database;

    @Test
    void ten_debates_of_sixty_pages_on_the_combined_seed_map() throws Exception {
        List<String> pro = people("bench-p", 5), opp = people("bench-o", 5);
        Setup setup = new Setup("Benchmark", Format.FREE, null, List.of(
                new Side("Proposition", List.of("p000-russia-hegemony-weakens"), pro),
                new Side("Opposition", List.of("p004-russia-ceasefire-winner"), opp)), 0, 0, 0, false);
        run(setup, pro, opp, 1, 20, new ArrayList<>()); // warm-up
        List<Double> trips = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService movers = Executors.newFixedThreadPool(DEBATES)) {
            List<Future<?>> done = new ArrayList<>();
            for (int d = 0; d < DEBATES; d++) {
                int seed = d;
                done.add(movers.submit(() -> run(setup, pro, opp, seed, MOVES, trips)));
            }
            for (Future<?> f : done) f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double[] ms = trips.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertThat(ms).hasSize(DEBATES * MOVES);
        System.out.printf(Locale.ROOT, "debate pages: %d debates x %d pages, %d moves in %.1f s: round trip p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", DEBATES, PAGES, ms.length, wall, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
    }

    private List<String> people(String prefix, int n) {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String login = prefix + i;
            if (CurrentPerson.as(ADMIN, () -> accounts.person(login)).isEmpty()) {
                CurrentPerson.as(ADMIN, () -> accounts.create(login, login, null, Role.STUDENT, "bench-password-" + login));
            }
            logins.add(login);
        }
        return logins;
    }

    /** One debate: its pages follow it, its debaters and moderator play; each round trip is recorded. */
    private Void run(Setup setup, List<String> pro, List<String> opp, int seed, int moves, List<Double> trips) throws Exception {
        long id = CurrentPerson.as(MODERATOR, () -> debates.open("who-gained-from-the-2020-war", setup));
        AtomicReference<CountDownLatch> pending = new AtomicReference<>(new CountDownLatch(0));
        List<AutoCloseable> pages = new ArrayList<>();
        for (int p = 0; p < PAGES; p++) {
            Locale language = p % 6 == 5 ? Locale.forLanguageTag("id") : Locale.ENGLISH;
            Person reader = p == 0 ? MODERATOR : p <= 5 ? new Person(pro.get(p - 1), "P", Role.STUDENT)
                    : p <= 10 ? new Person(opp.get(p - 6), "O", Role.STUDENT) : new Person("audience-" + p, "A", Role.STUDENT);
            pages.add(CurrentPerson.as(reader, () -> debates.join(id, () -> {
                CurrentPerson.as(reader, () -> read(id, language));
                pending.get().countDown();
            })));
        }
        Random random = new Random(seed);
        List<String> claims = new ArrayList<>(CurrentPerson.as(MODERATOR, () -> debates.state(id)).analysis().map().claimIds());
        for (int i = 0; i < moves; i++) {
            boolean forPro = random.nextBoolean();
            Person mover = i % 10 == 8 ? MODERATOR : new Person((forPro ? pro : opp).get(random.nextInt(5)), "D", Role.STUDENT);
            Move move = move(i, claims, random);
            // every page but the mover's own (it redraws itself) is told
            pending.set(new CountDownLatch(PAGES));
            long t0 = System.nanoTime();
            Played played = CurrentPerson.as(mover, () -> debates.play(id, move, null));
            assertThat(pending.get().await(30, TimeUnit.SECONDS)).isTrue();
            trips.add((System.nanoTime() - t0) / 1e6);
            if (played.accepted() && move.type() == MoveType.CLAIM) claims.add(move.id());
        }
        for (AutoCloseable page : pages) page.close();
        database.sql("delete from debate where id = ?").param(id).update();
        return null;
    }

    /**
     * What a debate page reads when it is told of a move: the state, the moves on offer, the canvas
     * drawing (shared by the pages in one language; a sixth of them read Indonesian), the claims'
     * titles. Vaadin's own work of sending it to the browser is not in it.
     */
    private int read(long id, Locale locale) {
        DebateState state = debates.state(id);
        int n = debates.moves(id).size() + drawings.of(state, locale).edges().size();
        for (Claim c : state.analysis().map().claims()) n += c.displayTitle().length();
        return n;
    }

    private static Move move(int i, List<String> claims, Random r) {
        String a = claims.get(r.nextInt(claims.size())), b = claims.get(r.nextInt(claims.size()));
        return switch (i % 10) {
            case 0, 1, 2 -> Move.of(null, null, MoveType.CLAIM).id("bench-" + i).text("Claim " + i).target(b);
            case 3, 4 -> Move.of(null, null, MoveType.ATTACK).from(a).target(b);
            case 5, 6 -> Move.of(null, null, MoveType.SUPPORT).from(a).to(b);
            case 7 -> Move.of(null, null, MoveType.CHALLENGE).claim(a);
            case 8 -> Move.of(null, null, MoveType.PREFER).preferred(a).over(b);
            default -> Move.of(null, null, MoveType.ATTACK).from(b).target("no-such-claim"); // refused
        };
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
