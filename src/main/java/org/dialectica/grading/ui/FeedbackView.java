package org.dialectica.grading.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Feedback;
import org.dialectica.grading.Graded;
import org.dialectica.grading.Review;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * A student's released feedback on their work: grade, points per criterion with the automatic
 * explanations (gaps fixed since marked resolved) and the teacher's reasons, the comments on their
 * claims, the teacher's feedback; also as PDF. Before release the address leads nowhere.
 */
@PermitAll
@Route(value = "assignment/:id/feedback", layout = MainLayout.class)
class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, com.vaadin.flow.i18n.LocaleChangeObserver {
    private final Assignments assignments;
    final H2 heading = new H2();
    private Feedback f;

    FeedbackView(Assignments assignments) {
        this.assignments = assignments;
        setMaxWidth("1000px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        f = Pages.open(event, () -> assignments.feedback(id)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not released")));
    }

    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        if (f != null) show();
    }

    private void show() {
        removeAll();
        Locale locale = getLocale();
        Review r = f.review();
        heading.setText(getTranslation("grading.feedback.heading", f.assignment().title()));
        ArgumentMap map;
        try {
            map = assignments.submittedMap(f.submission().id());
        } catch (org.dialectica.grading.UnreadableSubmissionException e) {
            Paragraph said = new Paragraph(getTranslation("grading.unreadable.student", e.problem()));
            said.setId("submission-unreadable");
            add(heading, said);
            return;
        }
        Paragraph grade = new Paragraph(getTranslation("grading.feedback.grade", r.grade() == null ? "—" : r.grade()));
        grade.setId("feedback-grade");
        grade.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Paragraph points = new Paragraph(getTranslation("grading.feedback.points", Pages.points(r.total(), locale), Pages.points(r.max(), locale)));
        points.setId("feedback-points");
        Anchor open = new Anchor("map/" + f.submission().mapId(), getTranslation("grading.feedback.openMap"));
        byte[] document = FeedbackPdf.write(this, f, map, locale); // worded under the page's locale
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = document;
            return new DownloadResponse(new ByteArrayInputStream(bytes), "feedback-" + f.assignment().id() + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("grading.feedback.pdf"));
        pdf.setId("feedback-pdf");
        add(heading, grade, points, new HorizontalLayout(open, pdf));
        if (r.feedback() != null) {
            Paragraph text = new Paragraph(r.feedback());
            text.setId("feedback-text");
            text.getStyle().set("white-space", "pre-wrap");
            add(new H3(getTranslation("grading.feedback.teacher")), text);
        }
        add(new H3(getTranslation("grading.feedback.criteria")));
        if (r.graded() != null) {
            for (Graded.Result c : r.graded().criteria()) {
                Review.Points p = r.points().stream().filter(x -> x.criterion().equals(c.id())).findFirst().orElse(null);
                double got = p == null ? c.points() : p.points();
                Div box = new Div();
                box.setId("feedback-" + c.id());
                box.add(new H4(c.title() + " — " + Pages.points(got, locale) + " / " + Pages.points(c.max(), locale) + (r.passed(c) ? " ✓" : " ✗")));
                box.add(new Paragraph(c.explanation(locale)));
                Explanations.claims(this, c, id -> map.claim(id).map(Claim::displayTitle).orElse(id)).ifPresent(box::add);
                if (p != null && p.overridden() != null) {
                    box.add(new Paragraph(getTranslation("grading.feedback.changed", Pages.points(p.overridden(), locale), p.reason())));
                }
                if (f.resolvedCriteria().contains(c.id())) {
                    Paragraph done = new Paragraph(getTranslation("grading.feedback.criterionResolved"));
                    done.getStyle().set("color", "var(--lumo-success-text-color)");
                    box.add(done);
                }
                for (String claim : f.resolved().getOrDefault(c.id(), java.util.List.of())) {
                    Paragraph fixed = new Paragraph(getTranslation("grading.feedback.resolved", map.claim(claim).map(Claim::displayTitle).orElse(claim)));
                    fixed.getStyle().set("color", "var(--lumo-success-text-color)");
                    box.add(fixed);
                }
                add(box);
            }
        }
        if (!r.claims().isEmpty()) {
            add(new H3(getTranslation("grading.feedback.claims")));
            Div notes = new Div();
            notes.setId("feedback-notes");
            r.claims().forEach((claimId, note) -> notes.add(new Paragraph("«" + map.claim(claimId).map(Claim::displayTitle).orElse(claimId) + "» — "
                    + (note.mark() == null ? "" : getTranslation("grading.mark." + note.mark().name()))
                    + (note.comment() == null ? "" : ": " + note.comment()))));
            add(notes);
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? "Dialectica" : heading.getText() + " — Dialectica";
    }
}
