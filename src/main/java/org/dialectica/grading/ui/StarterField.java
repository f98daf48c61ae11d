package org.dialectica.grading.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.workspace.MapSummary;

/** What the students begin from: an empty map, the reference's theses only, or a map the teacher picks. */
class StarterField extends HorizontalLayout {
    final Select<Assignment.Starter> kind = new Select<>();
    final ComboBox<MapSummary> map = new ComboBox<>();
    private final List<MapSummary> maps;

    StarterField(Assignments assignments, boolean hasReference) {
        maps = assignments.referenceCandidates();
        kind.setId("starter-kind");
        kind.setLabel(getTranslation("grading.starter.label"));
        kind.setItems(hasReference ? List.of(Assignment.Starter.values()) : List.of(Assignment.Starter.EMPTY, Assignment.Starter.MAP));
        kind.setItemLabelGenerator(k -> getTranslation("grading.starter." + k.name()));
        kind.setValue(Assignment.Starter.EMPTY);
        kind.setWidth("17em");
        map.setId("starter-map");
        map.setLabel(getTranslation("grading.starter.map"));
        map.setItemLabelGenerator(MapSummary::title);
        map.setItems(maps);
        map.setVisible(false);
        map.setMinWidth("18em");
        kind.addValueChangeListener(e -> map.setVisible(e.getValue() == Assignment.Starter.MAP));
        setAlignItems(Alignment.BASELINE);
        setPadding(false);
        add(kind, map);
    }

    /** Allows THESES once a reference is picked (the form's reference may change). */
    void referencePicked(boolean picked) {
        Assignment.Starter now = kind.getValue();
        kind.setItems(picked ? List.of(Assignment.Starter.values()) : List.of(Assignment.Starter.EMPTY, Assignment.Starter.MAP));
        kind.setValue(!picked && now == Assignment.Starter.THESES ? Assignment.Starter.EMPTY : now);
    }

    void setValue(Assignment.Starter starter, String mapId) {
        kind.setValue(starter);
        map.setValue(mapId == null ? null : maps.stream().filter(m -> m.id().equals(mapId)).findFirst().orElse(null));
        map.setVisible(starter == Assignment.Starter.MAP);
    }

    Assignment.Starter kind() {
        return kind.getValue() == null ? Assignment.Starter.EMPTY : kind.getValue();
    }

    String mapId() {
        return kind() == Assignment.Starter.MAP && map.getValue() != null ? map.getValue().id() : null;
    }
}
