package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiFunction;
import org.dialectica.map.ArgumentMap;
import org.dialectica.workspace.FieldLimits;

/** A map's title and description. A refused save keeps the form open with the reason. */
class MapForm extends Dialog {
    static final int MAX_TITLE = FieldLimits.MAP_TITLE, MAX_DESCRIPTION = FieldLimits.MAP_DESCRIPTION;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Paragraph refusal = new Paragraph();
    final Button save = new Button();

    /** @param onSave saves title and description; answers null, or why it was refused */
    private MapForm(ArgumentMap map, BiFunction<String, String, String> onSave) {
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
        title.setValue(map.title());
        description.setValue(map.description() == null ? "" : map.description());
        refusal.setId("map-refusal");
        refusal.getStyle().set("color", "var(--vaadin-error-color, #b00020)");
        refusal.setVisible(false);
        add(refusal, title, description);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("form.required"));
                return;
            }
            String refused = onSave.apply(title.getValue(), description.getValue());
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

    static MapForm open(ArgumentMap map, BiFunction<String, String, String> onSave) {
        MapForm form = new MapForm(map, onSave);
        form.open();
        return form;
    }
}
