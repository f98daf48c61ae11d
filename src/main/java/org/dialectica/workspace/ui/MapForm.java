package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dialectica.map.ArgumentMap;
import org.dialectica.workspace.FieldLimits;
import org.dialectica.workspace.MapText;

/**
 * A map's title and description. A save merges with what someone else saved meanwhile; if both
 * changed the same of the two, their version is shown beside the field with a choice. A refused
 * save keeps the form open with the reason.
 */
class MapForm extends Dialog {
    static final int MAX_TITLE = FieldLimits.MAP_TITLE, MAX_DESCRIPTION = FieldLimits.MAP_DESCRIPTION;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Paragraph refusal = new Paragraph();
    final VerticalLayout conflicts = new VerticalLayout();
    final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();
    final Button save = new Button();
    private MapText base;

    /** @param onSave saves the merge of what was opened and what was typed; answers null, or why it was refused */
    private MapForm(ArgumentMap map, Function<MapText[], String> onSave) {
        setId("map-form");
        setHeaderTitle(getTranslation("map.describe"));
        title.setId("map-title");
        description.setId("map-description");
        save.setId("map-save");
        title.setLabel(getTranslation("maps.title"));
        description.setLabel(getTranslation("maps.description"));
        title.setRequired(true);
        title.setMaxLength(MAX_TITLE);
        description.setMaxLength(MAX_DESCRIPTION);
        title.setWidthFull();
        description.setWidthFull();
        base = new MapText(map.title(), map.description());
        title.setValue(base.title());
        description.setValue(base.description() == null ? "" : base.description());
        refusal.setId("map-refusal");
        refusal.getStyle().set("color", "var(--vaadin-error-color, #b00020)");
        refusal.setVisible(false);
        conflicts.setId("map-conflicts");
        conflicts.setPadding(false);
        conflicts.setVisible(false);
        add(refusal, conflicts, title, description);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("form.required"));
                return;
            }
            if (choices.values().stream().anyMatch(c -> c.getValue() == null)) {
                refusal.setText(getTranslation("claim.merge.choose"));
                refusal.setVisible(true);
                return;
            }
            String refused;
            try {
                refused = onSave.apply(new MapText[] {base, new MapText(title.getValue(), description.getValue())});
            } catch (MapText.ConflictException conflict) {
                conflict(conflict);
                return;
            }
            if (refused == null) {
                close();
            } else {
                refusal.setText(refused);
                refusal.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("40em");
    }

    /** Both changed the same field: their version beside this person's, a choice each; now based on theirs. */
    private void conflict(MapText.ConflictException e) {
        base = e.theirs();
        if (!e.conflicts().contains("title")) title.setValue(e.merged().title());
        if (!e.conflicts().contains("description")) description.setValue(e.merged().description() == null ? "" : e.merged().description());
        conflicts.removeAll();
        choices.clear();
        conflicts.add(new Paragraph(getTranslation("claim.merge.conflict", getTranslation("claim.merge.someone"))));
        for (String field : e.conflicts()) {
            String theirs = field.equals("title") ? e.theirs().title() : e.theirs().description();
            String mine = field.equals("title") ? e.merged().title() : e.merged().description();
            TextArea shown = new TextArea(getTranslation("claim.merge.theirs", getTranslation("claim.merge.someone")));
            shown.setId("map-conflict-theirs-" + field);
            shown.setValue(theirs == null ? "" : theirs);
            shown.setReadOnly(true);
            shown.setWidthFull();
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(getTranslation(field.equals("title") ? "maps.title" : "maps.description"));
            choice.setId("map-conflict-choice-" + field);
            choice.setItems(false, true);
            choice.setItemLabelGenerator(m -> getTranslation(m ? "claim.merge.keep.yours" : "claim.merge.keep.theirs"));
            choice.addValueChangeListener(v -> {
                if (v.getValue() == null) return;
                String value = v.getValue() ? mine : theirs;
                if (field.equals("title")) title.setValue(value == null ? "" : value);
                else description.setValue(value == null ? "" : value);
            });
            choices.put(field, choice);
            conflicts.add(choice, shown);
        }
        conflicts.setVisible(true);
        refusal.setVisible(false);
    }

    /** @param onSave gets {opened, typed} */
    static MapForm open(ArgumentMap map, Function<MapText[], String> onSave) {
        MapForm form = new MapForm(map, onSave);
        form.open();
        return form;
    }
}
