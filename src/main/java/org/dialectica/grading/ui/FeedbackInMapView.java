package org.dialectica.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Review;
import org.dialectica.workspace.ui.MapViewExtension;

/**
 * Released feedback on the student's own map page: under a claim, the teacher's mark and comment on
 * it and the way to the whole feedback; a badge on each claim commented on. Nothing before release:
 * the service gives nothing then.
 */
@org.springframework.stereotype.Component
class FeedbackInMapView implements MapViewExtension {
    private final Assignments assignments;
    private final I18NProvider translations;

    FeedbackInMapView(Assignments assignments, I18NProvider translations) {
        this.assignments = assignments;
        this.translations = translations;
    }

    @Override
    public Section section(String mapId, String target, Supplier<Object> origin, Runnable changed) {
        Div panel = new Div();
        panel.setId("assignment-feedback");
        Section section = new Section() {
            @Override
            public Component component() {
                return panel;
            }

            @Override
            public void refresh() {
                panel.removeAll();
                List<Assignments.OnMap> released = assignments.releasedOn(mapId);
                for (Assignments.OnMap r : released) {
                    Review.ClaimNote note = r.review().claims().get(target);
                    if (note != null) {
                        panel.add(new Paragraph((note.mark() == null ? "" : panel.getTranslation("grading.mark." + note.mark().name()))
                                + (note.comment() == null ? "" : (note.mark() == null ? "" : ": ") + note.comment())));
                    }
                    panel.add(new Anchor("assignment/" + r.assignmentId() + "/feedback",
                            panel.getTranslation("grading.feedback.heading", r.title())));
                }
                panel.setVisible(!released.isEmpty());
            }
        };
        section.refresh();
        return section;
    }

    @Override
    public Map<String, CanvasNode.Badge> badges(String mapId, Locale locale) {
        Map<String, CanvasNode.Badge> badges = new HashMap<>();
        for (Assignments.OnMap r : assignments.releasedOn(mapId)) {
            r.review().claims().forEach((claim, note) -> badges.putIfAbsent(claim, new CanvasNode.Badge(1,
                    (note.mark() == null ? "" : translations.getTranslation("grading.mark." + note.mark().name(), locale) + ": ")
                            + (note.comment() == null ? "" : note.comment()))));
        }
        return badges;
    }
}
