package org.dialectica.grading.ui;

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
import java.util.List;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignments;
import org.dialectica.people.CurrentPerson;

/** The assignments: a teacher's with how many handed in, a student's with the state of their work. */
@PermitAll
@Route(value = "assignments", layout = MainLayout.class)
@PageTitle("Assignments — Dialectica")
class AssignmentListView extends VerticalLayout implements LocaleChangeObserver {
    private final Assignments assignments;
    final H2 heading = new H2();
    final Button create = new Button();
    final Grid<Assignments.Row> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final boolean teacher = CurrentPerson.get().isTeacher();

    AssignmentListView(Assignments assignments) {
        this.assignments = assignments;
        create.setId("new-assignment");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(teacher);
        create.addClickListener(e -> new AssignmentForm(assignments, id -> getUI().ifPresent(ui -> ui.navigate("assignment/" + id))).open());
        grid.setId("assignments");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("assignment/" + e.getItem().assignment().id())));
        empty.setId("assignments-empty");
        add(heading, create, empty, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("grading.list.heading"));
        create.setText(getTranslation("grading.list.new"));
        empty.setText(getTranslation("grading.list.empty"));
        grid.removeAllColumns();
        grid.addColumn(r -> r.assignment().title()).setHeader(getTranslation("grading.list.title")).setFlexGrow(3);
        grid.addColumn(r -> r.assignment().className()).setHeader(getTranslation("grading.list.class")).setAutoWidth(true);
        grid.addColumn(r -> Pages.when(r.assignment().due())).setHeader(getTranslation("grading.list.due")).setAutoWidth(true);
        grid.addColumn(r -> teacher
                ? getTranslation("grading.list.countsValue", r.submitted(), r.students(), r.released())
                : getTranslation(status(r))).setHeader(getTranslation(teacher ? "grading.list.counts" : "grading.list.status")).setAutoWidth(true);
        List<Assignments.Row> rows = assignments.list();
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
    }

    static String status(Assignments.Row r) {
        if (r.feedbackReleased()) return "grading.status.released";
        if (r.mine() == null) return "grading.status.notStarted";
        if (!r.mine().submitted()) return "grading.status.working";
        return r.mine().late() ? "grading.status.late" : "grading.status.submitted";
    }
}
