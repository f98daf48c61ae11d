package org.dialectica.people.ui;

import com.vaadin.flow.component.Component;
import org.dialectica.map.TypedText;
import org.dialectica.people.Refusal;

/** A refusal worded in the page's language (its key and arguments), other errors as they came. */
public final class Refusals {
    private Refusals() {}

    public static String worded(Component page, RuntimeException refused) {
        return switch (refused) {
            case Refusal r -> page.getTranslation(r.key(), r.args());
            case TypedText.ForbiddenCharacterException f -> page.getTranslation("text.forbidden",
                    page.getTranslation("text.field." + f.field()), TypedText.describe(f.codePoint()), f.position());
            default -> refused.getMessage();
        };
    }
}
