package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonElement;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seminar room measured, not tested: a free debate on the combined seed map watched by
 * {@code room.pages} pages (default 60), each signed in with its own session and push connection.
 * {@code room.browsers} of them (default 6, the moderator's among them; 0 closes the moderator's once
 * the debate is open, leaving the mover's page the only browser) are real Chromium pages
 * that record when a move's transcript entry entered their DOM; the rest are {@link LightPage}s,
 * real UIs on the server fed by real push connections but drawn by no browser, which note when
 * the push message carrying the entry arrived (this machine's two cores cannot lay out 60
 * Chromium pages at once). A debater plays {@code room.warmup} claims (default 3, reported apart)
 * and then {@code room.moves} claims (default 12), two seconds apart. The delay of a page is that arrival minus the click on Play in the mover's page (both
 * read from the one system clock).
 * Run it with
 * {@code ./mvnw verify -Ddialectica.excluded-groups= -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DebateRoomBenchmarkIT};
 * the figures go to docs/benchmarks.md by hand.
 */
@Tag("benchmark")
class DebateRoomBenchmarkIT extends AppInBrowser {
    /** Records, on each page, when each transcript entry first appeared (ms since the epoch). */
    private static final String WATCH = """
            window.__arrived = {};
            new MutationObserver(() => {
              for (let n = Object.keys(window.__arrived).length + 1; document.getElementById('move-' + n); n++) {
                window.__arrived[n] = Date.now();
              }
            }).observe(document, {childList: true, subtree: true});
            document.addEventListener('click', e => {
              if (e.target.closest && e.target.closest('#play-move')) window.__clicked = Date.now();
            }, true);
            """;

    private static Page open(String login, String path) {
        try {
            return browser.as(login).open(app.url(path), 1440, 900, WATCH);
        } finally {
            browser.as("teacher");
        }
    }

