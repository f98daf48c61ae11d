package org.dialectica.grading.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.dialectica.grading.Feedback;
import org.dialectica.grading.Graded;
import org.dialectica.grading.Review;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/** A student's released feedback as PDF, in the reader's language: what the feedback page shows. */
final class FeedbackPdf {
    private FeedbackPdf() {}

    static byte[] write(Component page, Feedback f, ArgumentMap map, Locale locale) {
        Review r = f.review();
        try (Pdf pdf = new Pdf(page.getTranslation("grading.feedback.heading", f.assignment().title()))) {
            pdf.text(page.getTranslation("grading.feedback.grade", r.grade() == null ? "—" : r.grade()));
            pdf.text(page.getTranslation("grading.feedback.points", Pages.points(r.total(), locale), Pages.points(r.max(), locale)));
            if (r.feedback() != null) pdf.heading(page.getTranslation("grading.feedback.teacher")).text(r.feedback());
            pdf.heading(page.getTranslation("grading.feedback.criteria"));
            if (r.graded() != null) {
                for (Graded.Result c : r.graded().criteria()) {
                    Review.Points p = r.points().stream().filter(x -> x.criterion().equals(c.id())).findFirst().orElse(null);
                    pdf.text(c.title() + " — " + Pages.points(p == null ? c.points() : p.points(), locale) + " / " + Pages.points(c.max(), locale)
                            + " (" + page.getTranslation(r.passed(c) ? "grading.feedback.met" : "grading.feedback.notMet") + ")"); // Helvetica has no ✓
                    pdf.text(c.explanation(locale));
                    List<String> claims = Explanations.titles(c, id -> map.claim(id).map(Claim::displayTitle).orElse(id));
                    // every claim, also those the explanation counts as "… and N more"
                    if (!claims.isEmpty()) pdf.text(page.getTranslation("grading.explanation.claims", claims.size()) + ": " + String.join("; ", claims));
                    if (p != null && p.overridden() != null) {
                        pdf.text(page.getTranslation("grading.feedback.changed", Pages.points(p.overridden(), locale), p.reason()));
                    }
                    if (f.resolvedCriteria().contains(c.id())) pdf.text(page.getTranslation("grading.feedback.criterionResolved"));
                }
            }
            if (!r.claims().isEmpty()) {
                pdf.heading(page.getTranslation("grading.feedback.claims"));
                r.claims().forEach((id, note) -> pdf.text("«" + map.claim(id).map(Claim::displayTitle).orElse(id) + "» — "
                        + (note.mark() == null ? "" : page.getTranslation("grading.mark." + note.mark().name()))
                        + (note.comment() == null ? "" : ": " + note.comment())));
            }
            return pdf.bytes();
        }
    }
}
