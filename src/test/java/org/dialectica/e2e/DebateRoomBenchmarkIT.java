package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Chromium pages at once). A debater plays {@code room.moves} claims (default 12), two seconds
 * apart. The delay of a page is that arrival minus the click on Play in the mover's page (both
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

        List<Long> others = new ArrayList<>(), own = new ArrayList<>(), drawn = new ArrayList<>();
        for (int m = 1; m <= moves; m++) {
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
            if (!light.isEmpty()) System.out.printf(Locale.ROOT, "move %d: push message of %,d characters%n", m, light.get(0).size(m));
            Thread.sleep(2_000);
        }
        light.forEach(LightPage::close);
        System.out.printf(Locale.ROOT, "room of %d pages, %d moves: the mover's page %s; every other page %s;"
                + " of them, those drawn by Chromium %s%n", pages, moves, summary(own), summary(others), summary(drawn));
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
