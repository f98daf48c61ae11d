package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 in headless Chromium: a teacher sets an assignment with the combined seed map as its
 * reference; Ayu starts from it and submits; the teacher grades with a comment and a review mark;
 * Ayu sees nothing of it until the teacher releases it, then sees the grade and the feedback (also
 * in Indonesian). Screenshots at 1440×900.
 */
class GradingE2EIT extends AppInBrowser {
    private static final String SEED = "who-gained-from-the-2020-war";
    private static Page open(String login, String path) {
        return browser.as(login).open(app.url(path), 1440, 900, null);
    }

    /** The teacher's form for a new assignment, its title filled in (the one field it requires). */
    private static Page newAssignment(String title) {
        Page teacher = open("teacher", "/assignments");
        teacher.locator("#new-assignment").click();
        teacher.locator("#assignment-title input").fill(title);
        return teacher;
    }

    private static void pick(Page page, String text) {
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void choose(Page page, String select, String text) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role=option] >> visible=true").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    @Test
    void a_student_submits_the_teacher_grades_and_the_student_sees_it_only_after_release() throws Exception {
        String title = "Who gained? " + UUID.randomUUID().toString().substring(0, 6);
        Page teacher = newAssignment(title);
        teacher.locator("#assignment-reference input").fill("Who gained");
        pick(teacher, "Who gained from the 2020");
        // the students begin from the reference itself, as assignments made before issue 17 did
        choose(teacher, "#starter-kind", "A map I pick");
        teacher.locator("#starter-map input").fill("Who gained");
        pick(teacher, "Who gained from the 2020");
        teacher.locator("#assignment-instructions textarea").fill("Map both papers' positions: <b>who</b> gained, and why.");
        Browser.screenshot(teacher, "10-new-assignment");
        teacher.locator("#assignment-create").click();
        teacher.waitForURL(u -> u.matches(".*/assignment/\\d+$"));
        String assignmentUrl = teacher.url();
        assertThat(teacher.locator("#starter-is-reference")).containsText("students who start from it copy the answer key");
        String path = assignmentUrl.substring(assignmentUrl.indexOf("/assignment/"));
        assertThat(teacher.locator("#submissions")).containsText("Ayu");
        assertThat(teacher.locator("#submissions")).containsText("Not started");

        Page ayu = open("ayu", "/assignments");
        assertThat(ayu.locator("#assignments")).containsText(title);
        assertThat(ayu.locator("#assignments")).containsText("Not started");
        Browser.screenshot(ayu, "10-student-assignments");
        ayu.navigate(app.url(path));
        ayu.locator("#start-copy").click();
        Browser.screenshot(ayu, "10-student-started");
        ayu.locator("#submit").click();
        assertThat(ayu.locator("#submission-state")).containsText("Submitted");
        assertThat(ayu.locator("#feedback-not-yet")).isVisible();
        Browser.screenshot(ayu, "10-student-submitted");

        teacher.reload();
        assertThat(teacher.locator("#submissions")).containsText("Submitted");
        teacher.locator("#grade-ayu").click();
        teacher.waitForURL(u -> u.contains("/submission/"));
        String graderUrl = teacher.url();
        teacher.waitForFunction("() => [...document.querySelectorAll('dialectica-graph')].every(g => g.cy && g.cy.nodes('[status]').length > 0"
                + " && g.cy.nodes('.pending').length === 0)");
        assertThat(teacher.locator("#grader-criteria")).containsText("Every thesis is grounded");
        Browser.screenshot(teacher, "10-grader-maps");
        teacher.locator("#grader-claim input").click();
        teacher.locator("vaadin-combo-box-item:not([hidden])").first().click();
        // read once the choice is in the field, not the instant after the click
        assertThat(teacher.locator("#grader-claim input")).not().hasValue("");
        String marked = teacher.locator("#grader-claim input").inputValue();
        assertThat(teacher.locator("#grader-match")).containsText("score 1.00");
        teacher.locator("#grader-mark").click();
        teacher.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Misquoted")).click();
        teacher.locator("#grader-comment textarea").fill("Check the quote against page 3 <i>again</i>.");
        teacher.locator("#grader-save-note").click();
        assertThat(teacher.locator("#grader-notes")).containsText("Misquoted: Check the quote against page 3 <i>again</i>.");
        teacher.locator("#override-counterarguments input").fill("1.5");
        teacher.locator("#reason-counterarguments input").fill("The rival thesis is answered in part.");
        teacher.locator("#set-counterarguments").click();
        assertThat(teacher.locator("#criterion-counterarguments")).containsText("1.5 / 2");
        teacher.locator("#overall-grade input").fill("B+");
        teacher.locator("#overall-feedback textarea").fill("A careful map of both papers; cite the quotes exactly.");
        teacher.locator("#save-overall").click();
        assertThat(teacher.locator("#release-state")).containsText("Not released");
        // the teacher's points for one criterion only; the others stay automatic
        assertThat(teacher.locator("#override-thesis-grounded input")).hasValue("");
        Browser.screenshot(teacher, "10-grader-view");

        // nothing of the review before release: not on the assignment, not by the feedback's address
        ayu.reload();
        assertThat(ayu.locator("#feedback-not-yet")).isVisible();
        assertThat(ayu.locator("#open-feedback")).hasCount(0);
        assertThat(ayu.locator("body")).not().containsText("B+");
        ayu.navigate(app.url(path + "/feedback"));
        assertThat(ayu.locator("#page-not-found")).isVisible();
        ayu.navigate(app.url(graderUrl.substring(graderUrl.indexOf("/submission/"))));
        assertThat(ayu.locator("#page-not-found")).isVisible();
        Browser.screenshot(ayu, "10-student-before-release");

        teacher.locator("#release").click();
        assertThat(teacher.locator("#release-state")).containsText("Released");

        ayu.navigate(app.url(path));
        ayu.locator("#open-feedback").click();
        assertThat(ayu.locator("#feedback-grade")).containsText("B+");
        assertThat(ayu.locator("#feedback-text")).containsText("A careful map of both papers");
        assertThat(ayu.locator("#feedback-notes")).containsText("Misquoted: Check the quote against page 3 <i>again</i>.");
        assertThat(ayu.locator("#feedback-counterarguments")).containsText("The rival thesis is answered in part.");
        Browser.screenshot(ayu, "10-student-feedback");

        // and on her map: the comment under the claim it is about
        ayu.locator("text=Open my map").first().click();
        ayu.waitForFunction("() => { const g = document.querySelector('dialectica-graph');"
                + " return g && g.cy && g.cy.nodes('[status]').length > 0 && g.cy.nodes('.pending').length === 0; }");
        ayu.evaluate("t => { const g = document.querySelector('dialectica-graph');"
                + " g.cy.nodes().filter(n => n.data('label') === t)[0].emit('tap'); }", marked);
        assertThat(ayu.locator("#assignment-feedback")).containsText("Misquoted: Check the quote against page 3 <i>again</i>.");
        Browser.screenshot(ayu, "10-student-map-feedback");
        ayu.goBack();
        assertThat(ayu.locator("#feedback-grade")).containsText("B+");

        ayu.locator("#language").click();
        ayu.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        assertThat(ayu.locator("#feedback-grade")).containsText("Nilai: B+");
        Browser.screenshot(ayu, "10-student-feedback-id");

        teacher.navigate(app.url(path + "/report"));
        assertThat(teacher.locator("#report-students")).containsText("Ayu");
        assertThat(teacher.locator("#report-students")).containsText("B+");
        Browser.screenshot(teacher, "10-class-report");
        for (Page p : new Page[] {teacher, ayu}) p.context().close();
        browser.as("teacher");
    }

