package org.dialectica.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.people.Account;
import org.dialectica.people.Accounts;
import org.dialectica.people.AuditLog;
import org.dialectica.people.ClassList;
import org.dialectica.people.Classes;
import org.dialectica.people.Role;

/**
 * Admins only (the route and every service call check it): accounts (create, disable, reset,
 * role), classes and class list imports, and the audit log.
 */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final Accounts accounts;
    private final Classes classes;
    private final ClassList classList;
    private final AuditLog audit;
    final Grid<Account> accountGrid = new Grid<>();
    final Grid<Classes.SchoolClass> classGrid = new Grid<>();
    final Grid<AuditLog.Event> auditGrid = new Grid<>();
    final TextField newLogin = new TextField();
    final TextField newName = new TextField();
    final TextField newEmail = new TextField();
    final Select<Role> newRole = new Select<>();
    final Button createAccount = new Button();
    final TextField className = new TextField();
    final Upload classUpload;
    final Div importResult = new Div();

    public AdminView(Accounts accounts, Classes classes, ClassList classList, AuditLog audit) {
        this.accounts = accounts;
        this.classes = classes;
        this.classList = classList;
        this.audit = audit;
        setSizeFull();
        add(new H2(getTranslation("admin.heading")));

        newLogin.setLabel(getTranslation("admin.login"));
        newLogin.setId("new-login");
        newLogin.setRequired(true);
        newName.setLabel(getTranslation("admin.name"));
        newName.setId("new-name");
        newEmail.setLabel(getTranslation("admin.email"));
        newEmail.setId("new-email");
        newRole.setLabel(getTranslation("admin.role"));
        newRole.setId("new-role");
        newRole.setItems(Role.values());
        newRole.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        newRole.setValue(Role.STUDENT);
        createAccount.setText(getTranslation("admin.create"));
        createAccount.setId("create-account");
        createAccount.addThemeVariants(ButtonVariant.PRIMARY);
        createAccount.addClickListener(e -> createAccount());
        HorizontalLayout form = new HorizontalLayout(newLogin, newName, newEmail, newRole, createAccount);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        accountGrid.setId("accounts");
        accountGrid.addColumn(Account::login).setHeader(getTranslation("admin.login")).setAutoWidth(true);
        accountGrid.addColumn(Account::name).setHeader(getTranslation("admin.name")).setAutoWidth(true);
        accountGrid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("admin.email")).setAutoWidth(true);
        accountGrid.addComponentColumn(this::roleOf).setHeader(getTranslation("admin.role")).setAutoWidth(true);
        accountGrid.addColumn(a -> getTranslation(a.enabled() ? "admin.enabled" : "admin.disabled")).setHeader(getTranslation("admin.state")).setAutoWidth(true);
        accountGrid.addComponentColumn(this::actions).setAutoWidth(true);
        VerticalLayout accountTab = new VerticalLayout(form, accountGrid);
        accountTab.setPadding(false);

        className.setLabel(getTranslation("admin.class"));
        className.setId("class-name");
        className.setRequired(true);
        classUpload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((1 << 20) + 1);
            }
            String file = event.getFileName();
            event.getUI().access(() -> importClassList(file, bytes));
        });
        classUpload.setId("class-upload");
        // the upload's own words in the reader's language (the rest of its texts keep Vaadin's)
        classUpload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(getTranslation("upload.add.one")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(getTranslation("upload.drop.one"))));
        classUpload.setMaxFiles(1);
        classUpload.setAcceptedFileTypes(".csv", "text/csv");
        classUpload.addAllFinishedListener(e -> classUpload.clearFileList());
        importResult.setId("class-import-result");
        classGrid.setId("classes");
        classGrid.addColumn(Classes.SchoolClass::name).setHeader(getTranslation("admin.class")).setAutoWidth(true);
        classGrid.addColumn(c -> c.teacher() == null ? "" : c.teacher()).setHeader(getTranslation("admin.teacher")).setAutoWidth(true);
        classGrid.addColumn(c -> String.join(", ", c.members())).setHeader(getTranslation("admin.members"));
        Paragraph csvHint = new Paragraph(getTranslation("admin.csv.hint"));
        VerticalLayout classTab = new VerticalLayout(csvHint, new HorizontalLayout(className, classUpload), importResult, classGrid);
        classTab.setPadding(false);

        auditGrid.setId("audit");
        auditGrid.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        auditGrid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        auditGrid.addColumn(AuditLog.Event::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        auditGrid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("admin.audit.detail"));

        // one page of three sections: an admin scrolls, nothing is hidden behind a tab
        accountGrid.setAllRowsVisible(true);
        classGrid.setAllRowsVisible(true);
        auditGrid.setHeight("24em");
        add(new H3(getTranslation("admin.tab.accounts")), accountTab, new H3(getTranslation("admin.tab.classes")), classTab,
                new H3(getTranslation("admin.tab.audit")), auditGrid);
        getStyle().set("overflow", "auto");
        refresh();
    }

    private Select<Role> roleOf(Account account) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(account.role());
        role.setAriaLabel(getTranslation("admin.role"));
        role.setId("role-" + account.login());
        role.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            act(() -> accounts.setRole(account.login(), e.getValue()));
        });
        return role;
    }

    private HorizontalLayout actions(Account account) {
        Button enable = new Button(getTranslation(account.enabled() ? "admin.disable" : "admin.enable"),
                e -> act(() -> accounts.setEnabled(account.login(), !account.enabled())));
        enable.setId((account.enabled() ? "disable-" : "enable-") + account.login());
        Button reset = new Button(getTranslation("admin.reset"), e -> {
            try {
                showPassword(account.login(), accounts.resetPassword(account.login()));
            } catch (IllegalArgumentException refused) {
                error(Refusals.worded(this, refused));
            }
            refresh();
        });
        reset.setId("reset-" + account.login());
        return new HorizontalLayout(enable, reset);
    }

    private void createAccount() {
        String password = Accounts.temporaryPassword();
        try {
            Account created = accounts.create(newLogin.getValue(), newName.getValue(), newEmail.getValue(), newRole.getValue(), password);
            newLogin.clear();
            newName.clear();
            newEmail.clear();
            newLogin.setInvalid(false);
            showPassword(created.login(), password);
        } catch (IllegalArgumentException refused) {
            newLogin.setErrorMessage(Refusals.worded(this, refused));
            newLogin.setInvalid(true);
        }
        refresh();
    }

    private void importClassList(String file, byte[] bytes) {
        importResult.removeAll();
        if (className.getValue().isBlank()) {
            className.setErrorMessage(getTranslation("admin.class.required"));
            className.setInvalid(true);
            return;
        }
        className.setInvalid(false);
        try {
            ClassList.Report report = classList.importList(className.getValue(), file, bytes);
            importResult.add(new Paragraph(getTranslation("admin.csv.done", report.className(), report.created().size(), report.enrolled().size())));
            if (!report.created().isEmpty()) {
                Grid<ClassList.Created> passwords = new Grid<>();
                passwords.setId("class-passwords");
                passwords.addColumn(ClassList.Created::login).setHeader(getTranslation("admin.login"));
                passwords.addColumn(ClassList.Created::name).setHeader(getTranslation("admin.name"));
                passwords.addColumn(c -> getTranslation("role." + c.role().name())).setHeader(getTranslation("admin.role"));
                passwords.addColumn(ClassList.Created::password).setHeader(getTranslation("admin.password.once"));
                passwords.setItems(report.created());
                passwords.setAllRowsVisible(true);
                importResult.add(passwords);
            }
        } catch (IllegalArgumentException refused) {
            Paragraph p = new Paragraph(Refusals.worded(this, refused));
            p.getStyle().set("color", "var(--vaadin-text-color, #b3261e)");
            importResult.add(p);
        }
        refresh();
    }

    private void showPassword(String login, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.password.header", login));
        Paragraph shown = new Paragraph(password);
        shown.setId("one-time-password");
        shown.getStyle().set("font-family", "monospace").set("font-size", "1.3em");
        dialog.add(new Paragraph(getTranslation("admin.password.text")), shown);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException refused) {
            error(Refusals.worded(this, refused));
        }
        refresh();
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    private void refresh() {
        accountGrid.setItems(accounts.list());
        classGrid.setItems(classes.visible());
        auditGrid.setItems(audit.recent(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.heading") + " · Dialectica";
    }
}
