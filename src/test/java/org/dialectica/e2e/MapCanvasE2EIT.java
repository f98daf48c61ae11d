package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialectica.bench.GeneratedMaps;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map canvas in headless Chromium at 1440×900: layouts of generated maps of 150, 500 and 2,000
 * claims, the first view of the sample maps, the legend, re-layout, filters around an undercut
 * and Shift-drag to connect. Layout times, read in the page, go to target/e2e-layout-times.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapCanvasE2EIT {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String UNDERCUT = "undercut-across-papers";
    static final String GRAPH = "document.querySelector('dialectica-graph')";

    @TempDir
    static Path data;
    @TempDir
    static Path arguments;
    static RunningApp app;
    static Browser browser;
    static final List<String> SAMPLES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        SAMPLES.addAll(RunningApp.copySamples(arguments));
        for (int claims : new int[] {150, 500, 2000}) {
            Files.writeString(arguments.resolve("generated-" + claims + ".argdown"), new ArgdownWriter().write(GeneratedMaps.generate(claims, 7)));
        }
        Files.writeString(arguments.resolve(UNDERCUT + ".argdown"), new ArgdownWriter().write(undercutAcrossPapers()));
        app = new RunningApp(data).withArguments(arguments).start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    /** A supports B in paper a; C, in paper c, undercuts that support. */
    static ArgumentMap undercutAcrossPapers() {
        ArgumentMap map = new ArgumentMap(UNDERCUT, "An undercut across papers");
        map.putClaim(claim("a", "Premise in paper a", ClaimKind.EVIDENCE, "a.txt"));
        map.putClaim(claim("b", "Conclusion in paper a", ClaimKind.THESIS, "a.txt"));
        map.putClaim(claim("c", "Objection in paper c", ClaimKind.EVIDENCE, "c.txt"));
        Support support = new Support("a", "b");
        map.addSupport(support);
        map.addAttack(Attack.onSupport("c", support));
        return map;
    }

    static Claim claim(String id, String text, ClaimKind kind, String paper) {
        return new Claim(id, text, text, null, null, kind, List.of(), List.of(), new Source(paper, "p. 1", "quote"), null, null);
    }

    static Page open(String mapId) {
        // main-thread tasks over 50 ms, to see whether opening a big map freezes the page
        Page page = browser.open(app.url("/map/" + mapId), 1440, 900, "window.longTasks = [];"
                + " new PerformanceObserver(l => l.getEntries().forEach(e => window.longTasks.push([e.startTime, e.duration])))"
                + ".observe({ type: 'longtask', buffered: true });");
        waitLaidOut(page);
        return page;
    }

    static void waitLaidOut(Page page) {
        page.waitForFunction("() => { const g = " + GRAPH + "; return g && g.cy && g.cy.nodes().length > 0"
                + " && g.dataset.layout === 'done' && g.cy.nodes('.pending').length === 0; }", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        // a resize after the first view shows it again: let the page settle
        page.waitForTimeout(500);
    }

    /** Pairs of claim boxes that overlap, from cytoscape's own bounding boxes. */
    static int overlaps(Page page) {
        return ((Number) page.evaluate("() => { const cy = " + GRAPH + ".cy;"
                + " const b = cy.nodes().not('.anchor').map(n => n.boundingBox({ includeLabels: false, includeOverlays: false }));"
                + " b.sort((p, q) => p.x1 - q.x1); let pairs = 0;"
                + " for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length && b[j].x1 < b[i].x2; j++)"
                + "   if (b[j].y1 < b[i].y2 && b[i].y1 < b[j].y2) pairs++;"
                + " return pairs; }")).intValue();
    }

    /** The claims' text size on screen: font size times zoom. */
    static double renderedFontPx(Page page) {
        return ((Number) page.evaluate("() => { const cy = " + GRAPH + ".cy;"
                + " return cy.nodes('[kind = \"claim\"], [kind = \"evidence\"]').first().numericStyle('font-size') * cy.zoom(); }"))
                .doubleValue();
    }

    static String data(Page page, String key) {
        return (String) page.evaluate("k => " + GRAPH + ".dataset[k]", key);
    }

    @Test
    @Order(1)
    void generated_maps_of_150_500_and_2000_claims_are_laid_out_in_a_worker_with_no_claim_on_another() throws Exception {
        StringBuilder times = new StringBuilder("claims\tedges\tlaid out (ms, in the page)\tlayout computation (ms)"
                + "\tanswer waiting for the page's thread (ms)\twhere"
                + "\tlongest main-thread task from the layout's start to 0.5 s after (ms)\tlongest while opening the page (ms)\n");
        for (int claims : new int[] {150, 500, 2000}) {
            Page page = open("generated-" + claims);
            assertThat(data(page, "layoutWhere")).as("laid out off the page's thread").isEqualTo("worker");
            assertThat(((Number) page.evaluate("() => " + GRAPH + ".cy.nodes().not('.anchor').length")).intValue()).isEqualTo(claims);
            assertThat(overlaps(page)).as("overlapping claims in the %d-claim map", claims).isZero();
            Object edges = page.evaluate("() => " + GRAPH + ".cy.edges().length");
            times.append(claims).append('\t').append(edges).append('\t').append(data(page, "layoutMs")).append('\t')
                    .append(data(page, "layoutComputeMs")).append('\t').append(data(page, "layoutWaitMs")).append('\t')
                    .append(data(page, "layoutWhere")).append('\t')
                    .append(page.evaluate("() => Math.round(Math.max(0, ...window.longTasks"
                            + ".filter(t => t[0] >= +" + GRAPH + ".dataset.layoutStartedAt).map(t => t[1])))")).append('\t')
                    .append(page.evaluate("() => Math.round(Math.max(0, ...window.longTasks.map(t => t[1])))")).append('\n');
            if (claims == 500) {
                Browser.screenshot(page, "canvas-500-first-view");
                page.locator("#fit").click();
                // fitted: the view changed and two frames were drawn since, not a guessed pause
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
                Browser.screenshot(page, "canvas-500-fitted");
            }
            page.context().close();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "e2e-layout-times.txt"), times);
        System.out.print(times);
    }

    @Test
    @Order(2)
    void a_reopened_map_keeps_its_saved_places_and_opens_with_readable_text() {
        Page page = open("generated-500");
        assertThat(data(page, "layoutMs")).as("no layout: the positions were saved").isNull();
        assertThat(overlaps(page)).isZero();
        assertThat(renderedFontPx(page)).isGreaterThanOrEqualTo(11);
        // the view is on the theses
        assertThat((Boolean) page.evaluate("() => { const cy = " + GRAPH + ".cy; const e = cy.extent();"
                + " return cy.nodes('[kind = \"thesis\"]').some(n => { const p = n.position();"
                + " return p.x > e.x1 && p.x < e.x2 && p.y > e.y1 && p.y < e.y2; }); }")).isTrue();
        page.context().close();
    }

    @Test
    @Order(3)
    void every_sample_map_opens_with_text_of_at_least_11_px_and_nothing_on_top_of_anything() throws Exception {
        assertThat(SAMPLES).contains(COMBINED);
        for (String map : SAMPLES) {
            Page page = open(map);
            assertThat(renderedFontPx(page)).as("text size on screen in %s", map).isGreaterThanOrEqualTo(11);
            assertThat(overlaps(page)).as("overlapping claims in %s", map).isZero();
            if (map.equals(COMBINED)) Browser.screenshot(page, "canvas-combined-first-view");
            page.context().close();
        }
    }

    @Test
    @Order(4)
    void the_legend_explains_colours_shapes_and_lines_in_the_chosen_language() {
        Page page = open(COMBINED);
        page.locator("#show-legend").click(); // the legend opens from the toolbar
        assertThat(page.locator("#legend")).isVisible();
        assertThat(page.locator("#legend")).containsText("IN stands");
        assertThat(page.locator("#legend")).containsText("evidence");
        assertThat(page.locator("#legend")).containsText("derived (dashed)");
        assertThat(page.locator("#legend .legend-item")).hasCount(13);
        page.context().close();
    }

    @Test
    @Order(5)
    void re_layout_puts_a_dragged_claim_back_in_its_layer_and_saves_the_places() {
        Page page = open("generated-150");
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) page.evaluate("() => " + GRAPH + ".cy.getElementById('c10').position()");
        // a claim dropped onto another, as a user could, saved like every drag
        page.evaluate("() => { const cy = " + GRAPH + ".cy; const n = cy.getElementById('c10');"
                + " n.position({ ...cy.getElementById('c11').position() }); n.emit('dragfree'); }");
        // cytoscape moves the node at once; its save goes to the server before the re-layout's, from the same page
        assertThat(overlaps(page)).isPositive();

        page.locator("#relayout").click();
        page.waitForFunction("() => " + GRAPH + ".dataset.layoutMs !== undefined");
        waitLaidOut(page);
        assertThat(overlaps(page)).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) page.evaluate("() => " + GRAPH + ".cy.getElementById('c10').position()");
        assertThat(after).isEqualTo(before);
        page.context().close();

        Page reopened = open("generated-150");
        assertThat(reopened.evaluate("() => " + GRAPH + ".cy.getElementById('c10').position()")).isEqualTo(before);
        assertThat(overlaps(reopened)).isZero();
        reopened.context().close();
    }

    @Test
    @Order(6)
    void a_paper_filter_that_hides_the_ends_of_an_undercut_support_shows_the_rest() {
        Page page = open(UNDERCUT);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        assertThat(((Number) page.evaluate("() => " + GRAPH + ".cy.edges('[kind = \"undercut\"]').length")).intValue()).isEqualTo(1);

        page.locator("#show-filters").click(); // the filters open from the toolbar
        page.locator("#filter-paper input").fill("c.txt");
        page.locator("vaadin-multi-select-combo-box-item:not([hidden])").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("c.txt"))
                .first().click();
        page.keyboard().press("Escape");
        page.waitForFunction("() => " + GRAPH + ".cy.nodes().not('.anchor').length === 1");

        assertThat((String) page.evaluate("() => " + GRAPH + ".cy.nodes().not('.anchor').first().id()")).isEqualTo("c");
        assertThat(((Number) page.evaluate("() => " + GRAPH + ".cy.edges().length")).intValue()).isZero();
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    @Order(7)
    void shift_dragging_from_one_claim_onto_another_opens_the_relation_form_with_both() {
        Page page = open(UNDERCUT);
        BoundingBox canvas = page.locator("dialectica-graph").boundingBox();
        @SuppressWarnings("unchecked")
        Map<String, Number> from = (Map<String, Number>) page.evaluate("() => " + GRAPH + ".cy.getElementById('c').renderedPosition()");
        @SuppressWarnings("unchecked")
        Map<String, Number> to = (Map<String, Number>) page.evaluate("() => " + GRAPH + ".cy.getElementById('b').renderedPosition()");
        @SuppressWarnings("unchecked")
        Map<String, Number> unmoved = (Map<String, Number>) page.evaluate("() => " + GRAPH + ".cy.getElementById('c').position()");

        page.mouse().move(canvas.x + from.get("x").doubleValue(), canvas.y + from.get("y").doubleValue());
        page.keyboard().down("Shift");
        page.mouse().down();
        page.mouse().move(canvas.x + to.get("x").doubleValue(), canvas.y + to.get("y").doubleValue(), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        page.keyboard().up("Shift");

        // the form names claims by title only (ids are not for people)
        assertThat(page.locator("#relation-from input")).hasValue("Objection in paper c");
        assertThat(page.locator("#relation-to input")).hasValue("Conclusion in paper a");
        assertThat(page.evaluate("() => " + GRAPH + ".cy.getElementById('c').position()")).isEqualTo(unmoved);
        page.context().close();
    }

    @Test
    @Order(8)
    void a_new_claim_appears_in_view_beside_the_selected_claim_and_on_top_of_none() {
        Page page = open("generated-150");
        page.evaluate("() => { const n = " + GRAPH + ".cy.getElementById('c5'); " + GRAPH + ".focusElement('c5'); n.emit('tap'); }");
        page.locator("#add-claim").click();
        page.locator("#claim-title input").fill("A claim added while c5 is selected");
        page.locator("#claim-text textarea, #claim-text input").first().fill("A claim added while c5 is selected");
        page.locator("#claim-save").click();
        page.waitForFunction("() => " + GRAPH + ".cy.nodes().not('.anchor').length === 151 && " + GRAPH + ".cy.nodes('.pending').length === 0");

        @SuppressWarnings("unchecked")
        Map<String, Object> placed = (Map<String, Object>) page.evaluate("() => { const cy = " + GRAPH + ".cy;"
                + " const n = cy.nodes().not('.anchor').filter(x => !/^c[0-9]+$/.test(x.id())).first();"
                + " const e = cy.extent(); const b = n.boundingBox({}); const s = cy.getElementById('c5').position();"
                + " return { inView: b.x1 >= e.x1 && b.x2 <= e.x2 && b.y1 >= e.y1 && b.y2 <= e.y2,"
                + " distance: Math.hypot(n.position().x - s.x, n.position().y - s.y) }; }");
        assertThat(placed.get("inView")).isEqualTo(true);
        assertThat(((Number) placed.get("distance")).doubleValue()).isLessThan(600);
        assertThat(overlaps(page)).isZero();
        page.context().close();
    }

    @Test
    @Order(9)
    void a_map_saved_with_claims_stacked_on_each_other_is_laid_out_again_on_opening_and_saved() {
        Page page = open("generated-500");
        // as the old fallback layout saved them: a hundred claims on one spot
        page.evaluate("() => { const cy = " + GRAPH + ".cy; cy.nodes().not('.anchor').slice(0, 100)"
                + ".forEach(n => { n.position({ x: 0, y: 0 }); n.emit('dragfree'); }); }");
        page.waitForTimeout(1500);
        page.context().close();

        Page reopened = open("generated-500");
        assertThat(data(reopened, "layoutMs")).as("laid out again").isNotNull();
        assertThat(overlaps(reopened)).isZero();
        reopened.waitForTimeout(1500);
        reopened.context().close();

        Page third = open("generated-500");
        assertThat(data(third, "layoutMs")).as("the new places were saved").isNull();
        assertThat(overlaps(third)).isZero();
        third.context().close();
    }
}