    @Test
    void a_move_reaches_every_page_of_a_full_room() throws Exception {
        int pages = Integer.getInteger("room.pages", 60), moves = Integer.getInteger("room.moves", 12);
        // the first moves after a fresh start run the pages' code before the JIT has compiled it:
        // measured and reported apart, as a server that has been up for a while no longer pays for them
        int warmup = Integer.getInteger("room.warmup", 3);
        Page moderator = open("moderator", "/debates");
        moderator.locator("#new-debate").click();
        moderator.locator("#debate-title input").fill("A full room");
        moderator.locator("#debate-map input").fill("Who gained from the 2020");
        moderator.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText("Who gained from the 2020")).first().click();
        moderator.locator("#side-members-1 input").click();
        moderator.keyboard().type("Ayu (ayu)");
        moderator.locator("vaadin-multi-select-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText("Ayu (ayu)")).first().click();
        moderator.keyboard().press("Tab");
        moderator.locator("#debate-open").click();
        moderator.waitForURL(u -> u.matches(".*/debate/\\d+$"));
        String path = moderator.url().substring(moderator.url().indexOf("/debate/"));

        Page ayu = open("ayu", path);
        List<Page> room = new ArrayList<>(List.of(moderator));
        long opening = System.nanoTime();
        int browsers = Math.min(pages, Integer.getInteger("room.browsers", 6));
        // room.browsers=0: the moderator's page goes once the debate is open, the mover's is the only browser
        if (browsers == 0) {
            moderator.context().close();
            room.clear();
        }
        while (room.size() < browsers) room.add(open("teacher", path));
        for (Page page : room) assertThat(page.locator("#transcript")).isVisible();
        List<LightPage> light = new ArrayList<>();
        for (int i = room.size(); i < pages; i++) light.add(LightPage.open(app.url(""), "teacher", RunningApp.PASSWORD, path.substring(1)));
        System.out.printf(Locale.ROOT, "%d pages open (%d in Chromium) in %.0f s%n", pages, room.size(), (System.nanoTime() - opening) / 1e9);

        List<Long> others = new ArrayList<>(), own = new ArrayList<>(), drawn = new ArrayList<>(), cold = new ArrayList<>();
        // what each browser's page spent on the moves, from Chromium's own counters
        List<Page> browsersInRoom = new ArrayList<>(room);
        browsersInRoom.addFirst(ayu);
        List<CDPSession> devtools = new ArrayList<>();
        List<Map<String, Double>> before = new ArrayList<>();
        for (Page page : browsersInRoom) {
            CDPSession session = page.context().newCDPSession(page);
            session.send("Performance.enable");
            devtools.add(session);
            before.add(metrics(session));
        }
        for (int m = 1; m <= warmup + moves; m++) {
            if (m == warmup + 1) {
                cold.addAll(others);
                others.clear();
                own.clear();
                drawn.clear();
            }
            ayu.locator("#move-text textarea").fill("Claim number " + m + " of a full room.");
            ayu.locator("#play-move").click();
            assertThat(ayu.locator("#move-" + m)).isAttached();
            long clicked = ((Number) ayu.evaluate("() => window.__clicked")).longValue();
            own.add(((Number) ayu.evaluate("n => window.__arrived[n]", m)).longValue() - clicked);
            for (Page page : room) {
                page.waitForFunction("n => window.__arrived[n]", m, new Page.WaitForFunctionOptions().setTimeout(60_000));
                long delay = ((Number) page.evaluate("n => window.__arrived[n]", m)).longValue() - clicked;
                others.add(delay);
                drawn.add(delay);
            }
            for (LightPage page : light) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (page.arrival(m) == null && System.currentTimeMillis() < deadline) Thread.sleep(20);
                if (page.arrival(m) == null) throw new AssertionError("move " + m + " did not reach a light page within 60 s");
                others.add(page.arrival(m) - clicked);
            }
            if (!light.isEmpty()) System.out.printf(Locale.ROOT, "move %d: push message of %,d characters; the others %s%n",
                    m, light.get(0).size(m), summary(others.subList(others.size() - pages + 1, others.size())));
            Thread.sleep(2_000);
        }
        // and what the same pages spend with nothing happening, for comparison
        List<Map<String, Double>> idle = new ArrayList<>();
        for (CDPSession session : devtools) idle.add(metrics(session));
        Thread.sleep(5_000);
        List<Map<String, Double>> rested = new ArrayList<>();
        for (CDPSession session : devtools) rested.add(metrics(session));
        light.forEach(LightPage::close);
        for (int i = 0; i < devtools.size(); i++) {
            Map<String, Double> after = idle.get(i);
            StringBuilder spent = new StringBuilder();
            for (String name : List.of("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")) {
                spent.append(String.format(Locale.ROOT, " %s %.0f ms", name, 1000 * (after.get(name) - before.get(i).get(name)) / (warmup + moves)));
            }
            System.out.printf(Locale.ROOT, "%s page, per move:%s; idle: TaskDuration %.0f ms a second%n", i == 0 ? "the mover's" : "a watching", spent,
                    1000 * (rested.get(i).get("TaskDuration") - idle.get(i).get("TaskDuration")) / 5);
        }
        System.out.printf(Locale.ROOT, "room of %d pages, %d moves: the mover's page %s; every other page %s;"
                + " of them, those drawn by Chromium %s; before them, %d moves after a fresh start: every other page %s%n",
                pages, moves, summary(own), summary(others), summary(drawn), warmup, summary(cold));
    }

    private static Map<String, Double> metrics(CDPSession session) {
        Map<String, Double> values = new HashMap<>();
        for (JsonElement metric : session.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            values.put(metric.getAsJsonObject().get("name").getAsString(), metric.getAsJsonObject().get("value").getAsDouble());
        }
        return values;
    }

    private static String summary(List<Long> delays) {
        if (delays.isEmpty()) return "none";
        long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %d ms, p90 %d ms, p95 %d ms, max %d ms (n=%d)",
                at(d, 0.5), at(d, 0.9), at(d, 0.95), d[d.length - 1], d.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
