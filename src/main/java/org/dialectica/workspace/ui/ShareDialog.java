package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.people.Accounts;
import org.dialectica.people.Classes;
import org.dialectica.people.Person;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;

/** Who may see and edit a map besides its owner: private, a class or everyone, and named editors and viewers. */
final class ShareDialog extends Dialog {
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Select<Classes.SchoolClass> schoolClass = new Select<>();
    final MultiSelectComboBox<Person> editors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Person> viewers = new MultiSelectComboBox<>();
    final Button save = new Button();

    private ShareDialog(Workspace workspace, Accounts accounts, Classes classes, String mapId, String title) {
        Workspace.Sharing now = workspace.sharing(mapId);
        setHeaderTitle(getTranslation("share.heading", title));
        visibility.setId("share-visibility");
        visibility.setLabel(getTranslation("share.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("share.visibility." + v.name()));
        visibility.setValue(now.visibility());
        List<Classes.SchoolClass> known = classes.visible();
        schoolClass.setId("share-class");
        schoolClass.setLabel(getTranslation("share.class"));
        schoolClass.setItems(known);
        schoolClass.setItemLabelGenerator(Classes.SchoolClass::name);
        known.stream().filter(c -> now.classId() != null && c.id() == now.classId()).findFirst().ifPresent(schoolClass::setValue);
        schoolClass.setVisible(now.visibility() == Visibility.CLASS);
        visibility.addValueChangeListener(e -> schoolClass.setVisible(e.getValue() == Visibility.CLASS));

        List<Person> people = accounts.directory().stream().filter(p -> !p.login().equals(now.owner())).toList();
        for (MultiSelectComboBox<Person> box : List.of(editors, viewers)) {
            box.setItems(people);
            box.setItemLabelGenerator(p -> p.name() + " (" + p.login() + ")");
            box.setWidthFull();
        }
        editors.setId("share-editors");
        viewers.setId("share-viewers");
        editors.setLabel(getTranslation("share.editors"));
        viewers.setLabel(getTranslation("share.viewers"));
        editors.setValue(people.stream().filter(p -> Boolean.TRUE.equals(now.people().get(p.login()))).collect(Collectors.toSet()));
        viewers.setValue(people.stream().filter(p -> Boolean.FALSE.equals(now.people().get(p.login()))).collect(Collectors.toSet()));

        save.setId("share-save");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (visibility.getValue() == Visibility.CLASS && schoolClass.getValue() == null) {
                schoolClass.setInvalid(true);
                schoolClass.setErrorMessage(getTranslation("share.class.required"));
                return;
            }
            Map<String, Boolean> chosen = new LinkedHashMap<>();
            viewers.getValue().forEach(p -> chosen.put(p.login(), false));
            editors.getValue().forEach(p -> chosen.put(p.login(), true)); // an editor also views
            try {
                Classes.SchoolClass c = schoolClass.getValue();
                workspace.share(mapId, visibility.getValue(), c == null ? null : c.id(), chosen);
                Notification.show(getTranslation("share.saved"), 4000, Notification.Position.BOTTOM_START);
                close(); // the page follows the change as every viewer's does
            } catch (AccessDeniedException | IllegalArgumentException refused) {
                Notification.show(org.dialectica.people.ui.Refusals.worded(this, refused), 8000, Notification.Position.MIDDLE);
            }
        });
        add(new VerticalLayout(visibility, schoolClass, editors, viewers));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("34em");
    }

    static ShareDialog open(Workspace workspace, Accounts accounts, Classes classes, String mapId, String title) {
        ShareDialog dialog = new ShareDialog(workspace, accounts, classes, mapId, title);
        dialog.open();
        return dialog;
    }
}
