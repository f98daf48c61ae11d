package org.dialectica.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.people.AccessTokens;
import org.dialectica.people.Accounts;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;

/**
 * Who you are signed in as, changing your password (required after an admin's reset), and your
 * personal access tokens for the REST API.
 */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    private final Accounts accounts;
    private final H2 heading = new H2();
    private final Paragraph who = new Paragraph();
    private final Paragraph mustChange = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button change = new Button();
    final AccessTokenSection tokens;

    public AccountView(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = new AccessTokenSection(tokens);
        setMaxWidth("48em");
        current.setId("password-current");
        chosen.setId("password-new");
        repeated.setId("password-repeat");
        change.setId("password-change");
        for (PasswordField f : new PasswordField[] {current, chosen, repeated}) {
            f.setWidthFull();
            f.setMaxWidth("32em");
            f.setRequired(true);
            f.setMaxLength(72); // bytes, strictly (Passwords.MAX_BYTES): the server says so when accents make it longer
        }
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(e -> changePassword());
        mustChange.getStyle().set("color", "var(--vaadin-text-color, #b00)").set("font-weight", "600");
        mustChange.setVisible(accounts.mustChangePassword());
        add(heading, who, mustChange, current, chosen, repeated, change, this.tokens);
    }

    private void changePassword() {
        current.setInvalid(false);
        chosen.setInvalid(false);
        repeated.setInvalid(false);
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("account.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(current.getValue(), chosen.getValue());
        } catch (IllegalArgumentException e) {
            // the service names what is wrong; it goes beside the field it concerns
            boolean aboutCurrent = e instanceof org.dialectica.people.Refusal r && r.key().equals("account.error.current");
            PasswordField field = aboutCurrent ? current : chosen;
            field.setErrorMessage(Refusals.worded(this, e));
            field.setInvalid(true);
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        mustChange.setVisible(false);
        Notification.show(getTranslation("account.changed"), 4000, Notification.Position.BOTTOM_START);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Person me = CurrentPerson.get();
        heading.setText(getTranslation("account.heading"));
        who.setText(getTranslation("account.who", me.name(), getTranslation("role." + me.role().name()), me.login()));
        mustChange.setText(getTranslation("account.mustChange"));
        current.setLabel(getTranslation("account.current"));
        chosen.setLabel(getTranslation("account.new"));
        repeated.setLabel(getTranslation("account.repeat"));
        change.setText(getTranslation("account.change"));
        tokens.localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.heading") + " · Dialectica";
    }
}
