package org.dialectica.workspace.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.stream.Collectors;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.SupportPath;
import org.dialectica.workspace.MapLibrary;

/**
 * Pick a map and read what the rules make of it: every claim with its grounded label and why,
 * the derived conflicts, every attack with its kind, the support chains and the findings. All
 * text goes through components that render it as text, never as HTML.
 */
@Route("")
@PageTitle("Dialectica")
class MapsView extends VerticalLayout {
    private final MapLibrary library;
    final ComboBox<ArgumentMap> mapPicker = new ComboBox<>("Map");
    final Paragraph summary = new Paragraph();
    final Grid<Claim> claims = new Grid<>();
    final Grid<Conflict> conflicts = new Grid<>();
    final Grid<AttackEdge> attacks = new Grid<>();
    final Grid<SupportPath> chains = new Grid<>();
    final Grid<Finding> findings = new Grid<>();
    final Grid<MapFileException> loadErrors = new Grid<>();
    private Analysis analysis;

    MapsView(MapLibrary library) {
        this.library = library;
        setSizeFull();
        mapPicker.setItems(library.maps());
        mapPicker.setItemLabelGenerator(ArgumentMap::title);
        mapPicker.setWidth("40em");
        mapPicker.addValueChangeListener(e -> show(e.getValue()));

        claims.addComponentColumn(c -> labelBadge(analysis.label(c.id()))).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        claims.addColumn(c -> c.kind().word()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        claims.addColumn(Claim::displayTitle).setHeader("Claim").setFlexGrow(1);
        claims.addColumn(Claim::text).setHeader("English").setFlexGrow(3);
        claims.addColumn(c -> c.originalText() == null ? "" : c.originalText()).setHeader("Original").setFlexGrow(3);
        claims.addColumn(c -> c.source() == null ? "(no source)" : c.source().paper() + ", " + c.source().locator())
                .setHeader("Source").setFlexGrow(1);
        claims.addColumn(c -> analysis.labelReasons().getOrDefault(c.id(), List.of()).stream()
                .map(LabelReason::getExplanation).collect(Collectors.joining(" "))).setHeader("Why").setFlexGrow(3);

        conflicts.addColumn(c -> c.getKind().word()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        conflicts.addColumn(Conflict::getA).setHeader("Claim").setFlexGrow(1);
        conflicts.addColumn(Conflict::getB).setHeader("Against").setFlexGrow(1);
        conflicts.addColumn(Conflict::getExplanation).setHeader("Explanation").setFlexGrow(4);
        conflicts.addColumn(Conflict::getRule).setHeader("Rule").setFlexGrow(1);

        attacks.addColumn(e -> e.getKind().word() + (e.isDerived() ? " (derived)" : "")).setHeader("Kind").setAutoWidth(true);
        attacks.addColumn(AttackEdge::getFrom).setHeader("From").setFlexGrow(1);
        attacks.addColumn(AttackEdge::getTo).setHeader("To").setFlexGrow(1);
        attacks.addColumn(AttackEdge::getExplanation).setHeader("Explanation").setFlexGrow(4);

        chains.addColumn(SupportPath::getLast).setHeader("Thesis").setFlexGrow(1);
        chains.addColumn(SupportPath::toString).setHeader("Chain").setFlexGrow(4);

        findings.addColumn(f -> f.getKind().word()).setHeader("Finding").setAutoWidth(true);
        findings.addColumn(Finding::getClaim).setHeader("Claim").setFlexGrow(1);
        findings.addColumn(Finding::getMessage).setHeader("Message").setFlexGrow(4);

        claims.setId("claims");
        conflicts.setId("conflicts");
        findings.setId("findings");
        loadErrors.addColumn(MapFileException::getMessage).setHeader("File not loaded");
        loadErrors.setItems(library.loadErrors());

        TabSheet tabs = new TabSheet();
        tabs.add("Claims", claims);
        tabs.add("Conflicts", conflicts);
        tabs.add("Attacks", attacks);
        tabs.add("Support chains", chains);
        tabs.add("Findings", findings);
        if (!library.loadErrors().isEmpty()) tabs.add("Load problems", loadErrors);
        tabs.setSizeFull();

        add(new HorizontalLayout(new H1("Dialectica"), mapPicker), summary, tabs);
        library.maps().stream().findFirst().ifPresent(mapPicker::setValue);
    }

    private void show(ArgumentMap map) {
        if (map == null) return;
        analysis = library.session(map.id()).analysis();
        claims.setItems(analysis.claims());
        conflicts.setItems(analysis.conflicts());
        attacks.setItems(analysis.attacks());
        chains.setItems(analysis.chains());
        findings.setItems(analysis.findings());
        long in = analysis.labels().values().stream().filter(l -> l == Label.IN).count();
        summary.setText(String.format("%d claims (%d IN), %d conflicts, %d attacks, %d support chains, %d findings.",
                analysis.labels().size(), in, analysis.conflicts().size(), analysis.attacks().size(),
                analysis.chains().size(), analysis.findings().size()));
    }

    private static Span labelBadge(Label label) {
        Span badge = new Span(label == null ? "?" : label.name());
        badge.getElement().setAttribute("data-label", label == null ? "" : label.name());
        String color = label == Label.IN ? "#1b7f3b" : label == Label.OUT ? "#b3261e" : "#7a6400";
        badge.getStyle().set("color", "white").set("background", color).set("padding", "0 0.5em")
                .set("border-radius", "0.5em").set("font-weight", "600");
        return badge;
    }
}
