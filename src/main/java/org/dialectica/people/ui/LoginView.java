package org.dialectica.people.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The sign-in page. The form posts to Spring Security's login endpoint; a refusal comes back as
 * {@code ?error} and is answered with one message whatever the reason, so it tells a guesser nothing.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    /** the name the "keep me signed in" box is posted under */
    public static final String REMEMBER_ME = "remember-me";
    private static final String ENDED_SAID = "dialectica.login.ended-said";
    final LoginForm form = new LoginForm();
    private final H1 brand = new H1("Dialectica");
    private final Paragraph hint = new Paragraph();
    private final Paragraph notice = new Paragraph();
    /** posted with the form (the login form sends named fields of its custom area); ticked: a restart signs no one out */
    final Checkbox remember = new Checkbox(true);

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        remember.setId("login-remember");
        remember.getElement().setAttribute("name", REMEMBER_ME);
        remember.getElement().setAttribute("slot", "custom-form-area");
        form.getElement().appendChild(remember.getElement());
        hint.getStyle().set("max-width", "26em").set("color", "var(--vaadin-text-color-secondary, #555)");
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getStyle().set("max-width", "26em").set("font-weight", "600");
        add(brand, notice, form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        // why a signed-in page came back here: the account changed, the session ran out, or this page was too old.
        // An ended page can land here twice, the second time without ?ended (its own reload, racing the move
        // here, reaches a page that needs a sign-in in the session this sign-in page began): said once, both times
        VaadinSession session = VaadinSession.getCurrent();
        boolean ended = parameters.containsKey("ended");
        if (session != null) {
            if (ended) session.setAttribute(ENDED_SAID, Boolean.TRUE);
            else if (session.getAttribute(ENDED_SAID) != null) {
                ended = true;
                session.setAttribute(ENDED_SAID, null);
            }
        }
        notice.setVisible(ended || parameters.containsKey("stale"));
        notice.setText(parameters.containsKey("stale") ? getTranslation("login.stale") : getTranslation("login.ended"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        hint.setText(getTranslation("login.hint"));
        remember.setLabel(getTranslation("login.remember"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Dialectica";
    }
}