    /** A student's own map: a thesis of the seed grounded in cited evidence of its own. */
    private static String ownMap(String who) {
        return "[Russia won]: Russia won the 2020 war. {kind: thesis}\n"
                + "  + [Peacekeepers " + who + "]: Russian peacekeepers stay in Karabakh (" + who + "). "
                + "{kind: evidence, paper: \"000.txt\", locator: \"p. 2\", quote: \"peacekeepers\"}\n";
    }

    private static void handIn(String login, String path, String argdown) {
        Page page = open(login, path);
        page.locator("#start-import input[type=file]").setInputFiles(new FilePayload(login + ".argdown", "text/plain",
                argdown.getBytes(StandardCharsets.UTF_8)));
        page.locator("#submit").click();
        assertThat(page.locator("#submission-state")).containsText("Submitted");
        page.context().close();
    }

    /** The points column of a student's row: "total / max" as two numbers. */
    private static double[] points(Page teacher, String name) {
        assertThat(teacher.locator("#submissions")).containsText(Pattern.compile("\\d / \\d+[\\s\\S]*\\d / \\d+"));
        String row = teacher.locator("#submissions vaadin-grid-cell-content").allInnerTexts().toString();
        Matcher m = Pattern.compile(Pattern.quote(name) + ".*?(\\d+(?:[.,]\\d+)?) / (\\d+(?:[.,]\\d+)?)").matcher(row);
        if (!m.find()) throw new AssertionError("no points for " + name + " in " + row);
        return new double[] {Double.parseDouble(m.group(1).replace(',', '.')), Double.parseDouble(m.group(2).replace(',', '.'))};
    }

