package org.dialectica.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Submission;
import org.dialectica.io.MapFileException;
import org.dialectica.papers.Papers;
import org.dialectica.workspace.Workspace;

/**
 * One assignment. Its teacher sees every student's work, with a way to grade it, the rubric and the
 * class report; a student makes their map (from scratch, from the starter map, from a file), opens
 * it, submits it, and reads the feedback once it is released.
 */
@PermitAll
@Route(value = "assignment/:id", layout = MainLayout.class)
class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, com.vaadin.flow.i18n.LocaleChangeObserver {
    private final Assignments assignments;
    private Assignment assignment;
    final H2 heading = new H2();
    final Div details = new Div();
    final Div work = new Div();
    final MultiSelectComboBox<Papers.Listed> papers = new MultiSelectComboBox<>();
    private com.vaadin.flow.shared.Registration papersSaved;
    final Grid<Assignments.Work> submissions = new Grid<>();

    AssignmentView(Assignments assignments) {
        this.assignments = assignments;
        submissions.setId("submissions");
        submissions.setAllRowsVisible(true);
        work.setId("my-work");
        papers.setId("assignment-papers");
        add(heading, details, work);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        assignment = Pages.open(event, () -> assignments.get(id));
    }

    /** Drawn when the page opens and again in the language chosen later. */
    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        if (assignment == null) return;
        heading.setText(assignment.title());
        details.removeAll();
        details.add(new Paragraph(getTranslation("grading.view.class", assignment.className()) + " · "
                + getTranslation("grading.view.due", Pages.when(assignment.due()))));
        if (assignment.instructions() != null) {
            Paragraph instructions = new Paragraph(assignment.instructions());
            instructions.getStyle().set("white-space", "pre-wrap");
            details.add(instructions);
        }
        if (assignment.sources() != null) details.add(new Paragraph(getTranslation("grading.view.sources", assignment.sources())));
        showPapers();
        if (assignments.teaches(assignment)) showTeacher();
        else showStudent();
    }

    @Override
    public String getPageTitle() {
        return assignment == null ? "Dialectica" : assignment.title() + " — Dialectica";
    }

    /** The papers the assignment is about: a list for its students, a picker for its teacher (each change saved at once). */
    private void showPapers() {
        List<Papers.Listed> listed = assignments.papers(assignment.id());
        if (assignments.teaches(assignment)) {
            papers.setLabel(getTranslation("grading.view.papers"));
            papers.setItemLabelGenerator(AssignmentForm::paperLabel);
            papers.setItems(assignments.allPapers());
            if (papersSaved != null) papersSaved.remove();
            papers.setValue(new java.util.HashSet<>(listed));
            papers.setWidthFull();
            // listened to after the stored value is shown, so only the teacher's picks are saved
            papersSaved = papers.addValueChangeListener(e -> Pages.act(this, () -> assignments.setPapers(assignment.id(),
                    e.getValue().stream().map(Papers.Listed::id).sorted().toList())));
            details.add(papers);
        } else if (!listed.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("assignment-paper-list");
            // each opens the paper to read; quoting it happens beside the student's map
            listed.forEach(p -> list.add(new ListItem(org.dialectica.papers.ui.PaperLinks.to(p.id(), AssignmentForm.paperLabel(p)))));
            details.add(new Paragraph(getTranslation("grading.view.papers")), list);
        }
    }

    private void showTeacher() {
        Anchor rubric = new Anchor("assignment/" + assignment.id() + "/rubric", getTranslation("grading.view.rubric"));
        rubric.setId("open-rubric");
        Anchor report = new Anchor("assignment/" + assignment.id() + "/report", getTranslation("grading.view.report"));
        report.setId("open-report");
        showKeys();
        work.removeAll();
        submissions.removeAllColumns();
        submissions.addColumn(Assignments.Work::name).setHeader(getTranslation("grading.view.student")).setFlexGrow(2);
        submissions.addColumn(this::state).setHeader(getTranslation("grading.view.state")).setFlexGrow(3);
        submissions.addColumn(w -> w.review() == null || w.review().graded() == null ? ""
                : Pages.points(w.review().total(), getLocale()) + " / " + Pages.points(w.review().max(), getLocale()))
                .setHeader(getTranslation("grading.view.points")).setAutoWidth(true);
        submissions.addColumn(w -> w.review() == null || w.review().grade() == null ? "" : w.review().grade())
                .setHeader(getTranslation("grading.view.grade")).setAutoWidth(true);
        submissions.addComponentColumn(w -> {
            if (w.submission() == null || !w.submission().submitted()) return new Div();
            Button grade = new Button(getTranslation("grading.view.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate("submission/" + w.submission().id())));
            grade.setId("grade-" + w.student());
            return grade;
        }).setAutoWidth(true);
        Button again = new Button(getTranslation("grading.regrade.all"), e -> {
            if (Pages.act(this, () -> assignments.regradeAll(assignment.id()))) progress.follow();
        });
        again.setId("regrade-all");
        progress = new RegradeProgress(assignments, assignment.id(), this::refresh);
        stale.setId("stale-grades");
        HorizontalLayout links = new HorizontalLayout(rubric, report, again);
        links.setAlignItems(Alignment.BASELINE);
        work.add(links, stale, progress, new H3(getTranslation("grading.view.submissions")), submissions);
        refresh();
    }

    private RegradeProgress progress;
    final Paragraph stale = new Paragraph();

    /** The submissions and their points as they are now (again when a regrading ends). */
    private void refresh() {
        submissions.setItems(assignments.submissions(assignment.id()));
        long earlier = assignments.stale(assignment.id());
        stale.setText(earlier == 0 ? "" : getTranslation("grading.view.stale", earlier));
        stale.setVisible(earlier > 0);
    }

    /** The answer key by its title (the teacher's link to it) and what the students begin from, changeable here. */
    private void showKeys() {
        Assignments.Keys keys = assignments.keys(assignment.id());
        Paragraph reference = new Paragraph();
        reference.setId("assignment-reference-title");
        if (assignment.referenceMapId() == null) reference.setText(getTranslation("grading.view.noReference"));
        else {
            reference.add(new com.vaadin.flow.component.html.Span(getTranslation("grading.view.reference", "") + " "));
            reference.add(new Anchor("map/" + assignment.referenceMapId(), keys.reference() == null ? assignment.referenceMapId() : keys.reference()));
            reference.add(new com.vaadin.flow.component.html.Span(" · " + getTranslation("grading.view.referenceHidden")));
        }
        details.add(reference);
        StarterField starter = new StarterField(assignments, assignment.referenceMapId() != null);
        starter.setValue(assignment.starter(), assignment.starterMapId());
        Button save = new Button(getTranslation("grading.starter.save"), e -> {
            Assignment[] changed = new Assignment[1];
            if (Pages.act(this, () -> changed[0] = assignments.setStarter(assignment.id(), starter.kind(), starter.mapId()))) {
                assignment = changed[0];
                Pages.done(getTranslation("grading.starter.saved"));
                localeChange(null);
            }
        });
        save.setId("starter-save");
        HorizontalLayout row = new HorizontalLayout(starter, save);
        row.setAlignItems(Alignment.BASELINE);
        details.add(row);
        if (assignment.starterIsReference()) {
            Paragraph warning = new Paragraph(getTranslation("grading.starter.isReference"));
            warning.setId("starter-is-reference");
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(warning);
        }
    }

    private String state(Assignments.Work w) {
        Submission s = w.submission();
        if (s == null) return getTranslation("grading.status.notStarted");
        if (!s.submitted()) return getTranslation("grading.status.working");
        String text = getTranslation(s.late() ? "grading.status.late" : "grading.status.submitted") + " " + Pages.when(s.submittedAt());
        if (s.resubmissions() > 0) text += " · " + getTranslation("grading.view.resubmitted", s.resubmissions());
        if (w.review() != null && w.review().released()) text += " · " + getTranslation("grading.status.released");
        return text;
    }

    private void showStudent() {
        work.removeAll();
        Submission mine = assignments.mine(assignment.id()).orElse(null);
        if (mine == null || mine.mapId() == null) {
            Button scratch = new Button(getTranslation("grading.student.start"), e -> start(Assignments.Start.EMPTY));
            scratch.setId("start-empty");
            Button copy = new Button(getTranslation("grading.student.copy"), e -> start(Assignments.Start.STARTER));
            copy.setId("start-copy");
            copy.setVisible(Assignments.hasStarter(assignment));
            Upload upload = new Upload((UploadHandler) this::receive);
            upload.setId("start-import");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(Workspace.MAX_IMPORT_BYTES);
            upload.setUploadButton(new Button(getTranslation("grading.student.import")));
            HorizontalLayout starts = new HorizontalLayout(scratch, copy, upload);
            starts.setAlignItems(Alignment.BASELINE);
            work.add(starts);
            return;
        }
        Anchor open = new Anchor("map/" + mine.mapId(), getTranslation("grading.student.openMap"));
        open.setId("open-my-map");
        Button submit = new Button(getTranslation(mine.submitted() ? "grading.student.resubmit" : "grading.student.submit"), e -> {
            if (Pages.act(this, () -> assignments.submit(assignment.id()))) showStudent();
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(open, submit);
        actions.setAlignItems(Alignment.BASELINE);
        work.add(actions);
        if (mine.submitted()) {
            Paragraph state = new Paragraph(getTranslation(mine.late() ? "grading.student.submittedLate" : "grading.student.submitted",
                    Pages.when(mine.submittedAt())));
            state.setId("submission-state");
            work.add(state);
        }
        if (assignments.feedback(assignment.id()).isPresent()) {
            Anchor feedback = new Anchor("assignment/" + assignment.id() + "/feedback", getTranslation("grading.student.feedback"));
            feedback.setId("open-feedback");
            work.add(feedback);
        } else if (mine.submitted()) {
            Paragraph notYet = new Paragraph(getTranslation("grading.student.notYet"));
            notYet.setId("feedback-not-yet");
            work.add(notYet);
        }
    }

    private void start(Assignments.Start how) {
        String[] mapId = new String[1];
        if (Pages.act(this, () -> mapId[0] = assignments.startMap(assignment.id(), how))) showStudent();
    }

    /** The file arrives outside the session lock; the map is made under it. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(Workspace.MAX_IMPORT_BYTES + 1);
        }
        String name = event.getFileName();
        ui.access(() -> {
            if (bytes.length > Workspace.MAX_IMPORT_BYTES) {
                Pages.error(getTranslation("maps.import.tooLarge", name, Workspace.MAX_IMPORT_BYTES >> 20));
                return;
            }
            try {
                assignments.importMap(assignment.id(), name, bytes);
                showStudent();
            } catch (MapFileException e) {
                Pages.error(getTranslation("maps.import.failed", e.getMessage()));
            } catch (RuntimeException e) {
                Pages.act(this, () -> { throw e; });
            }
        });
    }
}
