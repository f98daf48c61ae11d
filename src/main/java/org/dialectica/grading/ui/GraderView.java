package org.dialectica.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Graded;
import org.dialectica.grading.Match;
import org.dialectica.grading.Review;
import org.dialectica.grading.ReviewMark;
import org.dialectica.grading.Submission;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.workspace.ui.MapGraph;

/**
 * The grader's view of one submission: the student's map as submitted beside the reference, matched
 * claims highlighted with their score; the rubric's results with their explanations and points
 * (overridable with a reason); a mark and a comment per claim, and its match corrected; the overall
 * grade and feedback; and release, before which the student sees none of it.
 */
@PermitAll
@Route(value = "submission/:id", layout = MainLayout.class)
class GraderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, com.vaadin.flow.i18n.LocaleChangeObserver {
    private final Assignments assignments;
    private Submission submission;
    private Assignment assignment;
    private ArgumentMap student;
    private ArgumentMap reference;
    private Analysis studentAnalysis;
    private Analysis referenceAnalysis;
    private Review review;
    private org.dialectica.grading.UnreadableSubmissionException unreadable;
    private String selected;

    final H2 heading = new H2();
    final Paragraph releaseState = new Paragraph();
    final GraphCanvas studentCanvas = new GraphCanvas();
    final GraphCanvas referenceCanvas = new GraphCanvas();
    final Div referenceBox = new Div();
    final ComboBox<Claim> claim = new ComboBox<>();
    final Paragraph match = new Paragraph();
    final ComboBox<Claim> correction = new ComboBox<>();
    final Select<ReviewMark> mark = new Select<>();
    final TextArea comment = new TextArea();
    final Button saveNote = new Button();
    final Div notes = new Div();
    final Div criteria = new Div();
    final Span total = new Span();
    final TextField grade = new TextField();
    final TextArea feedback = new TextArea();
    final Button saveOverall = new Button();
    final Button release = new Button();
    final Button regrade = new Button();
    final Paragraph dropped = new Paragraph();

    GraderView(Assignments assignments) {
        this.assignments = assignments;
        setWidthFull();
        for (GraphCanvas c : List.of(studentCanvas, referenceCanvas)) {
            c.setWidthFull();
            c.setHeight("380px");
            c.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        }
        studentCanvas.setId("student-canvas");
        referenceCanvas.setId("reference-canvas");
        studentCanvas.addNodeSelectedListener(e -> claim.setValue(student.claim(e.getId()).orElse(null)));
        claim.setId("grader-claim");
        claim.setItemLabelGenerator(Claim::displayTitle);
        claim.setWidthFull();
        claim.addValueChangeListener(e -> select(e.getValue() == null ? null : e.getValue().id()));
        match.setId("grader-match");
        correction.setId("grader-correction");
        correction.setItemLabelGenerator(Claim::displayTitle);
        correction.setClearButtonVisible(true);
        correction.setWidthFull();
        correction.addValueChangeListener(e -> {
            if (!e.isFromClient() || selected == null) return;
            Pages.act(this, () -> show(assignments.correct(submission.id(), selected, e.getValue() == null ? null : e.getValue().id())));
        });
        mark.setId("grader-mark");
        mark.setItems(ReviewMark.values());
        mark.setEmptySelectionAllowed(true);
        mark.setItemLabelGenerator(m -> m == null ? "—" : getTranslation("grading.mark." + m.name()));
        comment.setId("grader-comment");
        comment.setMaxLength(Assignments.MAX_COMMENT);
        comment.setWidthFull();
        saveNote.setId("grader-save-note");
        saveNote.addClickListener(e -> {
            if (selected == null) return;
            if (Pages.act(this, () -> show(assignments.note(submission.id(), selected, mark.getValue(), comment.getValue())))) {
                Pages.done(getTranslation("grading.grader.saved"));
            }
        });
        notes.setId("grader-notes");
        criteria.setId("grader-criteria");
        total.setId("grader-total");
        grade.setId("overall-grade");
        grade.setMaxLength(Assignments.MAX_GRADE);
        feedback.setId("overall-feedback");
        feedback.setMaxLength(Assignments.MAX_FEEDBACK);
        feedback.setWidthFull();
        feedback.setMinHeight("6em");
        saveOverall.setId("save-overall");
        saveOverall.addClickListener(e -> {
            if (Pages.act(this, () -> show(assignments.conclude(submission.id(), grade.getValue(), feedback.getValue())))) {
                Pages.done(getTranslation("grading.grader.saved"));
            }
        });
        release.setId("release");
        release.addClickListener(e -> Pages.act(this, () -> show(assignments.release(submission.id(), !review.released()))));
        releaseState.setId("release-state");
        regrade.setId("regrade");
        regrade.addClickListener(e -> {
            if (Pages.act(this, () -> show(assignments.regrade(submission.id())))) Pages.done(getTranslation("grading.regrade.one"));
        });
        dropped.setId("dropped-overrides");
        dropped.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Review found;
        unreadable = null;
        try {
            found = Pages.open(event, () -> {
                Submission s = assignments.submission(id);
                Assignment a = assignments.get(s.assignmentId());
                if (!assignments.teaches(a) || !s.submitted()) throw new org.springframework.security.access.AccessDeniedException("not a grader");
                submission = s;
                assignment = a;
                return assignments.review(id);
            });
            if (found == null) return;
            student = assignments.submittedMap(submission.id());
        } catch (org.dialectica.grading.UnreadableSubmissionException e) {
            unreadable = e; // said on the page, with the repair
            return;
        }
        reference = assignments.referenceMap(assignment.id());
        studentAnalysis = assignments.analyze(student);
        referenceAnalysis = reference == null ? null : assignments.analyze(reference);
        review = found;
    }

