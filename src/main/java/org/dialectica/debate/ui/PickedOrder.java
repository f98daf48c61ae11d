package org.dialectica.debate.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialectica.people.Person;

/**
 * The people picked in a multi-select, in the order they were picked: the box's value is a set,
 * and British Parliamentary has a team's first-picked member give its first speech.
 */
final class PickedOrder {
    private final List<String> logins = new ArrayList<>();

    /** @param initial the members already picked, in their order */
    PickedOrder(MultiSelectComboBox<Person> box, List<String> initial) {
        Set<String> there = box.getValue().stream().map(Person::login).collect(Collectors.toSet());
        initial.stream().filter(there::contains).forEach(logins::add);
        box.addValueChangeListener(e -> {
            Set<String> now = e.getValue().stream().map(Person::login).collect(Collectors.toCollection(LinkedHashSet::new));
            logins.retainAll(now);
            now.stream().filter(l -> !logins.contains(l)).forEach(logins::add);
        });
    }

    List<String> logins() {
        return List.copyOf(logins);
    }
}
