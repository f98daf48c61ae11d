package org.dialectica.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Rubric;
import org.dialectica.grading.RubricException;

/**
 * An assignment's rubric: points and pass mark per criterion, edited in place; or a new rubric
 * uploaded as its .yaml and .drl, refused with the compiler's located message (naming the files as
 * uploaded) when it does not compile; files may be dropped again at once. Every change grades the
 * class again in the background, its progress shown here.
 */
@PermitAll
@Route(value = "assignment/:id/rubric", layout = MainLayout.class)
class RubricView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final int MAX_FILE = 1 << 20;
    private final Assignments assignments;
    private Assignment assignment;
    private final Map<String, NumberField[]> fields = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    final H2 heading = new H2();
    final Div criteria = new Div();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private Upload upload;
    private RegradeProgress progress;

    RubricView(Assignments assignments) {
        this.assignments = assignments;
        criteria.setId("rubric-criteria");
        save.setId("rubric-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        message.setId("rubric-message");
        message.getStyle().set("white-space", "pre-wrap");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        assignment = Pages.open(event, () -> {
            Assignment a = assignments.get(id);
            assignments.rubric(id); // its teacher's only
            return a;
        });
        if (assignment == null) return;
        removeAll();
        Anchor back = new Anchor("assignment/" + assignment.id(), assignment.title());
        save.setText(getTranslation("grading.rubric.save"));
        upload = new Upload((UploadHandler) this::receive);
        upload.setId("rubric-upload");
        upload.setMaxFileSize(MAX_FILE);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".drl");
        upload.setDropLabel(new Span(getTranslation("grading.rubric.uploadHint")));
        progress = new RegradeProgress(assignments, assignment.id(), () -> { });
        add(heading, back, progress, criteria, save, new H3(getTranslation("grading.rubric.upload")), upload, message);
        show();
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? "Dialectica" : heading.getText() + " — Dialectica";
    }

    private void show() {
        Rubric rubric = assignments.rubric(assignment.id());
        heading.setText(getTranslation("grading.rubric.heading", rubric.title()));
        criteria.removeAll();
        fields.clear();
        for (Rubric.Criterion c : rubric.criteria()) {
            NumberField points = new NumberField(getTranslation("grading.rubric.points"));
            points.setId("points-" + c.id());
            points.setMin(0);
            points.setStep(0.5);
            points.setValue(c.points());
            NumberField threshold = new NumberField(getTranslation("grading.rubric.threshold"));
            threshold.setId("threshold-" + c.id());
            threshold.setMin(0);
            threshold.setMax(1);
            threshold.setStep(0.05);
            threshold.setValue(c.threshold());
            Div what = new Div(new H3(c.title()), new Paragraph(c.description() == null ? c.id() : c.description()));
            what.setWidth("28em");
            HorizontalLayout row = new HorizontalLayout(what, points, threshold);
            row.setAlignItems(Alignment.BASELINE);
            criteria.add(row);
            fields.put(c.id(), new NumberField[] {points, threshold});
        }
    }

    private void save() {
        Rubric rubric = assignments.rubric(assignment.id());
        List<Rubric.Criterion> edited = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            NumberField[] f = fields.get(c.id());
            double points = f == null || f[0].getValue() == null ? -1 : f[0].getValue();
            double threshold = f == null || f[1].getValue() == null ? -1 : f[1].getValue();
            edited.add(new Rubric.Criterion(c.id(), c.title(), c.description(), points, threshold));
        }
        if (Pages.act(this, () -> assignments.editRubric(assignment.id(), edited))) {
            Pages.done(getTranslation("grading.rubric.saved"));
            show();
            progress.follow();
        }
    }

    /** The upload's outcome, under the upload and scrolled to: a refusal in the error colour. */
    private void say(String text, boolean refused) {
        message.setText(text);
        message.getStyle().set("color", refused ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        message.scrollIntoView();
    }

    /** Keeps each file as it arrives; once both the .yaml and the .drl are in, the rubric is tried. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_FILE + 1);
        }
        String name = event.getFileName();
        ui.access(() -> {
            if (bytes.length > MAX_FILE) {
                say(getTranslation("maps.import.tooLarge", name, MAX_FILE >> 20), true);
                return;
            }
            files.put(name.toLowerCase(java.util.Locale.ROOT).endsWith(".drl") ? "drl" : "yaml", name + "\u0000" + new String(bytes, StandardCharsets.UTF_8));
            if (!files.containsKey("drl") || !files.containsKey("yaml")) {
                say(getTranslation("grading.rubric.needBoth"), false);
                return;
            }
            String[] yaml = files.get("yaml").split("\u0000", 2);
            String[] drl = files.get("drl").split("\u0000", 2);
            files.clear();
            upload.clearFileList(); // the corrected files can be dropped again without removing these
            try {
                assignments.uploadRubric(assignment.id(), yaml[0], yaml[1], drl[0], drl[1]);
                say(getTranslation("grading.rubric.uploaded"), false);
                show();
                progress.follow();
            } catch (RubricException e) {
                say(Pages.refused(this, e), true);
            } catch (RuntimeException e) {
                Pages.act(this, () -> { throw e; });
            }
        });
    }
}
