package org.dialectica.debate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.debate.DebateSummary;
import org.dialectica.debate.Debates;
import org.dialectica.people.Accounts;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Workspace;

/**
 * The debates the person may see, open or closed ({@link Debates} says who sees which), and for
 * teachers, moderators and admins a "New debate" form.
 */
@PermitAll
@Route(value = "debates", layout = MainLayout.class)
@PageTitle("Dialectica")
class DebateListView extends VerticalLayout implements LocaleChangeObserver {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Debates debates;
    private final Workspace workspace;
    private final Accounts accounts;
    private final Person me = CurrentPerson.get();
    private final Map<String, String> names = new HashMap<>();
    final H2 heading = new H2();
    final Paragraph hint = new Paragraph();
    final Button create = new Button();
    final Grid<DebateSummary> list = new Grid<>();

    DebateListView(Debates debates, Workspace workspace, Accounts accounts) {
        this.debates = debates;
        this.workspace = workspace;
        this.accounts = accounts;
        setSizeFull();
        accounts.directory().forEach(p -> names.put(p.login(), p.name()));
        create.setId("new-debate");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        // the server refuses anyone else anyway; the button is not offered to them
        create.setVisible(Set.of(Role.ADMIN, Role.TEACHER, Role.MODERATOR).contains(me.role()));
        create.addClickListener(e -> new DebateSetupDialog(workspace, debates,
                accounts.directory().stream().filter(p -> !p.login().equals(me.login())).toList(), this::open).open());
        hint.getStyle().set("margin", "0").set("color", "var(--vaadin-text-color-secondary, #555)");
        list.setId("debates");
        list.addColumn(DebateSummary::title).setKey("title").setFlexGrow(3);
        list.addColumn(d -> getTranslation("debate.format." + d.format().word())).setKey("format").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(d -> names.getOrDefault(d.moderator(), d.moderator())).setKey("moderator").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(d -> d.createdAt() == null ? "" : WHEN.format(d.createdAt())).setKey("created").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(d -> getTranslation(d.closed() ? "debates.closed" : "debates.running")).setKey("state").setAutoWidth(true).setFlexGrow(0);
        list.addItemClickListener(e -> open(e.getItem().id()));
        list.setSizeFull();
        add(heading, hint, create, list);
        list.setItems(debates.list());
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate("debate/" + id));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("debates.heading"));
        hint.setText(getTranslation("debates.hint"));
        create.setText(getTranslation("debates.new"));
        list.getColumnByKey("title").setHeader(getTranslation("debates.column.title"));
        list.getColumnByKey("format").setHeader(getTranslation("debates.column.format"));
        list.getColumnByKey("moderator").setHeader(getTranslation("debates.column.moderator"));
        list.getColumnByKey("created").setHeader(getTranslation("debates.column.created"));
        list.getColumnByKey("state").setHeader(getTranslation("debates.column.state"));
        list.getDataProvider().refreshAll();
    }
}
