package org.dialectica.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's load, measured not tested: two instances on one PostgreSQL ({@link TwoInstances}),
 * {@code load.people} signed-in people (default 200) as {@link LightPage}s, half on each instance:
 * eight on each of {@code load.debates} free debates (default 5; Ayu and Budi play claims, the
 * others watch) and the rest spread over {@code load.maps} copies of the combined seed map
 * (default 20), every one of them adding claims through the claim form. Each acts every
 * {@code load.every-ms} (default 5,000 ms, first at a random offset) for {@code load.seconds}
 * (default 120). Measured: an action's round trip to its own page (the response of the request
 * that saved it), its arrival on every other page of the same map or debate (push), errors, and
 * each instance's CPU time and memory. Run with
 * {@code DIALECTICA_TEST_POSTGRES=… ./mvnw verify -Ddialectica.excluded-groups= -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TwoInstancesLoadBenchmarkIT};
 * the figures go to docs/benchmarks.md by hand.
 */
@Tag("benchmark")
class TwoInstancesLoadBenchmarkIT {
    @TempDir
    static Path maps;
    private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_FAILURE = new java.util.concurrent.atomic.AtomicReference<>();

    /** One person: their page, the group (map or debate) they act in, and whether they act. */
    private record Person(LightPage page, String group, boolean acts, boolean debater) {}

    /** One action: its text, its group, who made it, and its own round trip (ms; -1: failed). */
    private record Action(String text, String group, Person by, long own) {}

