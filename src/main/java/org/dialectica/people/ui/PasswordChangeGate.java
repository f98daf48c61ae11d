package org.dialectica.people.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dialectica.people.Accounts;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password an admin set (a reset, or a class list import) is sent to
 * their account page until they choose their own: the admin knew the old one.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {
    private final Accounts accounts;

    PasswordChangeGate(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == LoginView.class || target == AccountView.class) return;
            if (accounts.mustChangePassword()) enter.forwardTo(AccountView.class);
        }));
    }
}
