package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: two people on one map in two browser contexts of headless Chromium, as a seminar has
 * them. Each sees the other's edits without reloading and knows who else is there; a form opened
 * before someone else's save keeps the typing and shows what they changed; Ctrl+Z in a form field
 * leaves the map alone. How long the news takes to arrive is measured and printed, not asserted
 * (docs/benchmarks.md has the figures).
 */
class LiveMapE2EIT extends AppInBrowser {
    static final String COMBINED = "who-gained-from-the-2020-war";

    private static Page openMap(String mapId) {
        return browser.openMap(app.url("/map/" + mapId));
    }

    /** The map as a second person sees it: the admin (the teacher is the first), both may edit the seed. */
    private static Page openMapAsSecond(String mapId) {
        try {
            return browser.as("admin").openMap(app.url("/map/" + mapId));
        } finally {
            browser.as("teacher");
        }
    }

    private static long nodes(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('dialectica-graph').cy.nodes('[status]').length")).longValue();
    }

    /** Waits (30 s at most) until the page's canvas holds this many claims. */
    private static void waitForNodes(Page page, long count) {
        page.waitForFunction("n => document.querySelector('dialectica-graph').cy.nodes('[status]').length === n", (int) count,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    /** Notes when each claim first reaches the page's canvas (ms since the epoch, the one clock of the browser). */
    private static void noteArrivals(Page page) {
        page.evaluate("() => { window.__added = {}; document.querySelector('dialectica-graph').cy.on('add', 'node[status]', e => {"
                + " if (!(e.target.id() in window.__added)) window.__added[e.target.id()] = Date.now(); }); }");
    }

    @Test
    void an_added_claim_reaches_the_other_viewer_without_a_reload_and_each_sees_the_other() throws Exception {
        Page ayu = openMap(COMBINED);
        Page budi = openMapAsSecond(COMBINED);
        // each sees the other by name, and their initials
        assertThat(budi.locator("#presence")).containsText("On this map now: you (Administrator), Sari");
        assertThat(ayu.locator("#presence")).containsText("On this map now: you (Sari), Administrator");
        ayu.waitForFunction("() => document.querySelector('#avatars').items.length === 2", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        long before = nodes(budi);
        noteArrivals(ayu);
        noteArrivals(budi);

        // a claim with only the required fields
        ayu.locator("#add-claim").click();
        ayu.locator("#claim-title input").fill("Ceasefire monitors are Russian");
        ayu.locator("#claim-text textarea").fill("The ceasefire is watched by Russian peacekeepers only.");
        double saved = ((Number) ayu.evaluate("() => Date.now()")).doubleValue();
        ayu.locator("#claim-save").click();
        // each page is waited for: the saving page draws the claim first (issue 24), the other is told
        // after it; how long each took is printed (OwnPageFirstBenchmarkIT measures it), not asserted
        waitForNodes(ayu, before + 1);
        waitForNodes(budi, before + 1);
        double own = ((Number) ayu.evaluate("t => Math.max(...Object.values(window.__added)) - t", saved)).doubleValue();
        double other = ((Number) budi.evaluate("t => Math.max(...Object.values(window.__added)) - t", saved)).doubleValue();
        System.out.printf(Locale.ROOT, "the new claim was on the saving page %.0f ms and on the other viewer's %.0f ms after Save%n", own, other);
        assertThat(budi.locator("#claim-form")).hasCount(0); // no reload, nothing opened on Budi's side
        Browser.screenshot(budi, "7-live-second-viewer");

        budi.close();
        ayu.waitForFunction("() => !document.querySelector('#presence').textContent.includes(',')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(ayu.locator("#presence")).containsText("only one");
    }

    /**
     * Issue 18: a form opened before someone else's save merges instead of overwriting. Ayu opens
     * the form, Budi saves a new text (Ayu's form is told at once), Ayu changes the title and saves
     * once: the claim has Ayu's title and Budi's text. Then both change the text: Ayu sees both
     * versions side by side, keeps hers, and Budi is told his text was replaced.
     */
    @Test
    void a_stale_form_merges_and_a_field_both_changed_is_chosen_side_by_side() throws Exception {
        String claim = "p001-turkey-mediator";
        Page ayu = openMap(COMBINED);
        Page budi = openMapAsSecond(COMBINED);
        try {
            Browser.select(ayu, claim);
            ayu.locator("#edit-claim").click();
            Browser.select(budi, claim);
            budi.locator("#edit-claim").click();
            budi.locator("#claim-text textarea").fill("Budi's wording of the motive.");
            budi.locator("#claim-save").click();
            assertThat(budi.locator("#claim-form")).hasCount(0);
            assertThat(ayu.locator("#claim-changed")).containsText("English text"); // pushed: no click on Ayu's side

            ayu.locator("#claim-title input").fill("Energy security drove Ankara");
            ayu.locator("#claim-save").click();
            assertThat(ayu.locator("#claim-form")).hasCount(0);
            Page fresh = openMap(COMBINED);
            Browser.select(fresh, claim);
            assertThat(fresh.locator("#details")).containsText("Budi's wording of the motive.");
            assertThat(fresh.locator("#details")).containsText("Energy security drove Ankara");
            fresh.close();

            // both change the text
            ayu.locator("#edit-claim").click();
            budi.locator("#edit-claim").click();
            budi.locator("#claim-text textarea").fill("Budi's second wording.");
            budi.locator("#claim-save").click();
            assertThat(budi.locator("#claim-form")).hasCount(0);
            ayu.locator("#claim-text textarea").fill("Ayu's own wording.");
            ayu.locator("#claim-save").click();
            assertThat(ayu.locator("#conflict-theirs-text textarea")).hasValue("Budi's second wording.");
            assertThat(ayu.locator("#conflict-yours-text textarea")).hasValue("Ayu's own wording.");
            Browser.screenshot(ayu, "18-merge-conflict-side-by-side");
            ayu.locator("#conflict-choice-text vaadin-radio-button:has-text('Keep mine') label").click();
            ayu.locator("#claim-save").click();
            assertThat(ayu.locator("#claim-form")).hasCount(0);
            // Budi's open page is told, by push: waited for, the notice stays 10 s
            assertThat(budi.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Sari replaced your version of «Energy security drove Ankara»: English text")))
                    .hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));

            Page after = openMap(COMBINED);
            Browser.select(after, claim);
            assertThat(after.locator("#details")).containsText("Ayu's own wording.");
            assertThat(after.locator("#details")).containsText("Energy security drove Ankara");
            after.close();
        } finally {
            // the other tests count who is on the map
            ayu.close();
            budi.close();
        }
    }

    @Test
    void ctrl_z_in_a_form_field_does_not_undo_the_map_edit() throws Exception {
        Page page = openMap(COMBINED);
        page.locator("#add-claim").click();
        page.locator("#claim-title input").fill("First");
        page.locator("#claim-text textarea").fill("A first claim.");
        long before = nodes(page);
        page.locator("#claim-save").click();
        assertThat(page.locator("#claim-form")).hasCount(0);
        long withFirst = before + 1;
        waitForNodes(page, withFirst);

        page.locator("#add-claim").click();
        page.locator("#claim-title input").fill("Second");
        page.locator("#claim-title input").press("Control+z");
        // Cancel goes to the server after the shortcut would have: once the form is closed, an undo would have been drawn
        page.locator("#claim-form vaadin-button:has-text('Cancel')").click();
        assertThat(page.locator("#claim-form")).hasCount(0);
        assertThat(nodes(page)).isEqualTo(withFirst);

        page.locator("dialectica-graph").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 5));
        page.keyboard().press("Control+z");
        waitForNodes(page, withFirst - 1);
    }

    /** Issue 7: explanations, not only the chrome, in Indonesian. */
    @Test
    void the_reasons_of_a_claim_are_explained_in_indonesian() throws Exception {
        Page page = openMap(COMBINED);
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        Browser.select(page, "p000-russia-hegemony-weakens"); // undecided: its rival attacks it and nothing is preferred

        assertThat(page.locator("#details")).containsText("Mengapa label ini");
        assertThat(page.locator("#details")).containsText("belum terputuskan");
        assertThat(page.locator("#selected-label")).containsText("belum terputuskan");
        page.locator("#show-findings").click(); // the findings open from the toolbar
        assertThat(page.locator("#findings")).containsText("klaim terisolasi");
        Browser.screenshot(page, "7-indonesian-explanations");
    }
}
