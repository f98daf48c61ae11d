package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, at 1440×900: paper 004 read beside the combined map; a sentence selected in it becomes
 * a claim through the claim form, quoting that sentence exactly with the paragraph as its locator,
 * and is marked in the text; selecting an existing claim of 004 scrolls the text to its quote, and a
 * click on a mark selects its claim on the canvas.
 */
class ReadingPaneE2EIT extends AppInBrowser {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String GRAPH = "document.querySelector('dialectica-graph')";
    static final String P004 = "004_f5840cd7195cf325.txt";
    static final String SENTENCE = "Pengaturan ini kemungkinan besar akan tetap berkelanjutan hingga tanggal kedaluwarsa pertama dari mandat unit"
            + " penjaga perdamaian Rusia.";
    /** the last claim of 004, far down its text */
    static final String LAST_OF_004 = "p004-security-through-russia";

    /**
     * Selects a text in the paper as a reader's drag would leave it: from {@code before} characters
     * ahead of it (the space before a sentence, say) to its end, over the text nodes and marks of
     * its paragraph. Answers the paragraph's number.
     */
    static int selectInPaper(Page page, String text, int before) {
        return ((Number) page.evaluate("([text, before]) => {"
                + " for (const body of document.querySelectorAll('#paper-text .paragraph-text')) {"
                + "   const at = body.textContent.indexOf(text); if (at < 0) continue;"
                + "   const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT); const range = document.createRange();"
                + "   let seen = 0, from = at - before, to = at + text.length, node;"
                + "   while ((node = walker.nextNode())) { const n = node.data.length;"
                + "     if (from >= seen && from <= seen + n) range.setStart(node, from - seen);"
                + "     if (to >= seen && to <= seen + n) { range.setEnd(node, to - seen); break; }"
                + "     seen += n; }"
                + "   const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                + "   return Number(body.closest('[data-paragraph]').dataset.paragraph); }"
                + " return -1; }", new Object[] {text, before})).intValue();
    }

    /** Whether the element lies wholly inside the visible part of the paper's text. */
    static boolean inView(Page page, Locator element) {
        BoundingBox box = element.boundingBox();
        BoundingBox view = page.locator("#paper-text").boundingBox();
        return box.y >= view.y && box.y + box.height <= view.y + view.height;
    }

    @Test
    void a_sentence_of_004_read_beside_the_combined_map_becomes_a_claim_quoting_it_and_a_selected_claim_brings_its_quote_into_view()
            throws Exception {
        Page page = browser.open(app.url("/map/" + COMBINED), 1440, 900, null);
        page.waitForFunction("() => { const g = " + GRAPH + "; return g && g.cy && g.cy.nodes('[status]').length > 0"
                + " && g.cy.nodes('.pending').length === 0; }", null, new Page.WaitForFunctionOptions().setTimeout(120_000));

        page.locator("#show-reading").click();
        assertThat(page.locator("#show-reading")).hasAttribute("aria-expanded", "true");
        // the most cited paper of the map opens first, with the map's quotes of it marked
        assertThat(page.locator("#reading-paper")).containsText("004");
        assertThat(page.locator("#reading-about")).containsText("17 quotes of this map marked");
        assertThat(page.locator("#paper-text .quote-mark").first()).isVisible();
        // the canvas keeps its room beside the pane, and nothing runs past the right edge
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1440);
        assertThat(page.locator("#canvas").boundingBox().width).isGreaterThan(500);
        Browser.screenshot(page, "22-reading-pane");

        // the space before the sentence is selected too: the quote is the sentence alone
        int paragraph = selectInPaper(page, SENTENCE, 1);
        assertThat(paragraph).isPositive();
        assertThat(page.locator("#make-claim")).isEnabled();
        assertThat(page.locator("#reading-selection")).hasText("¶ " + paragraph + ": «" + SENTENCE + "»");
        Browser.screenshot(page, "22-reading-selection");

        page.locator("#make-claim").click();
        assertThat(page.locator("#claim-quote textarea")).hasValue(SENTENCE);
        assertThat(page.locator("#claim-original textarea")).hasValue(SENTENCE);
        assertThat(page.locator("#claim-paper input")).hasValue(P004);
        // in the seed maps' style: the section, then the paragraph
        assertThat(page.locator("#claim-locator input")).hasValue("BAB VI PENUTUP, 6.1. Kesimpulan, ¶ " + paragraph);
        assertThat(page.locator("#claim-language input")).hasValue("id");
        assertThat(page.locator("#claim-text textarea")).hasValue("");
        Browser.screenshot(page, "22-reading-claim-form");
        page.locator("#claim-title input").fill("Arrangement lasts until the mandate expires");
        page.locator("#claim-text textarea").fill("The arrangement will most likely last until the Russian peacekeepers' mandate first expires.");
        page.locator("#claim-save").click();
        assertThat(page.locator("#claim-form")).hasCount(0);

        // the new claim is on the canvas and marked in the text, quoting the sentence exactly
        Locator made = page.locator("#paper-text .quote-mark").filter(new Locator.FilterOptions().setHasText(SENTENCE));
        assertThat(made).hasCount(1);
        assertThat(made).hasText(SENTENCE);
        String id = made.getAttribute("data-claims");
        page.waitForFunction("id => " + GRAPH + ".cy.getElementById(id).data('label') === 'Arrangement lasts until the mandate expires'", id);
        Browser.select(page, id);
        assertThat(page.locator("#details")).containsText(P004 + ", BAB VI PENUTUP, 6.1. Kesimpulan, ¶ " + paragraph);
        assertThat(page.locator("#details")).containsText("“" + SENTENCE + "”");
        assertThat(made).hasAttribute("data-current", "");
        Browser.screenshot(page, "22-reading-claim-made");

        // an existing claim of 004, far down the text: selecting it scrolls the text to its quote
        page.evaluate("() => { document.querySelector('#paper-text').scrollTop = 0; }");
        Locator last = page.locator("#paper-text .quote-mark[data-claims~='" + LAST_OF_004 + "']").first();
        assertThat(inView(page, last)).as("the last quote of 004 before its claim is selected").isFalse();
        Browser.select(page, LAST_OF_004);
        assertThat(last).hasAttribute("data-current", "");
        page.waitForFunction("() => { const m = document.querySelector(\"#paper-text .quote-mark[data-claims~='" + LAST_OF_004 + "']\").getBoundingClientRect();"
                + " const v = document.querySelector('#paper-text').getBoundingClientRect(); return m.top >= v.top && m.bottom <= v.bottom; }");
        assertThat(inView(page, last)).isTrue();
        Browser.screenshot(page, "22-reading-scrolled-to-quote");

        // and back: a click on a mark selects its claim on the canvas
        Locator decisive = page.locator("#paper-text .quote-mark[data-claims~='p004-russian-policy-decisive']").first();
        decisive.scrollIntoViewIfNeeded();
        decisive.click();
        page.waitForFunction("() => " + GRAPH + ".cy.getElementById('p004-russian-policy-decisive').selected()");
        assertThat(page.locator("#details h3").first()).hasText("Russian policy is the decisive factor");
        // and without a mouse: a mark is a tab stop, and Enter selects its claim
        last.focus();
        page.keyboard().press("Enter");
        page.waitForFunction("() => " + GRAPH + ".cy.getElementById('" + LAST_OF_004 + "').selected()");
        page.context().close();
    }

    @Test
    void a_two_page_pdf_added_on_the_papers_page_is_read_beside_a_map_and_its_suggested_sentences_quote_with_their_page()
            throws Exception {
        Page page = browser.open(app.url("/papers"), 1440, 900, null);
        assertThat(page.locator("#papers")).containsText(P004);
        byte[] pdf = org.dialectica.papers.PapersTest.pdf(java.util.List.of(
                java.util.List.of("The ceasefire of 9 November 2020 ended the second Karabakh war.",
                        "Russia gained the most from it, because its peacekeepers now stand in Karabakh."),
                java.util.List.of("Therefore Turkey also strengthened its position in the South Caucasus,",
                        "although Russia kept more influence than Turkey.")));
        // the required field only: the file (the title is its name, the language guessed)
        page.locator("#paper-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "e2e-two-pages.pdf", "application/pdf", pdf));
        assertThat(page.locator("#paper-result")).hasAttribute("data-status", "ok");
        assertThat(page.locator("#paper-result")).containsText("on 2 pages, in English");
        assertThat(page.locator("#papers")).containsText("e2e-two-pages.pdf");
        Browser.screenshot(page, "22-papers-page");
        // its own page, from its title: the text with its pages
        page.locator("#papers a.paper-link").filter(new Locator.FilterOptions().setHasText("e2e-two-pages.pdf")).click();
        assertThat(page.locator("#paper-about")).containsText("3 paragraphs · 2 pages");
        assertThat(page.locator("#paper-text .page-start")).hasCount(2);
        Browser.screenshot(page, "22-paper-page");

        page.navigate(app.url("/map/" + COMBINED));
        page.waitForFunction("() => " + GRAPH + "?.cy?.nodes('[status]').length > 0", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        page.locator("#show-reading").click();
        page.locator("#reading-paper").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("e2e-two-pages.pdf")).click();
        assertThat(page.locator("#reading-about")).containsText("2 pages");
        assertThat(page.locator("#paper-text .page-start")).hasCount(2);

        // the suggested sentences, best first, each with its page and paragraph
        page.locator("#reading-suggestions").click();
        Locator rows = page.locator("#reading-suggestions .suggested-sentence");
        assertThat(rows.first()).isVisible();
        assertThat(rows.first().locator(".suggested-locator")).containsText("p. ");
        Browser.screenshot(page, "22-reading-suggestions");
        String quote = rows.first().locator(".suggested-text").textContent();
        String locator = rows.first().locator(".suggested-locator").textContent();
        // a click on it selects it in the text, ready for Make a claim
        rows.first().locator(".suggested-text").click();
        assertThat(page.locator("#reading-selection")).containsText(quote);
        assertThat(page.locator("#make-claim")).isEnabled();
        // its own Quote opens the claim form at once
        rows.first().locator(".quote-suggested").click();
        assertThat(page.locator("#claim-quote textarea")).hasValue(quote);
        assertThat(page.locator("#claim-paper input")).hasValue("e2e-two-pages.pdf");
        assertThat(page.locator("#claim-locator input")).hasValue(locator);
        assertThat(page.locator("#claim-language input")).hasValue("en");
        Browser.screenshot(page, "22-suggested-claim-form");
        page.keyboard().press("Escape");
        page.context().close();
    }

    @Test
    void in_indonesian_the_pane_speaks_indonesian() throws Exception {
        Page page = browser.open(app.url("/map/" + COMBINED), 1440, 900, null);
        page.waitForFunction("() => " + GRAPH + "?.cy?.nodes('[status]').length > 0", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        assertThat(page.locator("#show-reading")).containsText("Baca makalah");
        page.locator("#show-reading").click();
        assertThat(page.locator("#make-claim")).containsText("Buat klaim");
        // the other test may have added a quote of 004 by now
        assertThat(page.locator("#reading-about")).containsText("Indonesia · 9 paragraf · ");
        assertThat(page.locator("#reading-about")).containsText("kutipan peta ini ditandai");
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1440);
        Browser.screenshot(page, "22-reading-pane-id");
        page.context().close();
    }
}
