package org.dialectica.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.dialectica.grading.RubricException;
import org.dialectica.grading.UnknownAssignmentException;
import org.dialectica.people.ui.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What the grading pages share: opening by id (unknown or not theirs: not found), acting with a message, dates. */
final class Pages {
    private static final Logger log = LoggerFactory.getLogger(Pages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Pages() {}

    /** Reads what the page shows; an unknown id, or one the person may not open, is the app's not-found page. */
    static <T> T open(BeforeEvent event, Supplier<T> read) {
        try {
            return read.get();
        } catch (UnknownAssignmentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return null;
        }
    }

    /** Runs an action; a refusal is told in the page's language, anything else in a line without a trace. */
    static boolean act(Component page, Runnable action) {
        try {
            action.run();
            return true;
        } catch (AccessDeniedException e) {
            error(page.getTranslation("page.notFound", ""));
        } catch (IllegalArgumentException e) {
            error(Refusals.worded(page, e));
        } catch (RuntimeException e) {
            log.warn("A grading action failed", e);
            error(String.valueOf(e.getMessage()));
        }
        return false;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    static void done(String message) {
        Notification n = Notification.show(message, 2500, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    static String points(double p, Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(p);
    }

    /** A rubric refused: its located message as the compiler gave it. */
    static String refused(Component page, RubricException e) {
        return page.getTranslation("grading.rubric.refused", e.getMessage());
    }
}
