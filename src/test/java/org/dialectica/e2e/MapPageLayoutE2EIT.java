package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dialectica.bench.GeneratedMaps;
import org.dialectica.io.argdown.ArgdownWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, the map page at 1440×900: the canvas has most of the window, the side panel answers
 * "which thesis stands, and why" before anything is selected, a selected thesis's reason is in
 * view, and a fitted 2,000-claim map draws no label smaller than 8 px (it says to zoom in).
 */
class MapPageLayoutE2EIT {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String BIG = "generated-2000";
    static final String GRAPH = "document.querySelector('dialectica-graph')";
    static final int WIDTH = 1440;
    static final int HEIGHT = 900;

    @TempDir
    static Path data;
    @TempDir
    static Path arguments;
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        RunningApp.copySamples(arguments);
        Files.writeString(arguments.resolve(BIG + ".argdown"), new ArgdownWriter().write(GeneratedMaps.generate(2000, 7)));
        app = new RunningApp(data).withArguments(arguments).start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    static Page open(String mapId) {
        Page page = browser.open(app.url("/map/" + mapId), WIDTH, HEIGHT, null);
        page.waitForFunction("() => { const g = " + GRAPH + "; return g && g.cy && g.cy.nodes('[status]').length > 0"
                + " && g.dataset.layout === 'done' && g.cy.nodes('.pending').length === 0; }", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        return page;
    }

    @Test
    void at_1440_by_900_the_canvas_has_most_of_the_window_and_the_panel_lists_the_theses_with_their_reasons() throws Exception {
        Page page = open(COMBINED);
        Browser.screenshot(page, "19-map-first-view");

        BoundingBox canvas = page.locator("#canvas").boundingBox();
        assertThat(canvas.width * canvas.height).as("canvas %s × %s px", canvas.width, canvas.height)
                .isGreaterThanOrEqualTo(0.6 * WIDTH * HEIGHT);
        assertThat(canvas.x + canvas.width).isLessThanOrEqualTo(WIDTH);
        // nothing of the page runs past the right edge (the toolbar fits its row)
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(WIDTH);
        assertThat(cutAtTheRight(page)).as("claims cut by the right side of the opening view").isZero();

        @SuppressWarnings("unchecked")
        List<Map<String, String>> theses = (List<Map<String, String>>) page.evaluate("() => " + GRAPH
                + ".cy.nodes('[kind = \"thesis\"]').map(n => ({ id: n.id(), status: n.data('status') }))");
        assertThat(theses).hasSizeGreaterThan(5);
        Locator entries = page.locator("#theses-overview .thesis-entry");
        assertThat(entries).hasCount(theses.size());
        for (Map<String, String> thesis : theses) {
            Locator entry = page.locator("#theses-overview .thesis-entry[data-claim='" + thesis.get("id") + "']");
            assertThat(entry.locator(".thesis-status")).hasAttribute("data-label", thesis.get("status"));
            assertThat(entry.locator(".thesis-status")).containsText(thesis.get("status"));
            assertThat(entry.locator(".thesis-strength")).containsText("Strength");
            assertThat(entry.locator(".thesis-grounds")).containsText("Grounds");
            assertThat(entry.locator(".thesis-reason")).not().isEmpty();
        }

        for (Map<String, String> thesis : theses) {
            Browser.select(page, thesis.get("id"));
            page.waitForFunction("id => document.querySelector('#details h3')?.textContent === " + GRAPH + ".cy.getElementById(id).data('label')",
                    thesis.get("id"));
            assertThat(page.locator("#selected-reason")).isVisible();
            Locator reasons = page.locator("#details .claim-reason");
            for (int i = 0; i < reasons.count(); i++) {
                BoundingBox box = reasons.nth(i).boundingBox();
                assertThat(box.y).as("top of the reason of %s", thesis.get("id")).isGreaterThanOrEqualTo(0);
                assertThat(box.y + box.height).as("bottom of the reason of %s", thesis.get("id")).isLessThanOrEqualTo(HEIGHT);
            }
        }
        Browser.screenshot(page, "19-map-thesis-selected");

        // and back: a click on an entry of the overview selects that thesis on the canvas
        page.locator("#canvas").focus();
        page.evaluate("() => { const cy = " + GRAPH + ".cy; cy.emit('tap'); }");
        String first = theses.getFirst().get("id");
        page.locator("#theses-overview .thesis-entry[data-claim='" + first + "']").click();
        page.waitForFunction("id => " + GRAPH + ".cy.getElementById(id).selected()", first);
        assertThat(page.locator("#selected-reason")).isVisible();
        page.context().close();
    }

    /** Claims in the rows on screen that the right side of the canvas cuts in two. */
    static int cutAtTheRight(Page page) {
        return ((Number) page.evaluate("() => { const cy = " + GRAPH + ".cy; const e = cy.extent();"
                + " return cy.nodes().not('.anchor').filter(n => { const p = n.position(), w = n.data('w') / 2, h = n.data('h') / 2;"
                + " return p.y + h > e.y1 && p.y - h < e.y2 && p.x - w < e.x2 && p.x + w > e.x2; }).length; }"))
                .intValue();
    }

    @Test
    void in_indonesian_the_tools_still_fit_one_row_and_the_canvas_keeps_its_share() throws Exception {
        Page page = open(COMBINED);
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        assertThat(page.locator("#show-filters")).hasText("Saring");
        assertThat(page.locator("#theses-overview")).containsText("Tesis dalam peta ini");
        Browser.screenshot(page, "19-map-first-view-id");
        BoundingBox canvas = page.locator("#canvas").boundingBox();
        assertThat(canvas.width * canvas.height).as("canvas %s × %s px", canvas.width, canvas.height)
                .isGreaterThanOrEqualTo(0.6 * WIDTH * HEIGHT);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(WIDTH);
        page.context().close();
    }

    @Test
    void after_fit_a_2000_claim_map_draws_no_label_below_8_px_and_says_to_zoom_in() throws Exception {
        Page page = open(BIG);
        page.locator("#fit").click();
        page.waitForFunction("() => { const cy = " + GRAPH + ".cy; const e = cy.extent();"
                + " return cy.nodes().not('.anchor').every(n => { const p = n.position(); return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2; }); }");
        Browser.screenshot(page, "19-map-2000-fitted");

        @SuppressWarnings("unchecked")
        Map<String, Number> drawn = (Map<String, Number>) page.evaluate("() => { const cy = " + GRAPH + ".cy; const z = cy.zoom();"
                + " const nodes = cy.nodes().not('.anchor');"
                + " const onScreen = n => n.numericStyle('font-size') * z;"
                + " const drawn = nodes.filter(n => n.style('label') !== '' && onScreen(n) >= n.numericStyle('min-zoomed-font-size'));"
                + " return { zoom: z, smallest: Math.min(...nodes.map(onScreen)),"
                + "   minZoomedFloor: Math.min(...nodes.map(n => n.numericStyle('min-zoomed-font-size'))),"
                + "   drawn: drawn.length, drawnBelow8: drawn.filter(n => onScreen(n) < 8).length }; }");
        assertThat(drawn.get("minZoomedFloor").doubleValue()).as("cytoscape's min-zoomed-font-size").isGreaterThanOrEqualTo(8);
        assertThat(drawn.get("drawnBelow8").intValue()).as("labels drawn below 8 px at zoom %s", drawn.get("zoom")).isZero();
        // the whole map fits only at a size too small to read: nothing is drawn, and the canvas says so
        assertThat(drawn.get("smallest").doubleValue()).isLessThan(8);
        assertThat(drawn.get("drawn").intValue()).isZero();
        assertThat(page.locator("dialectica-graph .zoom-note")).isVisible();
        assertThat(page.locator("dialectica-graph .zoom-note")).hasText("Zoom in to read the claims (+, or the mouse wheel).");

        // zoomed in far enough, the labels are drawn and the note goes
        page.waitForFunction("() => { const cy = " + GRAPH + ".cy; if (cy.zoom() * 12 < 8) document.querySelector('#zoom-in').click();"
                + " return cy.zoom() * 12 >= 8; }", null, new Page.WaitForFunctionOptions().setPollingInterval(300).setTimeout(60_000));
        assertThat(page.locator("dialectica-graph .zoom-note")).isHidden();
        assertThat((String) page.evaluate("() => " + GRAPH + ".dataset.labelsHidden")).isEqualTo("false");
        page.context().close();
    }

    @Test
    void a_reader_who_may_not_edit_is_not_told_to_shift_drag() {
        Page reader = browser.as("ayu").open(app.url("/map/" + COMBINED), WIDTH, HEIGHT, null);
        try {
            reader.waitForFunction("() => " + GRAPH + "?.cy?.nodes('[status]').length > 0", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
            assertThat(reader.locator("#read-only")).isVisible();
            reader.locator("#show-legend").click();
            assertThat(reader.locator("#legend")).isVisible();
            assertThat(reader.locator("#legend")).not().containsText("Shift");
            assertThat(reader.locator("#legend")).containsText("zoom in");
        } finally {
            reader.context().close();
            browser.as("teacher");
        }
    }
}
