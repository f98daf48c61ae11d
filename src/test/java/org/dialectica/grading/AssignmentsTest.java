package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Refusal;
import org.dialectica.people.Role;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 10, assignments: who sets, does, sees and grades them, against the real database and the
 * real rules. The people are the first start's demo accounts: the class «Demo seminar» is taught by
 * teacher and has ayu and budi. Everything made here is deleted after each test.
 */
@SpringBootTest
class AssignmentsTest {
    private static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static final Person MODERATOR = new Person("moderator", "Dimas", Role.MODERATOR);
    /** A student of no class. */
    private static final Person CITRA = new Person("citra", "Citra", Role.STUDENT);

    private static final String REFERENCE = """
            [Thesis]: Turkey gained from the war. {kind: thesis}
              + [Evidence]: Turkish drones decided battles. {kind: evidence, paper: "001.txt", locator: "p. 3", quote: "drones decided"}

            [Rival]: Russia gained most from the war. {kind: thesis}
              + [Peacekeepers]: Russian peacekeepers stay in Karabakh. {kind: evidence, paper: "000.txt", locator: "p. 2", quote: "peacekeepers"}
            """;

    /** Two claims supporting each other: a circle the no-circular-support criterion reports. */
    private static final String CIRCLE = """
            [Thesis]: Turkey gained from the war. {kind: thesis}
              + [A]: Claim a. {kind: claim}
                + [B]: Claim b. {kind: claim}
                  + [A]
            """;

    @Autowired
    Assignments assignments;
    @Autowired
    Workspace workspace;
    @Autowired
    Classes classes;
    @Autowired
    JdbcTemplate jdbc;

    private long classId;
    private final List<Long> made = new ArrayList<>();
    private final List<String[]> maps = new ArrayList<>();

