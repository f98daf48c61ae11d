package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, measured: two Chromium pages on the combined seed map, the teacher's and the admin's.
 * The teacher adds {@code own.saves} claims (default 20), one after another. Each page records when
 * the new claim's node was added to its canvas (cytoscape's {@code add} event), the teacher's page
 * when Save was clicked; both are read from the one system clock of the one Chromium. Printed:
 * Save → own canvas and Save → other canvas, median and p95, and how often the other page was
 * first. Run it with
 * {@code ./mvnw verify -Ddialectica.excluded-groups= -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OwnPageFirstBenchmarkIT};
 * the figures go to docs/benchmarks.md by hand.
 */
@Tag("benchmark")
class OwnPageFirstBenchmarkIT extends AppInBrowser {
    /** Notes when each claim node first reaches the canvas, and when Save is clicked. */
    private static final String WATCH = """
            () => {
              window.__added = {};
              document.querySelector('dialectica-graph').cy.on('add', 'node[status]', e => {
                const id = e.target.id();
                if (!(id in window.__added)) window.__added[id] = Date.now();
              });
              document.addEventListener('click', e => {
                if (e.target.closest && e.target.closest('#claim-save')) window.__clicked = Date.now();
              }, true);
            }
            """;

    @Test
    void the_page_that_saves_shows_the_claim_no_later_than_the_other() throws Exception {
        int saves = Integer.getInteger("own.saves", 20);
        Page own = browser.openMap(app.url("/map/" + LiveMapE2EIT.COMBINED));
        Page other;
        try {
            other = browser.as("admin").openMap(app.url("/map/" + LiveMapE2EIT.COMBINED));
        } finally {
            browser.as("teacher");
        }
        own.evaluate(WATCH);
        other.evaluate(WATCH);
        assertThat(own.locator("#presence")).containsText("Administrator");

        List<Long> toOwn = new ArrayList<>(), toOther = new ArrayList<>(), toAnswer = new ArrayList<>();
        int otherFirst = 0;
        for (int i = 1; i <= saves; i++) {
            own.locator("#add-claim").click();
            own.locator("#claim-title input").fill("Measured claim " + i);
            own.locator("#claim-text textarea").fill("Claim number " + i + " of the own-page-first benchmark.");
            own.locator("#claim-save").click();
            for (Page page : List.of(own, other)) {
                page.waitForFunction("n => Object.keys(window.__added).length >= n", i, new Page.WaitForFunctionOptions().setTimeout(60_000));
            }
            // the node this save added: the newest on the saving page, the same id on the other
            String id = (String) own.evaluate("() => Object.entries(window.__added).sort((a, b) => b[1] - a[1])[0][0]");
            long clicked = ((Number) own.evaluate("() => window.__clicked")).longValue();
            long ownAt = ((Number) own.evaluate("id => window.__added[id]", id)).longValue();
            long otherAt = ((Number) other.evaluate("id => window.__added[id]", id)).longValue();
            // when the answer to the click (the first server request after it) was in, to tell the wire from the drawing
            Number answered = (Number) own.evaluate("t => { const r = performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.includes('v-r=uidl') && performance.timeOrigin + e.startTime >= t); "
                    + "return r.length ? Math.round(performance.timeOrigin + r[0].responseEnd) : null; }", (double) clicked);
            if (answered != null) toAnswer.add(answered.longValue() - clicked);
            toOwn.add(ownAt - clicked);
            toOther.add(otherAt - clicked);
            if (otherAt < ownAt) otherFirst++;
            assertThat(own.locator("#claim-form")).hasCount(0);
        }
        System.out.printf(Locale.ROOT, "%d saves: Save -> own canvas %s; Save -> other canvas %s; the other page first %d times;"
                + " Save -> own page's answer received %s%n", saves, summary(toOwn), summary(toOther), otherFirst, summary(toAnswer));
    }

    private static String summary(List<Long> delays) {
        long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %d ms, p95 %d ms, max %d ms (n=%d)", at(d, 0.5), at(d, 0.95), d[d.length - 1], d.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
