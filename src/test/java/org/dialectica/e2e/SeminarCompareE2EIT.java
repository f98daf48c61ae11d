package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 19 at 1440×900 on the combined seed map: the compare page as a seminar meets it, in English
 * and in Indonesian; a claim added with the form lands where no claim and no line lies; and no
 * English is left on the Indonesian map and compare pages but the claims' own texts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeminarCompareE2EIT extends AppInBrowser {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String WEAKENED = "p000-russia-hegemony-weakens";
    static final String WINNER = "p004-russia-ceasefire-winner";
    static final String GRAPH = "document.querySelector('dialectica-graph')";
    static final String COMPARE = "/compare/" + COMBINED + "?thesis=" + WEAKENED + "&thesis=" + WINNER;

    static ArgumentMap map;

    @BeforeAll
    static void readMap() throws Exception {
        map = new ArgdownReader().read(Path.of("arguments", COMBINED + ".argdown")).map();
    }

    private static String title(String id) {
        return map.claim(id).orElseThrow().displayTitle();
    }

    private static Page page(String path) {
        return browser.open(app.url(path), 1440, 900, null);
    }

    private static void indonesian(Page page) {
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        assertThat(page.locator("#nav-maps")).hasText("Peta");
    }

    /** Both chips, both names under the selector, two columns side by side, and every crux a card. */
    private static void seminarLayout(Page page, String cruxWord) {
        page.waitForSelector(".crux-card");
        for (String id : List.of(WEAKENED, WINNER)) {
            assertThat(page.locator("#compare-theses vaadin-multi-select-combo-box-chip:not([slot=overflow])")
                    .filter(new Locator.FilterOptions().setHasText(title(id)))).isVisible();
            assertThat(page.locator("#compare-chosen li").filter(new Locator.FilterOptions().setHasText(title(id)))).isVisible();
        }
        assertThat(page.locator("#compare-chosen li")).hasCount(2);
        Locator columns = page.locator(".thesis-card");
        assertThat(columns).hasCount(2);
        BoundingBox left = columns.nth(0).boundingBox(), right = columns.nth(1).boundingBox();
        assertThat(Math.abs(left.y - right.y)).as("the columns stand side by side").isLessThan(1);
        assertThat(right.x).isGreaterThan(left.x + left.width - 1);
        assertThat(columns.nth(0).locator(".grounds-tree li").first()).isVisible();
        // the clashes as lines between the positions
        assertThat(page.locator("#compare-conflicts li")).hasCount(2);
        Locator cards = page.locator("#compare-cruxes .crux-card");
        assertThat(cards).hasCount(9);
        for (int i = 0; i < 9; i++) {
            assertThat(cards.nth(i).locator("h4")).hasText(cruxWord + " " + (i + 1));
            assertThat(cards.nth(i).locator(".crux-outcome").first()).isVisible();
        }
        // a card names its claims once each, as plain text: the only links are the theses' titles
        assertThat(page.locator("#compare-result a")).hasCount(2);
    }

    @Test
    @Order(1)
    void the_compare_page_in_english_shows_both_chips_two_columns_and_each_crux_as_a_card() throws Exception {
        Page page = page(COMPARE);

        seminarLayout(page, "Crux");
        assertThat(page.locator("#compare-cruxes .crux-card").first()).containsText("If the seminar decides the side of «");
        assertThat(page.locator("#compare-result")).not().containsText("no standing grounds");
        assertThat(page.locator("#compare-result")).not().containsText("preferred in all");
        Browser.screenshot(page, "19-compare-en");
        page.locator("#compare-cruxes").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "19-compare-en-cruxes");
        // hovering a crux marks its claims in the trees
        page.locator(".crux-card").nth(0).hover();
        page.waitForFunction("() => [...document.querySelectorAll('.grounds-tree [data-claim]')].some(e => e.style.outline !== '')");
        page.locator(".crux-card").nth(0).screenshot(new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("19-crux-card-en.png")));
        page.context().close();
    }

    @Test
    @Order(2)
    void the_compare_page_in_indonesian_shows_the_same_in_indonesian() throws Exception {
        Page page = page("/");
        indonesian(page);
        page.navigate(app.url(COMPARE));

        seminarLayout(page, "Titik penentu");
        assertThat(page.locator("h2")).containsText("Bandingkan tesis");
        assertThat(page.locator("#compare-cruxes .crux-card").first()).containsText("Jika seminar memutuskan bahwa pihak «");
        Browser.screenshot(page, "19-compare-id");
        page.locator("#compare-cruxes").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "19-compare-id-cruxes");
        page.context().close();
    }

    @Test
    @Order(3)
    void a_claim_added_with_the_form_on_the_combined_map_lies_on_no_claim_and_no_line() throws Exception {
        Page page = browser.openMap(app.url("/map/" + COMBINED));
        page.setViewportSize(1440, 900);
        int before = ((Number) page.evaluate("() => " + GRAPH + ".cy.nodes().not('.anchor').length")).intValue();
        page.locator("#add-claim").click();
        page.locator("#claim-title input").fill("A claim of the seminar, connected to nothing yet");
        page.locator("#claim-text textarea, #claim-text input").first().fill("A claim of the seminar, connected to nothing yet");
        page.locator("#claim-save").click();
        page.waitForFunction("n => " + GRAPH + ".cy.nodes().not('.anchor').length === n && " + GRAPH + ".cy.nodes('.pending').length === 0",
                before + 1);

        @SuppressWarnings("unchecked")
        Map<String, Object> placed = (Map<String, Object>) page.evaluate("() => { const cy = " + GRAPH + ".cy;"
                + " const n = cy.nodes().filter(x => x.data('label') === 'A claim of the seminar, connected to nothing yet').first();"
                + " const p = n.position(), w = n.data('w') / 2, h = n.data('h') / 2;"
                + " const box = { x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h };"
                // Liang–Barsky: does the segment from a to b meet the box?
                + " const meets = (a, b) => { let t0 = 0, t1 = 1; const dx = b.x - a.x, dy = b.y - a.y;"
                + "   for (const [q, r] of [[-dx, a.x - box.x1], [dx, box.x2 - a.x], [-dy, a.y - box.y1], [dy, box.y2 - a.y]]) {"
                + "     if (q === 0) { if (r < 0) return false; } else { const t = r / q; if (q < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);"
                + "     if (t0 > t1) return false; } } return true; };"
                + " const onClaims = cy.nodes().not('.anchor').filter(o => o.id() !== n.id()).filter(o => { const q = o.position();"
                + "   const ow = o.data('w') / 2, oh = o.data('h') / 2;"
                + "   return q.x - ow < box.x2 && box.x1 < q.x + ow && q.y - oh < box.y2 && box.y1 < q.y + oh; }).map(o => o.id());"
                + " const edges = cy.edges().filter(e => e.visible());"
                + " const onLines = edges.filter(e => meets(e.source().position(), e.target().position())).map(e => e.id());"
                + " return { onClaims, onLines, lines: edges.length }; }");
        assertThat((List<?>) placed.get("onClaims")).isEmpty();
        assertThat(((Number) placed.get("lines")).intValue()).isGreaterThan(40);
        assertThat((List<?>) placed.get("onLines")).isEmpty();
        Browser.screenshot(page, "19-new-claim-placed");
        page.context().close();
    }

    @Test
    @Order(4)
    void no_english_is_left_on_the_indonesian_map_and_compare_pages_but_the_claims_own_texts() throws Exception {
        Set<String> english = englishOnlyWords();
        Page page = browser.openMap(app.url("/map/" + COMBINED));
        page.setViewportSize(1440, 900);
        indonesian(page);
        // the side panel with a claim that has a descriptor, its reasons and its sources
        Browser.select(page, "p004-russia-regional-position-stronger");
        assertThat(page.locator("#details")).containsText("Mengapa label ini");
        // claims added by earlier tests are the map's too
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) page.evaluate("() => " + GRAPH + ".cy.nodes().not('.anchor').map(n => n.data('label'))");
        List<String> found = new ArrayList<>(englishIn(pageTexts(page), english, titles));
        found.addAll(englishIn(canvasTooltips(page), english, titles));
        Browser.screenshot(page, "19-map-id");

        page.navigate(app.url(COMPARE));
        page.waitForSelector(".crux-card");
        found.addAll(englishIn(pageTexts(page), english, titles));

        assertThat(found).as("English words on the Indonesian pages, with where they stand").isEmpty();
        page.context().close();
    }

    /** The page's visible text, every title and aria-label, also inside shadow roots. */
    @SuppressWarnings("unchecked")
    private static List<String> pageTexts(Page page) {
        return (List<String>) page.evaluate("() => { const out = [document.body.innerText];"
                + " const walk = root => { for (const e of root.querySelectorAll('*')) {"
                + "   for (const a of ['title', 'aria-label', 'placeholder']) if (e.getAttribute(a)) out.push(e.getAttribute(a));"
                + "   if (e.shadowRoot) walk(e.shadowRoot); } };"
                + " walk(document); return out; }");
    }

    /** What the canvas shows on hovering each claim and each line (its own tooltip text). */
    @SuppressWarnings("unchecked")
    private static List<String> canvasTooltips(Page page) {
        return (List<String>) page.evaluate("() => { const g = " + GRAPH + ";"
                + " return g.cy.elements().not('.anchor').map(e => g.describe(e)); }");
    }

    /**
     * The words of the app's English texts that its Indonesian texts never use: a page word among
     * them is English left over. Claim texts, titles, sources and names are the map's, and taken out first.
     */
    private static Set<String> englishOnlyWords() throws Exception {
        Set<String> english = words(bundle("messages.properties"), bundle("org/dialectica/reasoning/explanations.properties"));
        english.removeAll(words(bundle("messages_id.properties"), bundle("org/dialectica/reasoning/explanations_id.properties")));
        // the short allow-list: status codes, key names, the language's own name, product and people
        english.removeAll(Set.of("in", "out", "undec", "unsupported", "enter", "esc", "shift", "english", "dialectica", "admin",
                "teacher", "sari", "id", "ok"));
        return english;
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SeminarCompareE2EIT.class.getResourceAsStream("/" + name)) {
            p.load(in);
        }
        return p;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private static Set<String> words(Properties... bundles) {
        Set<String> out = new TreeSet<>();
        for (Properties p : bundles) {
            for (String key : p.stringPropertyNames()) {
                Matcher m = WORD.matcher(p.getProperty(key).replaceAll("\\{[^}]*}", " "));
                while (m.find()) out.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** "word ← …context…" for every English word in these texts once the map's own texts are taken out. */
    private static List<String> englishIn(List<String> texts, Set<String> english, List<String> titles) {
        // longest first, so that a title inside a longer text goes with it
        List<String> own = new ArrayList<>(titles);
        for (Claim c : map.claims()) {
            own.add(c.displayTitle());
            own.add(c.text());
            own.add(c.originalText());
            if (c.source() != null) {
                own.add(c.source().paper());
                if (c.source().quote() != null) own.add(c.source().quote());
                own.add(c.source().locator());
            }
            if (c.proposition() != null) own.add(c.proposition().subject());
            if (c.assertedBy() != null) own.add(c.assertedBy());
            own.addAll(c.actors());
            own.addAll(c.tags());
        }
        own.add(map.title());
        if (map.description() != null) own.add(map.description());
        own.removeIf(s -> s == null || s.isBlank());
        own.sort(Comparator.comparingInt(String::length).reversed());
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String rest = text;
            for (String s : own) rest = rest.replace(s, " ");
            Matcher m = WORD.matcher(rest);
            while (m.find()) {
                if (english.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                    int from = Math.max(0, m.start() - 40), to = Math.min(rest.length(), m.end() + 40);
                    found.add(m.group() + " ← " + rest.substring(from, to).replace('\n', ' '));
                }
            }
        }
        return found;
    }
}