    /** Drawn when the page opens and again in the language chosen later. */
    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        if (unreadable != null) {
            showUnreadable();
            return;
        }
        if (review == null) return;
        layOut();
        show(review);
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? "Dialectica" : heading.getText() + " — Dialectica";
    }

    /** A submission stored in a form that no longer reads: what is wrong, and the repair. */
    private void showUnreadable() {
        removeAll();
        heading.setText(getTranslation("grading.grader.heading", assignments.nameOf(submission.student()), assignment.title()));
        Paragraph said = new Paragraph(getTranslation("grading.unreadable", unreadable.problem()));
        said.setId("submission-unreadable");
        Button retake = new Button(getTranslation("grading.retake"), e -> {
            if (Pages.act(this, () -> assignments.retake(submission.id()))) getUI().ifPresent(ui -> ui.getPage().reload());
        });
        retake.setId("retake-submission");
        retake.addThemeVariants(ButtonVariant.PRIMARY);
        add(heading, said, new Paragraph(getTranslation("grading.retake.hint", Pages.when(submission.submittedAt()))), retake);
    }

    private void layOut() {
        removeAll();
        heading.setText(getTranslation("grading.grader.heading", assignments.nameOf(submission.student()), assignment.title()));
        VerticalLayout left = column(new H3(getTranslation("grading.grader.student")), studentCanvas);
        referenceBox.removeAll();
        referenceBox.setWidthFull();
        if (reference != null) referenceBox.add(new H3(getTranslation("grading.grader.reference")), referenceCanvas);
        else referenceBox.add(new Paragraph(getTranslation("grading.view.noReference")));
        HorizontalLayout maps = new HorizontalLayout(left, column(referenceBox));
        maps.setWidthFull();
        claim.setLabel(getTranslation("grading.grader.claim", ""));
        claim.setItems(student.claims());
        correction.setLabel(getTranslation("grading.grader.correct"));
        correction.setItems(reference == null ? List.of() : List.copyOf(reference.claims()));
        correction.setVisible(reference != null);
        mark.setLabel(getTranslation("grading.grader.mark"));
        comment.setLabel(getTranslation("grading.grader.comment"));
        saveNote.setText(getTranslation("grading.grader.saveNote"));
        VerticalLayout claimPanel = column(new H3(getTranslation("grading.grader.notes")), new Paragraph(getTranslation("grading.grader.selectHint")),
                claim, match, correction, mark, comment, saveNote, notes);
        regrade.setText(getTranslation("grading.regrade.button"));
        HorizontalLayout totalRow = new HorizontalLayout(total, regrade);
        totalRow.setAlignItems(Alignment.BASELINE);
        VerticalLayout criteriaPanel = column(new H3(getTranslation("grading.grader.criteria")), totalRow, dropped, criteria);
        HorizontalLayout panels = new HorizontalLayout(claimPanel, criteriaPanel);
        panels.setWidthFull();
        grade.setLabel(getTranslation("grading.grader.grade"));
        feedback.setLabel(getTranslation("grading.grader.feedback"));
        saveOverall.setText(getTranslation("grading.grader.saveOverall"));
        HorizontalLayout overall = new HorizontalLayout(grade, saveOverall, release);
        overall.setAlignItems(Alignment.BASELINE);
        add(heading, releaseState, maps, panels, feedback, overall);
    }

    private static VerticalLayout column(Component... children) {
        VerticalLayout c = new VerticalLayout(children);
        c.setPadding(false);
        c.setWidth("50%");
        return c;
    }

    /** Matched claims carry their match's score; the others are dimmed. */
    private void draw(GraphCanvas canvas, MapGraph.Drawing drawing, Map<String, Match> matched) {
        List<CanvasNode> nodes = drawing.nodes().stream().map(n -> {
            Match m = matched.get(n.id());
            List<String> classes = new java.util.ArrayList<>(n.classes());
            if (m == null) classes.add("dim");
            return new CanvasNode(n.id(), m == null ? n.label() : n.label() + " · " + score(m), n.kind(), n.status(), classes,
                    n.x(), n.y(), n.badge());
        }).toList();
        canvas.setGraph(nodes, drawing.edges());
    }

    private void show(Review r) {
        review = r;
        Map<String, Match> byStudent = new HashMap<>();
        Map<String, Match> byReference = new HashMap<>();
        if (r.graded() != null) r.graded().matches().forEach(m -> {
            byStudent.put(m.student(), m);
            byReference.put(m.reference(), m);
        });
        Map<String, CanvasNode.Badge> badges = new HashMap<>();
        r.claims().forEach((id, note) -> badges.put(id, new CanvasNode.Badge(1,
                (note.mark() == null ? "" : getTranslation("grading.mark." + note.mark().name()) + ": ") + (note.comment() == null ? "" : note.comment()))));
        draw(studentCanvas, MapGraph.of(studentAnalysis, assignments.positions(submission.mapId()), c -> true, true, badges, getLocale()),
                byStudent);
        if (reference != null) {
            draw(referenceCanvas, MapGraph.of(referenceAnalysis, assignments.positions(assignment.referenceMapId()), getLocale()),
                    byReference);
        }
        showCriteria(r);
        showNotes(r);
        grade.setValue(r.grade() == null ? "" : r.grade());
        feedback.setValue(r.feedback() == null ? "" : r.feedback());
        release.setText(getTranslation(r.released() ? "grading.grader.unrelease" : "grading.grader.release"));
        release.removeThemeVariants(ButtonVariant.PRIMARY);
        if (!r.released()) release.addThemeVariants(ButtonVariant.PRIMARY);
        releaseState.setText(r.released() ? getTranslation("grading.grader.released", Pages.when(r.releasedAt()))
                : getTranslation("grading.grader.notReleased"));
        select(selected);
    }

    private String score(Match m) {
        return String.format(getLocale(), "%.2f", m.score());
    }

    private void showCriteria(Review r) {
        criteria.removeAll();
        total.setText(getTranslation("grading.grader.total", Pages.points(r.total(), getLocale()), Pages.points(r.max(), getLocale())));
        dropped.setText(r.dropped().isEmpty() ? "" : getTranslation("grading.grader.dropped", String.join("\n", r.dropped())));
        dropped.setVisible(!r.dropped().isEmpty());
        if (r.graded() == null) return;
        for (Graded.Result c : r.graded().criteria()) {
            Review.Points p = r.points().stream().filter(x -> x.criterion().equals(c.id())).findFirst().orElse(null);
            Div box = new Div();
            box.setId("criterion-" + c.id());
            box.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "0.3em 0");
            H4 title = new H4(c.title() + " — " + Pages.points(p == null ? c.points() : p.points(), getLocale()) + " / "
                    + Pages.points(c.max(), getLocale()) + (r.passed(c) ? " ✓" : " ✗"));
            title.getStyle().set("margin", "0.2em 0");
            Paragraph why = new Paragraph(c.explanation(getLocale()));
            why.getStyle().set("margin", "0.2em 0").set("font-size", "var(--lumo-font-size-s)");
            NumberField points = new NumberField(getTranslation("grading.grader.override"));
            points.setId("override-" + c.id());
            points.setMin(0);
            points.setMax(c.max());
            points.setStep(0.5);
            points.setHelperText(getTranslation("grading.grader.automatic", Pages.points(c.points(), getLocale())));
            TextField reason = new TextField(getTranslation("grading.grader.reason"));
            reason.setId("reason-" + c.id());
            reason.setMaxLength(Assignments.MAX_COMMENT);
            if (p != null && p.overridden() != null) {
                points.setValue(p.overridden());
                reason.setValue(p.reason() == null ? "" : p.reason());
            }
            Button set = new Button(getTranslation("grading.grader.saveOverride"),
                    e -> Pages.act(this, () -> show(assignments.override(submission.id(), c.id(), points.getValue(), reason.getValue()))));
            set.setId("set-" + c.id());
            HorizontalLayout edit = new HorizontalLayout(points, reason, set);
            edit.setAlignItems(Alignment.BASELINE);
            box.add(title, why);
            Explanations.claims(this, c, this::titleOf).ifPresent(box::add);
            box.add(edit);
            criteria.add(box);
        }
    }

    /** A claim's title in the student's map, else in the reference (a thesis the student left out). */
    private String titleOf(String id) {
        return student.claim(id).or(() -> reference == null ? java.util.Optional.empty() : reference.claim(id)).map(Claim::displayTitle).orElse(id);
    }

    private void showNotes(Review r) {
        notes.removeAll();
        r.claims().forEach((id, note) -> {
            String title = student.claim(id).map(Claim::displayTitle).orElse(id);
            Paragraph line = new Paragraph("«" + title + "» — " + (note.mark() == null ? "" : getTranslation("grading.mark." + note.mark().name()))
                    + (note.comment() == null ? "" : ": " + note.comment()));
            line.getStyle().set("margin", "0.2em 0");
            notes.add(line);
        });
    }

    private void select(String claimId) {
        selected = claimId == null || !student.hasClaim(claimId) ? null : claimId;
        boolean on = selected != null;
        mark.setEnabled(on);
        comment.setEnabled(on);
        saveNote.setEnabled(on);
        correction.setEnabled(on);
        if (!on) {
            match.setText("");
            mark.clear();
            comment.clear();
            correction.clear();
            return;
        }
        Match m = review.graded() == null ? null : review.graded().matches().stream().filter(x -> x.student().equals(selected)).findFirst().orElse(null);
        if (m == null) {
            match.setText(reference == null ? "" : getTranslation("grading.grader.noMatch"));
            correction.clear();
        } else {
            String title = reference == null ? m.reference() : reference.claim(m.reference()).map(Claim::displayTitle).orElse(m.reference());
            match.setText(getTranslation("grading.grader.match", title, m.how(), score(m)));
            correction.setValue(reference == null ? null : reference.claim(m.reference()).orElse(null));
        }
        Review.ClaimNote note = review.claims().get(selected);
        mark.setValue(note == null ? null : note.mark());
        comment.setValue(note == null || note.comment() == null ? "" : note.comment());
        if (reference != null && m != null) referenceCanvas.highlight(List.of(m.reference()));
    }
}
