package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 in headless Chromium: a teacher sets an assignment with the combined seed map as its
 * reference; Ayu starts from it and submits; the teacher grades with a comment and a review mark;
 * Ayu sees nothing of it until the teacher releases it, then sees the grade and the feedback (also
 * in Indonesian). Screenshots at 1440×900.
 */
class GradingE2EIT extends AppInBrowser {
    private static Page open(String login, String path) {
        return browser.as(login).open(app.url(path), 1440, 900, null);
    }

    private static void pick(Page page, String text) {
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    @Test
    void a_student_submits_the_teacher_grades_and_the_student_sees_it_only_after_release() throws Exception {
        String title = "Who gained? " + UUID.randomUUID().toString().substring(0, 6);
        Page teacher = open("teacher", "/assignments");
        teacher.locator("#new-assignment").click();
        teacher.locator("#assignment-title input").fill(title);
        teacher.locator("#assignment-reference input").fill("Who gained");
        pick(teacher, "Who gained from the 2020");
        teacher.locator("#assignment-instructions textarea").fill("Map both papers' positions: <b>who</b> gained, and why.");
        Browser.screenshot(teacher, "10-new-assignment");
        teacher.locator("#assignment-create").click();
        teacher.waitForURL(u -> u.matches(".*/assignment/\\d+$"));
        String assignmentUrl = teacher.url();
        String path = assignmentUrl.substring(assignmentUrl.indexOf("/assignment/"));
        assertThat(teacher.locator("#submissions")).containsText("Ayu");
        assertThat(teacher.locator("#submissions")).containsText("Not started");

        Page ayu = open("ayu", "/assignments");
        assertThat(ayu.locator("#assignments")).containsText(title);
        assertThat(ayu.locator("#assignments")).containsText("Not started");
        Browser.screenshot(ayu, "10-student-assignments");
        ayu.navigate(app.url(path));
        ayu.locator("#start-copy").click();
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
}