    @Test
    void two_hundred_people_on_twenty_maps_and_five_debates_over_two_instances() throws Exception {
        int people = Integer.getInteger("load.people", 200), mapCount = Integer.getInteger("load.maps", 20),
                debateCount = Integer.getInteger("load.debates", 5);
        long seconds = Long.getLong("load.seconds", 120), every = Long.getLong("load.every-ms", 5_000);
        String combined = Files.readString(Path.of("arguments", "who-gained-from-the-2020-war.argdown"));
        for (int i = 1; i <= mapCount; i++) Files.writeString(maps.resolve(String.format(Locale.ROOT, "load-%02d.argdown", i)), combined);

        try (TwoInstances two = new TwoInstances(maps); Browser browser = new Browser()) {
            List<String> debates = new ArrayList<>();
            for (int d = 0; d < debateCount; d++) {
                Page moderator = TwoInstances.openDebate(browser, d % 2 == 0 ? two.a : two.b, "Load " + d);
                debates.add(TwoInstances.debatePath(moderator).substring(1));
                moderator.context().close();
            }
            long opening = System.nanoTime();
            List<CompletableFuture<Person>> opened = new ArrayList<>();
            ExecutorService opener = Executors.newFixedThreadPool(8);
            for (int p = 0; p < people; p++) {
                RunningApp app = p % 2 == 0 ? two.a : two.b;
                int n = p;
                opened.add(CompletableFuture.supplyAsync(() -> open(app, n, debates, mapCount), opener));
            }
            List<Person> room = opened.stream().map(CompletableFuture::join).toList();
            opener.shutdown();
            System.out.printf(Locale.ROOT, "%d people open in %.0f s%n", people, (System.nanoTime() - opening) / 1e9);

            Usage before = Usage.of(two);
            List<Action> actions = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            List<String> errorTexts = Collections.synchronizedList(new ArrayList<>());
            long end = System.currentTimeMillis() + seconds * 1000;
            try (ExecutorService actors = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Person person : room) {
                    if (!person.acts()) continue;
                    actors.execute(() -> {
                        int n = 0;
                        try {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(every));
                            while (System.currentTimeMillis() < end) {
                                long next = System.currentTimeMillis() + every;
                                String text = "Load " + person.page().hashCode() + " " + n++;
                                long own = act(person, text);
                                if (own < 0) {
                                    errors.incrementAndGet();
                                    if (errorTexts.size() < 5) errorTexts.add(text);
                                }
                                actions.add(new Action(text, person.group(), person, own));
                                Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            }
            Usage after = Usage.of(two);
            Thread.sleep(5_000); // the last actions' news
            List<Long> own = new ArrayList<>(), others = new ArrayList<>();
            int missing = 0;
            for (Action action : actions) {
                if (action.own() < 0) continue;
                own.add(action.own());
                for (Person other : room) {
                    if (other == action.by() || !other.group().equals(action.group())) continue;
                    Long delay = other.page().delay(action.text());
                    if (delay == null) missing++;
                    else others.add(delay);
                }
            }
            room.forEach(p -> p.page().close());
            System.out.printf(Locale.ROOT, "%d people (%d acting) on %d maps and %d debates over two instances, one action each %d ms for %d s:"
                    + " %d actions, %d errors %s, %d arrivals missing; own page %s; every other page of the group %s%n",
                    people, room.stream().filter(Person::acts).count(), mapCount, debateCount, every, seconds, actions.size(), errors.get(),
                    errorTexts, missing, summary(own), summary(others));
            System.out.printf(Locale.ROOT, "instance A: %s; instance B: %s; the people's JVM (this one): %s%n", after.a().since(before.a(), seconds),
                    after.b().since(before.b(), seconds), after.people().since(before.people(), seconds));
        }
    }

    /** People 0…8·debates−1 are in the debates (two debaters each), the others on the maps. */
    private static Person open(RunningApp app, int n, List<String> debates, int mapCount) {
        String base = app.url("");
        try {
            if (n < 8 * debates.size()) {
                String debate = debates.get(n / 8);
                int seat = n % 8;
                String login = seat == 0 ? "ayu" : seat == 1 ? "budi" : "teacher";
                return new Person(LightPage.open(base, login, RunningApp.PASSWORD, debate), debate, seat < 2, true);
            }
            String map = String.format(Locale.ROOT, "map/load-%02d", 1 + (n % mapCount));
            return new Person(LightPage.open(base, "teacher", RunningApp.PASSWORD, map), map, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("person " + n + " could not open their page: " + e.getMessage(), e);
        }
    }

    /** Adds a claim (on a map) or plays one (in a debate) with this text: its own round trip in ms, -1 if it failed. */
    private static long act(Person person, String text) {
        LightPage page = person.page();
        try {
            if (!person.debater()) page.act(page.click("add-claim"));
            LightPage.watch(text);
            long sent = System.nanoTime();
            String answer = person.debater()
                    ? page.act(page.value("move-text", text), page.click("play-move"))
                    : page.act(page.value("claim-title", text), page.value("claim-text", text + ", in a sentence."), page.click("claim-save"));
            long ms = (System.nanoTime() - sent) / 1_000_000;
            if (answer.contains(text)) return ms;
            if (FIRST_FAILURE.compareAndSet(null, answer)) System.out.println("the first action that failed was answered: " + answer.substring(0, Math.min(2_000, answer.length())));
            return -1;
        } catch (IOException | RuntimeException e) {
            if (FIRST_FAILURE.compareAndSet(null, e.toString())) System.out.println("the first action that failed: " + e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The CPU time and resident memory of both instances' processes. */
    private record Usage(Process a, Process b, Process people) {
        record Process(long cpuTicks, long rssKb) {
            static Process of(long pid) throws IOException {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long rss = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
                return new Process(Long.parseLong(f[11]) + Long.parseLong(f[12]), rss);
            }

            /** CPU as cores busy on average (ticks are 1/100 s) and memory now. */
            String since(Process before, long seconds) {
                return String.format(Locale.ROOT, "CPU %.2f cores on average, resident memory %,d MB", (cpuTicks - before.cpuTicks) / 100.0 / seconds,
                        rssKb / 1024);
            }
        }

        static Usage of(TwoInstances two) throws IOException {
            return new Usage(Process.of(two.a.pid()), Process.of(two.b.pid()), Process.of(ProcessHandle.current().pid()));
        }
    }

    private static String summary(List<Long> delays) {
        if (delays.isEmpty()) return "none";
        long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %d ms, p95 %d ms, max %d ms (n=%d)", at(d, 0.5), at(d, 0.95), d[d.length - 1], d.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