    private static String path(Page page) {
        return page.url().substring(page.url().indexOf("/assignment/"));
    }

    /**
     * Issue 17: the seed map as the answer key; Ayu, a student of the class, opens it neither by its page,
     * nor its address in history, nor finds it to export; after the teacher raises a criterion's points
     * every submission shows its new total, and the CSV's totals stay within the maximum.
     */
    @Test
    void a_student_reads_the_papers_of_an_assignment_and_quotes_a_suggested_sentence_in_her_own_map() throws Exception {
        String title = "Read 004 " + UUID.randomUUID().toString().substring(0, 6);
        Page teacher = newAssignment(title);
        teacher.locator("#assignment-papers input").click();
        teacher.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Russia as the winner")).first().click();
        teacher.keyboard().press("Escape");
        teacher.locator("#assignment-create").click();
        teacher.waitForURL(u -> u.matches(".*/assignment/\\d+$"));
        String path = teacher.url().substring(teacher.url().indexOf("/assignment/"));
        teacher.context().close();

        // in Indonesian, as a student of the seed papers would read them
        Page ayu = open("ayu", path);
        ayu.locator("#language").click();
        ayu.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        Locator paper = ayu.locator("#assignment-paper-list a.paper-link");
        assertThat(paper).hasCount(1);
        assertThat(paper).containsText("Russia as the winner");
        paper.click();
        assertThat(ayu.locator("#paper-about")).containsText("004_f5840cd7195cf325.txt · Indonesia · ");
        assertThat(ayu.locator("#paper-text")).containsText("Rusia jelas merupakan pemenang");
        Browser.screenshot(ayu, "22-student-paper-id");

        ayu.goBack();
        ayu.locator("#start-empty").click();
        ayu.locator("#open-my-map").click();
        ayu.waitForURL(u -> u.contains("/map/"));
        ayu.locator("#show-reading").click();
        // her map cites nothing yet: the assignment's paper comes first, and says so
        assertThat(ayu.locator("#reading-paper")).containsText("004");
        assertThat(ayu.locator("#reading-paper")).containsText("ditugaskan");
        ayu.locator("#reading-suggestions").click();
        Locator first = ayu.locator("#reading-suggestions .suggested-sentence").first();
        String quote = first.locator(".suggested-text").textContent();
        String locator = first.locator(".suggested-locator").textContent();
        first.locator(".quote-suggested").click();
        assertThat(ayu.locator("#claim-quote textarea")).hasValue(quote);
        assertThat(ayu.locator("#claim-locator input")).hasValue(locator);
        ayu.locator("#claim-title input").fill("Russia's position is stronger");
        ayu.locator("#claim-text textarea").fill("Russia's regional position is now much stronger than before the war.");
        ayu.locator("#claim-save").click();
        assertThat(ayu.locator("#claim-form")).hasCount(0);
        // quoted now: marked in the text, and no longer among the suggestions
        assertThat(ayu.locator("#paper-text .quote-mark")).not().hasCount(0);
        assertThat(ayu.locator("#reading-suggestions .suggested-text").filter(new Locator.FilterOptions().setHasText(quote))).hasCount(0);
        Browser.screenshot(ayu, "22-student-quoted-id");
        ayu.context().close();
    }

