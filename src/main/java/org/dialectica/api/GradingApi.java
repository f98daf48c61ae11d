package org.dialectica.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.ClassReport;
import org.dialectica.grading.Review;
import org.dialectica.grading.Submission;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignments, and for their teachers the submissions and grades (the class report, also as the CSV
 * its page downloads). Who may read what is the grading service's: a student's token reads their
 * own assignments, and a submission list or the grades of an assignment only its teacher's (403).
 */
@RestController
@RequestMapping(path = "/api/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "grading", description = "Assignments; for their teachers, submissions and grades")
class GradingApi {
    private final Assignments assignments;

    GradingApi(Assignments assignments) {
        this.assignments = assignments;
    }

    record Work(Long submissionId, String mapId, Instant submittedAt, boolean late, int resubmissions) {
        static Work of(Submission s) {
            return s == null ? null : new Work(s.id(), s.mapId(), s.submittedAt(), s.late(), s.resubmissions());
        }
    }

    /** For its teacher the counts; for a student {@code mine} (null: not begun) and whether feedback is out. */
    record AssignmentLine(long id, String title, String className, String teacher, Instant due, int rubricVersion, boolean teaching,
            int students, int submitted, int released, Work mine, boolean feedbackReleased) {}

    @Operation(summary = "The assignments you set (teachers) or have to do (students)")
    @GetMapping
    List<AssignmentLine> list() {
        return assignments.list().stream().map(r -> {
            Assignment a = r.assignment();
            return new AssignmentLine(a.id(), a.title(), a.className(), a.teacher(), a.due(), a.rubricVersion(), assignments.teaches(a),
                    r.students(), r.submitted(), r.released(), Work.of(r.mine()), r.feedbackReleased());
        }).toList();
    }

    record SubmissionLine(String student, String name, Work work, Double total, String grade, boolean released) {}

    @Operation(summary = "Every student of the class with their work and its review; the assignment's teacher only")
    @GetMapping("/{id}/submissions")
    List<SubmissionLine> submissions(@PathVariable long id) {
        return assignments.submissions(id).stream().map(w -> {
            Review r = w.review();
            return new SubmissionLine(w.student(), w.name(), Work.of(w.submission()), r == null || r.graded() == null ? null : r.total(),
                    r == null ? null : r.grade(), r != null && r.released());
        }).toList();
    }

    record Criterion(String id, String title, double points) {}

    record GradeLine(String student, String name, boolean submitted, boolean late, Map<String, Double> points, Double total,
            String grade, boolean released, boolean stale) {}

    record Grades(long assignment, String title, int rubricVersion, List<Criterion> criteria, double max, List<GradeLine> lines) {}

    @Operation(summary = "The grades: points per student and criterion, totals and grades (the class report); the teacher only",
            description = "Points show only for work graded with the rubric as it is now; 'stale' lines wait to be graded again.")
    @GetMapping("/{id}/grades")
    Grades grades(@PathVariable long id) {
        ClassReport report = assignments.report(id);
        Assignment a = report.assignment();
        return new Grades(a.id(), a.title(), a.rubricVersion(),
                report.criteria().stream().map(c -> new Criterion(c.id(), c.title(), c.points())).toList(),
                report.criteria().stream().mapToDouble(c -> c.points()).sum(),
                report.lines().stream().map(l -> new GradeLine(l.student(), l.name(), l.submitted(), l.late(), l.points(), l.total(),
                        l.grade(), l.released(), l.stale())).toList());
    }

    @Operation(summary = "The grades as the CSV the class report page downloads; the teacher only")
    @GetMapping(path = "/{id}/grades.csv", produces = "text/csv")
    ResponseEntity<String> gradesCsv(@PathVariable long id) {
        ClassReport report = assignments.report(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("assignment-" + id + "-grades.csv").build().toString())
                .body(report.csv());
    }
}
