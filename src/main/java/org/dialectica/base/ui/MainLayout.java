package org.dialectica.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The shell: the product name, links to the maps, the debates, the assignments and the papers, the language switch, and who is signed in
 * with their account page, the admin page for admins, and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {
    final Select<Locale> language = new Select<>();
    private final Span brand = new Span("Dialectica");
    private final Anchor maps = new Anchor("", "");
    private final Anchor debates = new Anchor("debates", "");
    private final Anchor papers = new Anchor("papers", "");
    private final Anchor account = new Anchor("account", "");
    private final Anchor admin = new Anchor("admin", "");
    // --- grading (issue 10) ---
    private final Anchor assignments = new Anchor("assignments", "");
    final Button logout = new Button();

    public MainLayout(AuthenticationContext authentication) {
        brand.getStyle().set("font-weight", "700").set("font-size", "1.3em");
        // the home page is the map list; a router link by path keeps the shell free of feature classes
        maps.getElement().setAttribute("router-link", true);
        maps.setId("nav-maps");
        debates.getElement().setAttribute("router-link", true);
        debates.setId("nav-debates");
        papers.getElement().setAttribute("router-link", true);
        papers.setId("nav-papers");
        language.setItems(Translations.ENGLISH, Translations.INDONESIAN);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("id") ? "Bahasa Indonesia" : "English");
        language.setId("language");
        Locale current = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getLocale();
        language.setValue(current != null && current.getLanguage().equals("id") ? Translations.INDONESIAN : Translations.ENGLISH);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
            }
        });
        // routes by path, as for the maps: the shell knows no feature class
        account.getElement().setAttribute("router-link", true);
        account.setId("nav-account");
        account.setText(authentication.getAuthenticatedUser(Object.class).filter(NamedPrincipal.class::isInstance)
                .map(p -> ((NamedPrincipal) p).displayName()).or(authentication::getPrincipalName).orElse(""));
        admin.getElement().setAttribute("router-link", true);
        admin.setId("nav-admin");
        admin.setVisible(authentication.hasRole("ADMIN"));
        // --- grading (issue 10) ---
        assignments.getElement().setAttribute("router-link", true);
        assignments.setId("nav-assignments");
        logout.setId("nav-logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClickListener(e -> authentication.logout());
        HorizontalLayout bar = new HorizontalLayout(brand, maps, debates, assignments, papers, admin, account, language, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        // the links sit together on the left; the person's tools on the right
        bar.expand(papers);
        bar.getStyle().set("padding", "0 1em");
        addToNavbar(bar);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        maps.setText(getTranslation("nav.maps"));
        debates.setText(getTranslation("nav.debates"));
        admin.setText(getTranslation("nav.admin"));
        assignments.setText(getTranslation("nav.assignments")); // grading (issue 10)
        papers.setText(getTranslation("nav.papers"));
        account.setTitle(getTranslation("nav.account"));
        logout.setText(getTranslation("nav.logout"));
        language.setAriaLabel(getTranslation("nav.language"));
        language.setTooltipText(getTranslation("nav.language"));
    }
}
