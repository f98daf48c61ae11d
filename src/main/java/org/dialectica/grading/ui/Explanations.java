package org.dialectica.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dialectica.grading.Graded;

/**
 * A criterion's explanation names a few claims and then says "… and 15 more": every claim it concerns
 * is listed under it, folded, so nothing is cut off and the rest of the page stays in reach.
 */
final class Explanations {
    private Explanations() {}

    /** The claims the criterion concerns, folded under a summary with their number; none when it names none. */
    static Optional<Details> claims(Component page, Graded.Result c, Function<String, String> title) {
        List<String> titles = titles(c, title);
        if (titles.isEmpty()) return Optional.empty();
        UnorderedList list = new UnorderedList();
        titles.forEach(t -> list.add(new ListItem(t)));
        Details details = new Details(page.getTranslation("grading.explanation.claims", titles.size()), list);
        details.setId("claims-" + c.id());
        return Optional.of(details);
    }

    /** The titles of the claims the criterion concerns, in its order: for the PDF, all of them. */
    static List<String> titles(Graded.Result c, Function<String, String> title) {
        return c.claims().stream().map(title).toList();
    }
}
