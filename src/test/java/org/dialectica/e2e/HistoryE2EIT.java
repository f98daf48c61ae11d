package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, the history of every edit, in headless Chromium: a teacher edits a claim of the
 * combined seed map twice and deletes another; the map's history lists the three edits by name;
 * "Map at this point" opens, in a new tab, the map as it was before the delete, read only; and the
 * claim's history puts the first wording back.
 */
class HistoryE2EIT extends AppInBrowser {
    static final String SEED = "who-gained-from-the-2020-war";
    static final String EDITED = "p000-china-development-partner";
    static final String DELETED = "p000-russia-hegemony-weakens";

    private static long nodes(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('dialectica-graph').cy.nodes('[status]').length")).longValue();
    }

    /** Selects the claim and waits until the side panel is about it, so a click never lands on the panel it replaces. */
    private static void selectAndWait(Page page, String claimId, String title) {
        Browser.select(page, claimId);
        assertThat(page.locator("#details h3").first()).hasText(title);
    }

    private static void editText(Page page, String text) {
        selectAndWait(page, EDITED, "China the preferred development partner");
        page.locator("#edit-claim").click();
        try {
            page.locator("#claim-text textarea").waitFor(new Locator.WaitForOptions().setTimeout(5_000));
        } catch (TimeoutError e) {
            // the side panel was drawn again under the click (the first layout of a fresh map): once more
            if (page.locator("#claim-form").count() == 0) page.locator("#edit-claim").click();
        }
        page.locator("#claim-text textarea").fill(text);
        page.locator("#claim-save").click();
        assertThat(page.locator("#claim-form")).hasCount(0);
    }

    @Test
    void the_history_lists_the_edits_opens_the_map_as_it_was_and_puts_a_claim_back() throws Exception {
        Page teacher = browser.as("teacher").openMap(app.url("/map/" + SEED));
        long before = nodes(teacher);
        editText(teacher, "First wording, in the browser.");
        editText(teacher, "Second wording, in the browser.");
        selectAndWait(teacher, DELETED, "Russia's hegemony weakens");
        teacher.locator("#delete-claim").click();
        teacher.waitForFunction("n => document.querySelector('dialectica-graph').cy.nodes('[status]').length === n", (int) (before - 1));

        teacher.locator("#map-history").click();
        assertThat(teacher.locator("#history-entries > [id^=edit-]")).hasCount(3);
        assertThat(teacher.locator("#history-entries > [id^=edit-]").nth(0)).containsText("Sari deleted the claim «Russia's hegemony weakens»");
        assertThat(teacher.locator("#history-entries > [id^=edit-]").nth(2)).containsText("Sari edited the claim «China the preferred development partner»");
        Browser.screenshot(teacher, "8-map-history");

        // the map right after the second edit, before the delete: in a tab of its own, read only
        Page then = teacher.waitForPopup(() -> teacher.locator("#history-entries > [id^=edit-]").nth(1).locator("a").click());
        then.waitForFunction("n => { const g = document.querySelector('dialectica-graph');"
                + " return g && g.cy && g.cy.nodes('[status]').length === n; }", (int) before);
        assertThat(then.locator("h2")).containsText("as it was on");
        assertThat(then.locator("#add-claim")).hasCount(0);
        assertThat(then.locator("#export-at")).isVisible();
        Browser.screenshot(then, "8-map-at-an-earlier-point");
        then.close();

        teacher.locator("#history-close").click();
        selectAndWait(teacher, EDITED, "China the preferred development partner");
        teacher.locator("#claim-history").click();
        assertThat(teacher.locator("#history-entries > [id^=edit-]")).hasCount(2);
        teacher.locator("#history-entries [id^=restore-]").click();
        assertThat(teacher.locator("#details")).containsText("First wording, in the browser.");
        assertThat(teacher.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("is back as it was on"))).hasCount(1);
        Browser.screenshot(teacher, "8-claim-put-back");
    }
}
