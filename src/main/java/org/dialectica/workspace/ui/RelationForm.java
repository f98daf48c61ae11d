package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;

/** Draw a support or an attack between two claims, from a form or after a connect on the canvas. */
class RelationForm extends Dialog {
    enum Type { SUPPORTS, ATTACKS }

    final ComboBox<Claim> from = new ComboBox<>();
    final Select<Type> type = new Select<>();
    final ComboBox<Claim> to = new ComboBox<>();
    final Button save = new Button();

    private RelationForm(ArgumentMap map, String fromId, String toId, Consumer<MapEdit> onSave) {
        setHeaderTitle(getTranslation("relation.new"));
        setId("relation-form");
        from.setId("relation-from");
        type.setId("relation-type");
        to.setId("relation-to");
        save.setId("relation-save");
        List<Claim> claims = List.copyOf(map.claims());
        for (ComboBox<Claim> end : List.of(from, to)) {
            end.setItems(claims);
            end.setItemLabelGenerator(c -> c.displayTitle() + " (" + c.id() + ")");
            end.setRequired(true);
        }
        from.setLabel(getTranslation("relation.from"));
        to.setLabel(getTranslation("relation.to"));
        type.setLabel(getTranslation("relation.type"));
        type.setItems(Type.values());
        type.setItemLabelGenerator(t -> getTranslation(t == Type.SUPPORTS ? "relation.supports" : "relation.attacks"));
        type.setValue(Type.ATTACKS);
        if (fromId != null) map.claim(fromId).ifPresent(from::setValue);
        if (toId != null) map.claim(toId).ifPresent(to::setValue);
        add(new FormLayout(from, type, to));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (from.isEmpty() || to.isEmpty() || from.getValue().equals(to.getValue())) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("relation.two.claims"));
                return;
            }
            close();
            onSave.accept(type.getValue() == Type.SUPPORTS
                    ? new MapEdit.SupportAdded(new Support(from.getValue().id(), to.getValue().id()))
                    : new MapEdit.AttackAdded(Attack.onClaim(from.getValue().id(), to.getValue().id())));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    static RelationForm open(ArgumentMap map, String fromId, String toId, Consumer<MapEdit> onSave) {
        RelationForm form = new RelationForm(map, fromId, toId, onSave);
        form.open();
        return form;
    }
}
