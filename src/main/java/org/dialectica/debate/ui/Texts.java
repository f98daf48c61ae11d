package org.dialectica.debate.ui;

import com.vaadin.flow.component.HasText;
import java.util.Objects;

/** Text set only when it differs: Flow replaces the text node on every setText, and a debate page is redrawn for every move. */
final class Texts {
    private Texts() {}

    static void set(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) component.setText(text);
    }
}