    @BeforeEach
    void demoClass() {
        classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
    }

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("delete from assignment where id = ?", id));
        for (String[] m : maps) {
            CurrentPerson.as(new Person(m[0], m[0], Role.ADMIN), () -> workspace.delete(m[1]));
        }
    }

    private String referenceMap() throws Exception {
        String id = CurrentPerson.as(TEACHER, () -> {
            try {
                String mapId = workspace.importArgdown("reference.argdown", REFERENCE).mapId();
                workspace.share(mapId, Visibility.CLASS, classId, Map.of());
                return mapId;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        maps.add(new String[] {"teacher", id});
        return id;
    }

    private long assignment(Instant due, String reference) {
        // the students begin from the reference itself, as assignments made before issue 17 did
        long id = CurrentPerson.as(TEACHER, () -> assignments.create("Who gained?", "Map the papers.", classId, due, reference, "000, 001",
                reference == null ? Assignment.Starter.EMPTY : Assignment.Starter.MAP, reference));
        made.add(id);
        return id;
    }

    private String start(Person student, long assignmentId) {
        String mapId = CurrentPerson.as(student, () -> assignments.startMap(assignmentId, Assignments.Start.STARTER));
        maps.add(new String[] {student.login(), mapId});
        return mapId;
    }

    private String imported(Person student, long assignmentId, String argdown) {
        String mapId = CurrentPerson.as(student, () -> {
            try {
                return assignments.importMap(assignmentId, "mine.argdown", argdown.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        maps.add(new String[] {student.login(), mapId});
        return mapId;
    }

    @Test
    void a_teacher_sets_an_assignment_with_the_default_rubric_due_in_a_week() {
        long id = assignment(null, null);

        Assignment a = CurrentPerson.as(TEACHER, () -> assignments.get(id));
        assertThat(a.className()).isEqualTo("Demo seminar");
        assertThat(a.due()).isBetween(Instant.now().plusSeconds(6 * 86400), Instant.now().plusSeconds(8 * 86400));
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.rubric(id)).criteria()).extracting(Rubric.Criterion::id)
                .contains("thesis-grounded", "sources-cited", "counterarguments", "reference-coverage", "no-circular-support");
        assertThat(CurrentPerson.as(AYU, () -> assignments.list())).extracting(r -> r.assignment().id()).contains(id);
    }

    @Test
    void students_and_moderators_set_no_assignments() {
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.create("Mine", null, classId, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> assignments.create("Mine", null, classId, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_student_sees_nothing_of_the_review_before_it_is_released() throws Exception {
        long id = assignment(null, referenceMap());
        start(AYU, id);
        Submission submitted = CurrentPerson.as(AYU, () -> assignments.submit(id));
        assertThat(submitted.late()).isFalse();

        Review review = CurrentPerson.as(TEACHER, () -> assignments.review(submitted.id()));
        // an unchanged copy of the starter (here the answer key itself, as before issue 17): nothing of
        // the student's own, so the reasoning criteria give nothing and say why
        assertThat(review.graded().criterion("thesis-grounded").passed()).isFalse();
        assertThat(review.graded().criterion("reference-coverage").share()).isEqualTo(0.0);
        assertThat(review.graded().criterion("thesis-grounded").explanation(java.util.Locale.ENGLISH)).contains("Nothing was added");
        assertThat(review.graded().total()).isLessThanOrEqualTo(review.graded().max() * 0.2);
        CurrentPerson.as(TEACHER, () -> {
            assignments.note(submitted.id(), "evidence", ReviewMark.GOOD, "Well quoted.");
            assignments.override(submitted.id(), "counterarguments", 1.0, "The rival thesis answers it in part.");
            assignments.conclude(submitted.id(), "B+", "A fair map of both papers.");
        });

        assertThat(CurrentPerson.as(AYU, () -> assignments.feedback(id))).isEmpty();
        assertThat(CurrentPerson.as(AYU, () -> assignments.releasedOn(submitted.mapId()))).isEmpty();
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.review(submitted.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentPerson.as(AYU, () -> assignments.list())).filteredOn(r -> r.assignment().id() == id)
                .singleElement().satisfies(r -> assertThat(r.feedbackReleased()).isFalse());

        CurrentPerson.as(TEACHER, () -> assignments.release(submitted.id(), true));

        Feedback feedback = CurrentPerson.as(AYU, () -> assignments.feedback(id)).orElseThrow();
        assertThat(feedback.review().grade()).isEqualTo("B+");
        // on her map's page too, and to nobody else there
        assertThat(CurrentPerson.as(AYU, () -> assignments.releasedOn(submitted.mapId()))).singleElement()
                .satisfies(r -> assertThat(r.review().claims()).containsKey("evidence"));
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.releasedOn(submitted.mapId()))).isEmpty();
        assertThat(feedback.review().feedback()).isEqualTo("A fair map of both papers.");
        assertThat(feedback.review().claims().get("evidence")).isEqualTo(new Review.ClaimNote(ReviewMark.GOOD, "Well quoted."));
        assertThat(feedback.review().points()).filteredOn(p -> p.criterion().equals("counterarguments"))
                .singleElement().satisfies(p -> assertThat(p.points()).isEqualTo(1.0));

        CurrentPerson.as(TEACHER, () -> assignments.release(submitted.id(), false));
        assertThat(CurrentPerson.as(AYU, () -> assignments.feedback(id))).isEmpty();
    }

    @Test
    void a_student_grades_nothing_and_sees_no_other_students_work() throws Exception {
        long id = assignment(null, referenceMap());
        start(AYU, id);
        long submission = CurrentPerson.as(AYU, () -> assignments.submit(id)).id();

        for (Runnable grading : List.<Runnable>of(
                () -> assignments.review(submission),
                () -> assignments.note(submission, "thesis", ReviewMark.GOOD, "me"),
                () -> assignments.override(submission, "counterarguments", 2.0, "mine"),
                () -> assignments.conclude(submission, "A", "great"),
                () -> assignments.release(submission, true),
                () -> assignments.submissions(id),
                () -> assignments.report(id),
                () -> assignments.referenceMap(id))) {
            assertThatThrownBy(() -> CurrentPerson.as(AYU, grading)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> assignments.submission(submission))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> assignments.submittedMap(submission))).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentPerson.as(BUDI, () -> assignments.feedback(id))).isEmpty();
        assertThatThrownBy(() -> CurrentPerson.as(CITRA, () -> assignments.get(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentPerson.as(CITRA, () -> assignments.list())).isEmpty();
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.get(-1))).isInstanceOf(UnknownAssignmentException.class);
    }

    @Test
    void work_after_the_due_time_is_late_and_handing_in_again_is_counted() {
        long id = assignment(Instant.now().minusSeconds(60), null);
        imported(AYU, id, CIRCLE);

        CurrentPerson.as(AYU, () -> assignments.submit(id));
        Submission again = CurrentPerson.as(AYU, () -> assignments.submit(id));

        assertThat(again.late()).isTrue();
        assertThat(again.resubmissions()).isEqualTo(1);
    }

    /**
     * Issue 23: a title with markup and link syntax was exported as Argdown its reader refused, so the
     * submission (stored as Argdown) could not be graded. It is handed in, graded and shown as typed.
     */
    @Test
    void a_map_whose_titles_hold_markup_and_argdown_syntax_is_handed_in_graded_and_shown_as_typed() {
        long id = assignment(null, null);
        String mapId = imported(AYU, id, CIRCLE);
        String hostile = "Use <b> tags [see](http://example.org)";
        org.dialectica.map.Claim a = CurrentPerson.as(AYU, () -> workspace.load(mapId)).claims().iterator().next();
        CurrentPerson.as(AYU, () -> workspace.putClaim(mapId, new org.dialectica.map.Claim(a.id(), hostile, "It *is* {so} #really - > +",
                null, null, a.kind(), null, null, a.source(), null, null), workspace.claimVersion(mapId, a.id())));
        long submission = CurrentPerson.as(AYU, () -> assignments.submit(id)).id();
        Review review = CurrentPerson.as(TEACHER, () -> assignments.review(submission));
        assertThat(review.graded()).isNotNull();
        org.dialectica.map.Claim handedIn = CurrentPerson.as(TEACHER, () -> assignments.submittedMap(submission)).claim(a.id()).orElseThrow();
        assertThat(handedIn.title()).isEqualTo(hostile);
        assertThat(handedIn.text()).isEqualTo("It *is* {so} #really - > +");
    }

    @Test
    void a_gap_the_student_has_fixed_since_is_shown_as_resolved() {
        long id = assignment(null, null);
        String mapId = imported(AYU, id, CIRCLE);
        long submission = CurrentPerson.as(AYU, () -> assignments.submit(id)).id();
        Review review = CurrentPerson.as(TEACHER, () -> assignments.review(submission));
        assertThat(review.graded().criterion("no-circular-support").passed()).isFalse();
        CurrentPerson.as(TEACHER, () -> assignments.release(submission, true));
        assertThat(CurrentPerson.as(AYU, () -> assignments.feedback(id)).orElseThrow().resolvedCriteria()).doesNotContain("no-circular-support");

        CurrentPerson.as(AYU, () -> workspace.removeSupport(mapId, "a +> b"));

        Feedback feedback = CurrentPerson.as(AYU, () -> assignments.feedback(id)).orElseThrow();
        assertThat(feedback.resolvedCriteria()).contains("no-circular-support");
    }

    @Test
    void points_and_pass_marks_are_checked_and_a_rubric_that_does_not_compile_is_refused_where_it_fails() {
        long id = assignment(null, null);
        Rubric rubric = CurrentPerson.as(TEACHER, () -> assignments.rubric(id));
        Rubric.Criterion first = rubric.criteria().getFirst();

        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.editRubric(id,
                List.of(new Rubric.Criterion(first.id(), first.title(), null, -1, 1))))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.editRubric(id,
                List.of(new Rubric.Criterion(first.id(), first.title(), null, 3, 1.5))))).isInstanceOf(Refusal.class);
        CurrentPerson.as(TEACHER, () -> assignments.editRubric(id, List.of(new Rubric.Criterion(first.id(), first.title(), null, 5, 0.5))));
        Rubric.Criterion edited = CurrentPerson.as(TEACHER, () -> assignments.rubric(id)).criteria().getFirst();
        assertThat(edited.points()).isEqualTo(5);
        assertThat(edited.threshold()).isEqualTo(0.5);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.editRubric(id, List.of()))).isInstanceOf(AccessDeniedException.class);

        String yaml = "title: Broken\nrules: broken.drl\ncriteria:\n  - id: thesis-grounded\n    points: 1\n";
        String drl = "package org.dialectica.rubrics;\n\nrule \"broken\"\nwhen\n    Nothing( x == \nthen\nend\n";
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> {
            try {
                assignments.uploadRubric(id, yaml, "broken.drl", drl);
            } catch (RubricException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        })).hasMessageContaining("broken.drl:");
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.rubric(id)).criteria().getFirst().points()).isEqualTo(5);
    }

    @Test
    void points_set_by_hand_need_a_reason_and_stay_within_the_criterion() {
        long id = assignment(null, null);
        imported(AYU, id, CIRCLE);
        long submission = CurrentPerson.as(AYU, () -> assignments.submit(id)).id();

        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.override(submission, "no-circular-support", 1.0, " ")))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.override(submission, "no-circular-support", 7.0, "why")))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.note(submission, "a", ReviewMark.DUPLICATE, "x".repeat(4001))))
                .isInstanceOf(Refusal.class);
        Review r = CurrentPerson.as(TEACHER, () -> assignments.override(submission, "no-circular-support", 1.0, "The circle is deliberate."));
        assertThat(r.points()).filteredOn(p -> !p.criterion().equals("no-circular-support")).allSatisfy(p -> assertThat(p.overridden()).isNull());
        assertThat(r.points()).filteredOn(p -> p.criterion().equals("no-circular-support")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("The circle is deliberate."));
        // grading again keeps the teacher's points
        Review again = CurrentPerson.as(TEACHER, () -> assignments.regrade(submission));
        assertThat(again.points()).filteredOn(p -> p.criterion().equals("no-circular-support")).singleElement()
                .satisfies(p -> assertThat(p.points()).isEqualTo(1.0));

        ClassReport report = CurrentPerson.as(TEACHER, () -> assignments.report(id));
        assertThat(report.lines()).extracting(ClassReport.Line::student).contains("ayu", "budi");
        assertThat(report.csv()).startsWith("student,name,submitted,late,thesis-grounded").contains("ayu,Ayu,true");
    }
}
