package org.dialectica.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.dialectica.base.ui.PageNotFound;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.ReviewMark;
import org.dialectica.papers.Papers;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The grading pages without a browser: the grader's view of a submission, and what a student may open. */
@SpringBootTest
class GradingViewsTest extends SpringBrowserlessTest {
    static final String SEED = "who-gained-from-the-2020-war";
    private static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);

    @Autowired
    Assignments assignments;
    @Autowired
    Classes classes;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    private long assignment;
    private String map;

    /** An assignment on the seed map that Ayu has started from the seed and submitted; the submission's id. */
    private long submitted() {
        long classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
        assignment = CurrentPerson.as(TEACHER, () -> assignments.create("Who gained?", null, classId, null, SEED, null,
                Assignment.Starter.MAP, SEED));
        map = CurrentPerson.as(AYU, () -> assignments.startMap(assignment, Assignments.Start.STARTER));
        return CurrentPerson.as(AYU, () -> assignments.submit(assignment)).id();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from assignment where id = ?", assignment);
        if (map != null) CurrentPerson.as(AYU, () -> workspace.delete(map));
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void the_grader_sees_both_maps_matched_the_rubric_and_marks_a_claim() {
        long id = submitted();
        GraderView view = navigate("submission/" + id, GraderView.class);

        assertThat(view.studentCanvas.getNodes()).isNotEmpty();
        assertThat(view.referenceCanvas.getNodes()).hasSameSizeAs(view.studentCanvas.getNodes());
        // a copy of the reference: every claim matched by its id, with its score in its label
        assertThat(view.studentCanvas.getNodes()).allSatisfy(n -> assertThat(n.label()).endsWith(" · 1.00"));
        assertThat(view.criteria.getChildren().map(c -> c.getId().orElse(""))).contains("criterion-thesis-grounded", "criterion-sources-cited");
        assertThat(view.releaseState.getText()).contains("Not released");

        view.claim.setValue(view.claim.getListDataView().getItems().findFirst().orElseThrow());
        view.mark.setValue(ReviewMark.UNSUPPORTED);
        view.comment.setValue("Where is the <script>evidence</script>?");
        test(view.saveNote).click();
        assertThat(view.notes.getElement().getTextRecursively()).contains("Unsupported: Where is the <script>evidence</script>?");
        assertThat(view.studentCanvas.getNodes()).anySatisfy(n -> assertThat(n.badge()).isNotNull());

        test(view.release).click();
        assertThat(view.releaseState.getText()).startsWith("Released");
    }

    /**
     * Issue 23: a submission stored by the old writer (a title with markup it did not escape) broke
     * the grading page with an exception. It is shown with the reader's message and repaired from
     * the student's map.
     */
    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void a_stored_submission_that_no_longer_reads_is_explained_and_taken_again_from_the_students_map() {
        long id = submitted();
        jdbc.update("update submission set submitted_map = ? where id = ?", "===\ntitle: Old\n===\n\n[Broken]: text {id: [unclosed}\n", id);
        jdbc.update("delete from review where submission_id = ?", id);
        GraderView view = navigate("submission/" + id, GraderView.class);
        String said = $(com.vaadin.flow.component.html.Paragraph.class).id("submission-unreadable").getText();
        assertThat(said).contains("can no longer be read", "submission-" + id + ".argdown:", "Nothing is lost");

        test($(com.vaadin.flow.component.button.Button.class).id("retake-submission")).click();
        GraderView again = navigate("submission/" + id, GraderView.class);
        assertThat(again.studentCanvas.getNodes()).isNotEmpty();
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.submittedMap(id)).claims()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void the_class_report_lists_every_student_and_prints_as_pdf() {
        long id = submitted();
        CurrentPerson.as(TEACHER, () -> assignments.conclude(id, "<b>A</b>", null));
        ReportView view = navigate("assignment/" + assignment + "/report", ReportView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Class report: Who gained?");
        // user text goes into the PDF as text: the document is written whatever it holds
        try (Pdf pdf = new Pdf("<b>report</b>")) {
            byte[] bytes = pdf.text("<script>alert(1)</script> «Ayu» — 1,5").table(java.util.List.of("a", "b"),
                    java.util.List.of(java.util.List.of("<i>x</i>", "=1+1"))).bytes();
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_student_opens_neither_the_grader_view_nor_unreleased_feedback_nor_an_unknown_assignment() {
        long id = submitted();
        navigate("submission/" + id, PageNotFound.class);
        navigate("assignment/" + assignment + "/feedback", PageNotFound.class);
        navigate("assignment/" + assignment + "/report", PageNotFound.class);
        navigate("assignment/987654", PageNotFound.class);
        AssignmentView view = navigate("assignment/" + assignment, AssignmentView.class);
        assertThat(view.work.getElement().getTextRecursively()).contains("has not released feedback");
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void the_teacher_picks_the_assignments_papers_on_its_page() {
        long classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
        assignment = CurrentPerson.as(TEACHER, () -> assignments.create("Read 004", null, classId, null, null, null));
        AssignmentView view = navigate("assignment/" + assignment, AssignmentView.class);
        Papers.Listed p004 = view.papers.getListDataView().getItems().filter(p -> p.id().startsWith("004_")).findFirst().orElseThrow();

        test(view.papers).selectItem(AssignmentForm.paperLabel(p004));

        assertThat(CurrentPerson.as(AYU, () -> assignments.papers(assignment))).containsExactly(p004);
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_student_sees_the_assignments_papers_listed() {
        long classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
        assignment = CurrentPerson.as(TEACHER, () -> assignments.create("Read 004", null, classId, null, null, null));
        CurrentPerson.as(TEACHER, () -> assignments.setPapers(assignment, java.util.List.of("004_f5840cd7195cf325.txt")));

        AssignmentView view = navigate("assignment/" + assignment, AssignmentView.class);

        assertThat(view.details.getElement().getTextRecursively())
                .contains("Russia as the winner of the 2020 Nagorno-Karabakh ceasefire (chapter VI, conclusion) (004_f5840cd7195cf325.txt)");
    }
}
