package org.dialectica.grading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.ClassReport;
import org.dialectica.grading.Rubric;

/** An assignment's class report: points per student and criterion, their spread, the commonest gaps; CSV and PDF. */
@PermitAll
@Route(value = "assignment/:id/report", layout = MainLayout.class)
class ReportView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    private final Assignments assignments;
    private ClassReport report;
    final H2 heading = new H2();

    ReportView(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        report = Pages.open(event, () -> assignments.report(id));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (report != null) show();
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? "Dialectica" : heading.getText() + " — Dialectica";
    }

    private void show() {
        removeAll();
        heading.setText(getTranslation("grading.report.heading", report.assignment().title()));
        String base = "report-" + report.assignment().id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = report.csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".csv", "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("grading.report.csv"));
        csv.setId("report-csv");
        byte[] document = pdf(); // worded here, under the page's locale, not on the download's thread
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = document;
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("grading.report.pdf"));
        pdf.setId("report-pdf");
        add(heading, new HorizontalLayout(csv, pdf), new H3(getTranslation("grading.report.students")));

        Grid<List<String>> students = table(studentHeader(), studentRows());
        students.setId("report-students");
        Grid<List<String>> spread = table(bandHeader(), bandRows());
        spread.setId("report-distribution");
        Grid<List<String>> gaps = table(gapHeader(), gapRows());
        gaps.setId("report-gaps");
        gaps.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // explanations are sentences
        add(students, new H3(getTranslation("grading.report.distribution")), spread, new H3(getTranslation("grading.report.gaps")), gaps);
    }

    private static Grid<List<String>> table(List<String> header, List<List<String>> rows) {
        Grid<List<String>> grid = new Grid<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            grid.addColumn(r -> r.get(column)).setHeader(header.get(i)).setAutoWidth(true).setFlexGrow(i == 0 ? 2 : 1);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private List<String> studentHeader() {
        List<String> h = new ArrayList<>(List.of(getTranslation("grading.view.student"), getTranslation("grading.view.state")));
        report.criteria().forEach(c -> h.add(c.title() + " (" + Pages.points(c.points(), getLocale()) + ")"));
        h.add(getTranslation("grading.report.total"));
        h.add(getTranslation("grading.view.grade"));
        return h;
    }

    private List<List<String>> studentRows() {
        List<List<String>> rows = new ArrayList<>();
        for (ClassReport.Line l : report.lines()) {
            List<String> row = new ArrayList<>();
            row.add(l.name());
            row.add(getTranslation(!l.submitted() ? "grading.status.notStarted" : l.released() ? "grading.status.released"
                    : l.late() ? "grading.status.late" : "grading.status.submitted"));
            for (Rubric.Criterion c : report.criteria()) {
                Double p = l.points().get(c.id());
                row.add(p == null ? "" : Pages.points(p, getLocale()));
            }
            row.add(l.total() == null ? getTranslation("grading.report.none") : Pages.points(l.total(), getLocale()));
            row.add(l.grade() == null ? "" : l.grade());
            rows.add(row);
        }
        return rows;
    }

    private List<String> bandHeader() {
        return List.of(getTranslation("grading.rubric.criterion"), "0–25 %", "25–50 %", "50–75 %", "75–100 %");
    }

    private List<List<String>> bandRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Rubric.Criterion c : report.criteria()) {
            List<String> row = new ArrayList<>(List.of(c.title()));
            for (int n : report.distribution(c)) row.add(String.valueOf(n));
            rows.add(row);
        }
        return rows;
    }

    private List<String> gapHeader() {
        return List.of(getTranslation("grading.rubric.criterion"), getTranslation("grading.grader.feedback"), getTranslation("grading.report.count"));
    }

    private List<List<String>> gapRows() {
        return report.commonGaps(getLocale(), 10).stream().map(g -> List.of(g.title(), g.explanation(), String.valueOf(g.students()))).toList();
    }

    private byte[] pdf() {
        try (Pdf pdf = new Pdf(heading.getText())) {
            pdf.heading(getTranslation("grading.report.students")).table(studentHeader(), studentRows());
            pdf.heading(getTranslation("grading.report.distribution")).table(bandHeader(), bandRows());
            pdf.heading(getTranslation("grading.report.gaps")).table(gapHeader(), gapRows());
            return pdf.bytes();
        }
    }
}
