package org.dialectica.debate.ui;

import org.dialectica.debate.SetupException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.debate.UnknownDebateException;
import org.dialectica.people.Person;
import org.springframework.security.access.AccessDeniedException;

/** The moderator puts people on the sides, until the first move is played. */
final class SidesDialog extends Dialog {
    final List<MultiSelectComboBox<Person>> members = new ArrayList<>();
    /** each side's members in the order picked: British Parliamentary's speaking order */
    private final List<PickedOrder> picked = new ArrayList<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    SidesDialog(Debates debates, long debateId, Setup setup, List<Person> people, Runnable saved) {
        setId("sides-dialog");
        setHeaderTitle(getTranslation("debate.sides.heading"));
        setWidth("min(36em, 96vw)");
        for (int i = 0; i < setup.sides().size(); i++) {
            Side side = setup.sides().get(i);
            MultiSelectComboBox<Person> box = new MultiSelectComboBox<>(side.name());
            box.setId("sides-members-" + (i + 1));
            box.setItems(people);
            box.setItemLabelGenerator(p -> p.name() + " (" + p.login() + ")");
            box.setValue(people.stream().filter(p -> side.members().contains(p.login())).toList());
            box.setWidthFull();
            members.add(box);
            picked.add(new PickedOrder(box, side.members()));
            add(box);
        }
        error.setId("sides-error");
        error.getStyle().set("color", "#b3261e");
        error.setVisible(false);
        add(error);
        save.setId("sides-save");
        save.setText(getTranslation("debate.sides.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            List<Side> sides = new ArrayList<>();
            for (int i = 0; i < setup.sides().size(); i++) {
                Side side = setup.sides().get(i);
                sides.add(new Side(side.name(), side.theses(), picked.get(i).logins()));
            }
            try {
                debates.assign(debateId, sides);
                close();
                saved.run();
            } catch (IllegalArgumentException refused) {
                // the engine and the service name what is wrong (in English)
                fail(getTranslation("debate.sides.refused", SetupException.worded(refused, getLocale(), debates.names())));
            } catch (AccessDeniedException refused) {
                fail(getTranslation("debate.denied"));
            } catch (UnknownDebateException gone) {
                // the page then says the debate is not found
                close();
                saved.run();
            }
        });
        getFooter().add(new Button(getTranslation("debate.setup.cancel"), e -> close()), save);
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