    @Test
    void the_answer_key_stays_hidden_and_new_points_regrade_every_submission() throws Exception {
        String title = "Answer key " + UUID.randomUUID().toString().substring(0, 6);
        Page teacher = newAssignment(title);
        teacher.locator("#assignment-reference input").fill("Who gained");
        pick(teacher, "Who gained from the 2020");
        choose(teacher, "#starter-kind", "The reference's theses only");
        teacher.locator("#assignment-create").click();
        teacher.waitForURL(u -> u.matches(".*/assignment/\\d+$"));
        String path = path(teacher);
        assertThat(teacher.locator("#assignment-reference-title")).containsText("Who gained from the 2020");
        assertThat(teacher.locator("#submissions")).not().containsText("Dimas"); // a moderator is no student
        Browser.screenshot(teacher, "17-assignment-teacher");

        Page ayu = open("ayu", "/map/" + SEED);
        assertThat(ayu.locator("#not-found")).containsText("is not shared with you");
        assertThat(ayu.locator("dialectica-graph")).not().isVisible();
        Browser.screenshot(ayu, "17-student-reference-refused");
        ayu.navigate(app.url("/map/" + SEED + "/at/1"));
        assertThat(ayu.locator("dialectica-graph")).not().isVisible();
        assertThat(ayu.locator("body")).not().containsText("Turkey");
        ayu.navigate(app.url("/"));
        assertThat(ayu.locator("vaadin-grid").first()).isVisible();
        assertThat(ayu.locator("body")).not().containsText("Who gained from the 2020"); // not listed: nothing to export
        ayu.navigate(app.url(path));
        assertThat(ayu.locator("body")).not().containsText("Who gained from the 2020"); // the assignment page names no reference
        Browser.screenshot(ayu, "17-student-assignment");
        ayu.context().close();

        handIn("ayu", path, ownMap("Ayu"));
        handIn("budi", path, ownMap("Budi") + "\n[Budi extra]: Turkey gained too. {kind: claim}\n");

        teacher.reload();
        teacher.locator("#regrade-all").click();
        assertThat(teacher.locator("#regrade-state")).containsText("Graded again with rubric version 1", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        teacher.reload();
        double[] ayuBefore = points(teacher, "Ayu"), budiBefore = points(teacher, "Budi");

        teacher.navigate(app.url(path + "/rubric"));
        assertThat(teacher.locator("#points-sources-cited input")).not().hasValue("");
        double sources = Double.parseDouble(teacher.locator("#points-sources-cited input").inputValue());
        teacher.locator("#points-sources-cited input").fill(String.valueOf((int) sources + 4));
        teacher.locator("#rubric-save").click();
        assertThat(teacher.locator("#regrade-state")).containsText("Graded again with rubric version 2", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Browser.screenshot(teacher, "17-rubric-regraded");

        teacher.navigate(app.url(path));
        assertThat(teacher.locator("#submissions")).containsText("/ " + (int) (ayuBefore[1] + 4));
        double[] ayuAfter = points(teacher, "Ayu"), budiAfter = points(teacher, "Budi");
        Browser.screenshot(teacher, "17-assignment-new-totals");
        org.assertj.core.api.Assertions.assertThat(ayuAfter[0]).isNotEqualTo(ayuBefore[0]).isLessThanOrEqualTo(ayuAfter[1]);
        org.assertj.core.api.Assertions.assertThat(budiAfter[0]).isNotEqualTo(budiBefore[0]).isLessThanOrEqualTo(budiAfter[1]);
        org.assertj.core.api.Assertions.assertThat(ayuAfter[1]).isEqualTo(ayuBefore[1] + 4);

        teacher.navigate(app.url(path + "/report"));
        Download csv = teacher.waitForDownload(() -> teacher.locator("#report-csv").click());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv.path(), StandardCharsets.UTF_8)).getRecords();
        org.assertj.core.api.Assertions.assertThat(rows).filteredOn(r -> !r.get("total").isEmpty()).hasSize(2).allSatisfy(r ->
                org.assertj.core.api.Assertions.assertThat(Double.parseDouble(r.get("total"))).isLessThanOrEqualTo(Double.parseDouble(r.get("max"))));
        Browser.screenshot(teacher, "17-class-report");
        teacher.context().close();
        browser.as("teacher");
    }
}
