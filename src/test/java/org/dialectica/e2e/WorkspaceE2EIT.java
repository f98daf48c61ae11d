package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged app on its own H2 file database, in headless Chromium, as a user works with it.
 * Screenshots go to target/e2e-screenshots. The canvas is read through its cytoscape instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceE2EIT extends AppInBrowser {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String WEAKENED = "p000-russia-hegemony-weakens";
    static final String STRONGER = "p004-russia-regional-position-stronger";

    /** Opens a map and waits until the canvas has laid out every claim. */
    private static Page openMap(String mapId) {
        return browser.openMap(app.url("/map/" + mapId));
    }

    private static String status(Page page, String claimId) {
        return (String) page.evaluate("id => document.querySelector('dialectica-graph').cy.getElementById(id).data('status')", claimId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> edges(Page page, String kind) {
        return (List<String>) page.evaluate("kind => document.querySelector('dialectica-graph').cy.edges()"
                + ".filter(e => e.data('kind') === kind && e.visible()).map(e => e.data('source') + '|' + e.data('target'))", kind);
    }

    private static void choose(Page page, String comboId, String text) {
        page.locator("#" + comboId + " input").fill(text);
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    @Test
    @Order(1)
    void the_combined_seed_map_renders_with_the_derived_conflict_between_the_russia_claims_of_000_and_004() throws Exception {
        Page page = openMap(COMBINED);

        assertThat(edges(page, "conflict")).contains(WEAKENED + "|" + STRONGER);
        assertThat((Boolean) page.evaluate("() => document.querySelector('dialectica-graph').cy.edges('[kind = \"conflict\"]')"
                + ".every(e => e.data('derived') === true)")).isTrue();
        Browser.screenshot(page, "1-combined-map");
        // and closer, so the labels of the two rival claims and their conflict can be read
        page.evaluate("ids => { const cy = document.querySelector('dialectica-graph').cy;"
                + " cy.fit(cy.getElementById(ids[0]).union(cy.getElementById(ids[1])), 60); }", List.of(WEAKENED, STRONGER));
        // drawn: two frames after the fit, not a guessed pause
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        Browser.screenshot(page, "1b-russia-conflict-close-up");
    }

    @Test
    @Order(2)
    void selecting_a_claim_shows_its_quote_source_and_why_it_has_its_label() throws Exception {
        Page page = openMap(COMBINED);
        Browser.select(page, WEAKENED);

        assertThat(page.locator("#details")).containsText("000_fb6a5eb7a242001a.txt");
        assertThat(page.locator("#details")).containsText("Rusia");
        // the status and the strength, e.g. "UNDEC (undecided) · 0.29"
        assertThat(page.locator("#selected-label")).containsText(status(page, WEAKENED));
        assertThat(page.locator("#selected-label")).containsText("·");
        Browser.screenshot(page, "2-claim-selected");
    }

    @Test
    @Order(3)
    void an_attack_added_from_the_ui_changes_labels_and_is_still_there_after_a_reload_and_a_restart() throws Exception {
        Page page = openMap(COMBINED);
        String target = "p000-china-development-partner";
        String attacker = "p000-turkish-tb2-drones";
        assertThat(status(page, target)).isEqualTo("IN");
        assertThat(status(page, attacker)).isEqualTo("IN");

        page.locator("#add-relation").click();
        choose(page, "relation-from", "Turkish TB2 drones backed the victory");
        choose(page, "relation-to", "China the preferred development partner");
        page.locator("#relation-save").click();

        page.waitForFunction("id => document.querySelector('dialectica-graph').cy.getElementById(id).data('status') === 'OUT'", target,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForFunction("ends => document.querySelector('dialectica-graph').cy.edges().some(e => e.data('kind') === 'rebut'"
                + " && e.data('source') === ends[0] && e.data('target') === ends[1])", List.of(attacker, target),
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        Browser.screenshot(page, "3-after-attack");

        Page reloaded = openMap(COMBINED);
        assertThat(status(reloaded, target)).isEqualTo("OUT");

        app.stop();
        app.start();
        Page restarted = openMap(COMBINED);
        assertThat(status(restarted, target)).isEqualTo("OUT");
        assertThat(edges(restarted, "rebut")).contains(attacker + "|" + target);
    }

    @Test
    @Order(4)
    void a_malformed_import_saves_nothing_and_says_where_the_file_is_wrong() throws Exception {
        Page page = browser.open(app.url("/"));
        page.waitForSelector("#maps");
        // the list is filled after the page shows it: counted once the seed maps are in it
        assertThat(page.locator("[id^=open-]").first()).isAttached();
        int before = page.locator("[id^=open-]").count();
        Path bad = Files.createTempDirectory("import").resolve("bad-map.argdown");
        Files.writeString(bad, "[A]: Fine claim.\n\n[B]: Broken claim.\n  {kind: hypothesis}\n");

        page.locator("#import-map input[type=file]").setInputFiles(bad);

        assertThat(page.locator("#import-message")).containsText("bad-map.argdown:4:");
        assertThat(page.locator("[id^=open-]")).hasCount(before);
        Browser.screenshot(page, "4-failed-import");
    }

    @Test
    @Order(5)
    void the_interface_switches_to_indonesian() throws Exception {
        Page page = browser.open(app.url("/"));
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();

        assertThat(page.getByText("Peta argumen")).isVisible();
        Browser.screenshot(page, "5-indonesian");
    }

    @Test
    @Order(6)
    void the_compare_view_puts_the_russia_theses_side_by_side_with_their_cruxes() throws Exception {
        Page page = browser.open(app.url("/compare/" + COMBINED + "?thesis=" + WEAKENED + "&thesis=p004-russia-ceasefire-winner"));
        page.waitForSelector(".thesis-card");

        // the pickers are real, defined web components (a stale bundle once left them blank)
        assertThat((Boolean) page.evaluate("() => !!customElements.get('vaadin-multi-select-combo-box')")).isTrue();
        assertThat(page.locator("#compare-theses")).isVisible();
        assertThat(page.locator(".thesis-card")).hasCount(2);
        assertThat(page.locator("#compare-conflicts li")).hasCount(2);
        assertThat(page.locator("#compare-cruxes")).containsText("outweighs «Russia's hegemony weakens»");
        Browser.screenshot(page, "6-compare-russia-theses");
        page.locator("#compare-cruxes").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "6b-compare-cruxes");
    }
}
