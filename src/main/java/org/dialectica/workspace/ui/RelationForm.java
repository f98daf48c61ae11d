package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiFunction;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.workspace.Change;

/**
 * Draw a relation between two claims, from a form or after a connect on the canvas: a support, an
 * attack, an undercut (an attack on the inference of a support), or a declared contrary or
 * contradictory. A refused save keeps the form open with the reason.
 */
class RelationForm extends Dialog {
    enum Type {
        SUPPORTS("relation.supports"), ATTACKS("relation.attacks"), UNDERCUTS("relation.undercuts"),
        CONTRARY("relation.contrary"), CONTRADICTORY("relation.contradictory");

        private final String key;

        Type(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    final ComboBox<Claim> from = new ComboBox<>();
    final Select<Type> type = new Select<>();
    final ComboBox<Claim> to = new ComboBox<>();
    final ComboBox<Support> inference = new ComboBox<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    /** @param onSave applies the changes; answers null, or why they were refused */
    private RelationForm(ArgumentMap map, String fromId, String toId, BiFunction<Type, List<Change>, String> onSave) {
        setHeaderTitle(getTranslation("relation.new"));
        setId("relation-form");
        from.setId("relation-from");
        type.setId("relation-type");
        to.setId("relation-to");
        inference.setId("relation-inference");
        save.setId("relation-save");
        error.setId("relation-error");
        error.getStyle().set("color", "var(--vaadin-error-color, #b00020)");
        error.setVisible(false);
        List<Claim> claims = List.copyOf(map.claims());
        for (ComboBox<Claim> end : List.of(from, to)) {
            end.setItems(claims);
            end.setItemLabelGenerator(Claim::displayTitle);
            end.setRequired(true);
        }
        inference.setItems(List.copyOf(map.supports()));
        inference.setItemLabelGenerator(s -> title(map, s.from()) + " → " + title(map, s.to()));
        inference.setLabel(getTranslation("relation.inference"));
        inference.setRequired(true);
        from.setLabel(getTranslation("relation.from"));
        to.setLabel(getTranslation("relation.to"));
        type.setLabel(getTranslation("relation.type"));
        type.setItems(Type.values());
        type.setItemLabelGenerator(t -> getTranslation(t.key()));
        type.addValueChangeListener(e -> {
            to.setVisible(e.getValue() != Type.UNDERCUTS);
            inference.setVisible(e.getValue() == Type.UNDERCUTS);
        });
        type.setValue(Type.ATTACKS);
        if (fromId != null) map.claim(fromId).ifPresent(from::setValue);
        if (toId != null) map.claim(toId).ifPresent(to::setValue);
        add(new FormLayout(from, type, to, inference), error);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(onSave));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save(BiFunction<Type, List<Change>, String> onSave) {
        boolean undercut = type.getValue() == Type.UNDERCUTS;
        if (from.isEmpty() || (undercut ? inference.isEmpty() : to.isEmpty() || from.getValue().equals(to.getValue()))) {
            (undercut ? inference : to).setInvalid(true);
            (undercut ? inference : to).setErrorMessage(getTranslation(undercut ? "relation.choose.inference" : "relation.two.claims"));
            return;
        }
        List<Change> changes = changes(type.getValue(), from.getValue().id(), undercut ? null : to.getValue().id(),
                undercut ? inference.getValue() : null);
        String refused = onSave.apply(type.getValue(), changes);
        if (refused == null) {
            close();
        } else {
            error.setText(refused);
            error.setVisible(true);
        }
    }

    /** The change that draws a relation of this type (an undercut targets {@code inference}). */
    static List<Change> changes(Type type, String from, String to, Support inference) {
        return List.of(switch (type) {
            case SUPPORTS -> new Change.AddSupport(new Support(from, to));
            case ATTACKS -> new Change.AddAttack(Attack.onClaim(from, to));
            case UNDERCUTS -> new Change.AddAttack(Attack.onSupport(from, inference));
            case CONTRARY -> new Change.AddOpposition(new Opposition(from, to, Opposition.Type.CONTRARY));
            case CONTRADICTORY -> new Change.AddOpposition(new Opposition(from, to, Opposition.Type.CONTRADICTORY));
        });
    }

    private static String title(ArgumentMap map, String claimId) {
        return "«" + map.claim(claimId).map(Claim::displayTitle).orElse(claimId) + "»";
    }

    static RelationForm open(ArgumentMap map, String fromId, String toId, BiFunction<Type, List<Change>, String> onSave) {
        RelationForm form = new RelationForm(map, fromId, toId, onSave);
        form.open();
        return form;
    }
}
