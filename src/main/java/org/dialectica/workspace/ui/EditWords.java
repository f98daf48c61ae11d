package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dialectica.workspace.EditStep;
import org.dialectica.workspace.MapEdit;

/**
 * An edit of the history worded in the reader's language, from what it did and the titles it
 * names: "Ayu added an attack from «A» to «B»". Titles are parameters, never markup.
 */
final class EditWords {
    private EditWords() {}

    /** @param in the component whose language it is (its locale, as {@code getLocale()} answers) */
    static String sentence(Component in, Locale locale, MapEdit edit) {
        String what = edit.steps().isEmpty() ? in.getTranslation("history.step.other")
                : edit.steps().stream().map(s -> step(in, locale, s)).collect(Collectors.joining("; "));
        return in.getTranslation("history.entry", edit.authorName(), what);
    }

    static String step(Component in, Locale locale, EditStep step) {
        Object[] names = step.names().toArray();
        if (step.kind() == EditStep.Kind.CLAIM_REVERTED && names.length > 1) {
            names[1] = when(locale, OffsetDateTime.parse(step.names().get(1)));
        }
        return in.getTranslation("history.step." + step.kind().key(), names);
    }

    /** A time in the reader's language, on the server's clock. */
    static String when(Locale locale, OffsetDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
