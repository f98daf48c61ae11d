package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.base.ui.NodePosition;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.ConcurrentEditException;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;

/**
 * One map on a live canvas: claims coloured by their grounded label and shaped by kind, drawn and
 * derived relations, the claim or relation selected in a side panel with its sources and the rules'
 * explanations, every finding below, and edits (forms, canvas, undo, redo) that the rules answer
 * at once. All user text is rendered as text.
 */
@Route(value = "map", layout = MainLayout.class)
class MapView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {
    private final Workspace workspace;
    private String mapId;
    private Analysis analysis;
    private String selected;
    private final Deque<MapEdit> undo = new ArrayDeque<>();
    private final Deque<MapEdit> redo = new ArrayDeque<>();

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final GraphCanvas canvas = new GraphCanvas();
    final VerticalLayout details = new VerticalLayout();
    final Grid<Finding> findings = new Grid<>();
    final Button undoButton = new Button();
    final Button redoButton = new Button();
    final Button addClaim = new Button();
    final Button addRelation = new Button();
    final Button fit = new Button();
    final Button compareTheses = new Button();
    final Button zoomIn = new Button("+");
    final Button zoomOut = new Button("−");
    final MultiSelectComboBox<String> papers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final CheckboxGroup<Label> labels = new CheckboxGroup<>();
    final Checkbox showDerived = new Checkbox(true);
    final Div notFound = new Div();

    MapView(Workspace workspace) {
        this.workspace = workspace;
        setSizeFull();
        setPadding(true);

        undoButton.setId("undo");
        redoButton.setId("redo");
        undoButton.addClickListener(e -> undo());
        redoButton.addClickListener(e -> redo());
        undoButton.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        redoButton.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL);
        addClaim.setId("add-claim");
        addClaim.addThemeVariants(ButtonVariant.PRIMARY);
        addClaim.addClickListener(e -> ClaimForm.create(this::claimIds, claim -> apply(new MapEdit.ClaimAdded(claim))).open());
        addRelation.setId("add-relation");
        addRelation.addClickListener(e -> openRelationForm(selected, null));
        compareTheses.setId("open-compare");
        compareTheses.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("compare/" + mapId)));
        fit.setId("fit");
        fit.addClickListener(e -> canvas.fit());
        zoomIn.addClickListener(e -> canvas.zoomIn());
        zoomOut.addClickListener(e -> canvas.zoomOut());
        zoomIn.setId("zoom-in");
        zoomOut.setId("zoom-out");

        for (MultiSelectComboBox<String> filter : List.of(papers, actors, tags)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> showGraph());
        }
        papers.setId("filter-paper");
        actors.setId("filter-actor");
        tags.setId("filter-tag");
        labels.setItems(Label.values());
        labels.getElement().getThemeList().add("horizontal");
        labels.setId("filter-label");
        labels.addValueChangeListener(e -> showGraph());
        showDerived.setId("show-derived");
        showDerived.addValueChangeListener(e -> showGraph());

        canvas.setId("canvas");
        canvas.setSizeFull();
        canvas.addNodeSelectedListener(e -> select(e.getId()));
        canvas.addEdgeSelectedListener(e -> select(e.getId()));
        canvas.addSelectionClearedListener(e -> select(null));
        canvas.addNodeMovedListener(e -> workspace.moveClaim(mapId, e.getId(), e.getX(), e.getY()));
        canvas.addNodesLaidOutListener(e -> e.getPositions().forEach(p -> workspace.moveClaim(mapId, p.id(), p.x(), p.y())));
        canvas.addConnectRequestedListener(e -> openRelationForm(e.getSourceId(), e.getTargetId()));

        details.setId("details");
        details.setWidth("24em");
        details.getStyle().set("overflow", "auto");
        findings.setId("findings");
        findings.addColumn(f -> Sentence.word(f.getKind()).text(getLocale())).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(Finding::getClaim).setKey("claim").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(f -> f.message().text(getLocale())).setKey("message").setFlexGrow(1);
        findings.addItemClickListener(e -> {
            canvas.focus(e.getItem().getClaim());
            select(e.getItem().getClaim());
        });
        findings.setHeight("9em");

        // one wrapping row of tools and filters leaves the canvas most of the height
        HorizontalLayout toolbar = new HorizontalLayout(undoButton, redoButton, addClaim, addRelation, compareTheses, fit, zoomIn, zoomOut,
                papers, actors, tags, labels, showDerived);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        for (MultiSelectComboBox<String> filter : List.of(papers, actors, tags)) filter.setWidth("11em");
        SplitLayout split = new SplitLayout(canvas, details);
        split.setSizeFull();
        split.setSplitterPosition(70);
        notFound.setId("not-found");
        notFound.setVisible(false);
        title.getStyle().set("margin", "0");
        summary.getStyle().set("margin", "0");
        add(notFound, title, summary, toolbar, split, findings);
        expand(split);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        mapId = parameter;
        // ?claim=<id>: open with that claim selected (links from explanations and the compare view)
        selected = event.getLocation().getQueryParameters().getParameters().getOrDefault("claim", List.of()).stream()
                .findFirst().orElse(null);
        try {
            refresh();
            if (selected != null && analysis.map().hasClaim(selected)) canvas.focus(selected);
        } catch (UnknownMapException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.unknown", parameter));
        }
    }

    @Override
    public String getPageTitle() {
        return analysis == null ? "Dialectica" : analysis.map().title() + " — Dialectica";
    }

    /** Reads the live analysis and redraws everything. */
    private void refresh() {
        try {
            analysis = workspace.analysis(mapId);
        } catch (UnknownMapException gone) {
            // deleted by someone else while this page was open: say so instead of failing silently
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.gone", mapId));
            return;
        }
        ArgumentMap map = analysis.map();
        title.setText(map.title());
        long in = analysis.labels().values().stream().filter(l -> l == Label.IN).count();
        long undecided = analysis.labels().values().stream().filter(l -> l == Label.UNDEC).count();
        summary.setText(getTranslation("map.summary", map.claims().size(), in, undecided, analysis.conflicts().size(),
                analysis.attacks().size(), analysis.findings().size()));
        papers.setItems(values(map.claims(), c -> c.source() == null ? List.of() : List.of(c.source().paper())));
        actors.setItems(values(map.claims(), Claim::actors));
        tags.setItems(values(map.claims(), Claim::tags));
        findings.setItems(analysis.findings());
        showGraph();
        showDetails();
        undoButton.setEnabled(!undo.isEmpty());
        redoButton.setEnabled(!redo.isEmpty());
        undoButton.setTooltipText(undo.isEmpty() ? "" : undo.peek().describe());
        redoButton.setTooltipText(redo.isEmpty() ? "" : redo.peek().describe());
    }

    private static Set<String> values(Collection<Claim> claims, java.util.function.Function<Claim, List<String>> field) {
        return claims.stream().flatMap(c -> field.apply(c).stream()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean visible(Claim claim) {
        return (papers.isEmpty() || (claim.source() != null && papers.getValue().contains(claim.source().paper())))
                && (actors.isEmpty() || claim.actors().stream().anyMatch(actors.getValue()::contains))
                && (tags.isEmpty() || claim.tags().stream().anyMatch(tags.getValue()::contains))
                && (labels.isEmpty() || labels.getValue().contains(analysis.label(claim.id())));
    }

    private void showGraph() {
        if (analysis == null) return;
        ArgumentMap map = analysis.map();
        Map<String, double[]> positions = workspace.positions(mapId);
        Set<String> shown = new LinkedHashSet<>();
        List<CanvasNode> nodes = new ArrayList<>();
        for (Claim claim : map.claims()) {
            if (!visible(claim)) continue;
            shown.add(claim.id());
            double[] at = positions.get(claim.id());
            Label label = analysis.label(claim.id());
            List<String> classes = claim.source() == null ? List.of() : List.of("paper-" + claim.source().paper().replaceAll("[^A-Za-z0-9]", ""));
            nodes.add(new CanvasNode(claim.id(), claim.displayTitle(), claim.kind().word(), label == null ? "UNDEC" : label.name(),
                    classes, at == null ? null : at[0], at == null ? null : at[1]));
        }
        List<CanvasEdge> edges = new ArrayList<>();
        for (Support s : map.supports()) {
            if (shown.contains(s.from()) && shown.contains(s.to())) {
                edges.add(new CanvasEdge(s.id(), s.from(), s.to(), "support", false, getTranslation("relation.support.tooltip", s.from(), s.to())));
            }
        }
        for (AttackEdge e : analysis.attacks()) {
            if (!shown.contains(e.getFrom())) continue;
            boolean onSupport = !e.isOnClaim();
            if (!onSupport && !shown.contains(e.getTo())) continue;
            if (e.isDerived() && (!showDerived.getValue() || e.getKind().name().equals("REBUT"))) continue;
            String id = e.isDerived() ? "derived:" + e : e.getFrom() + " -> " + e.getTo();
            edges.add(new CanvasEdge(id, e.getFrom(), e.getTo(), e.getKind().word(), e.isDerived(), tooltip(e.getRule(), e.explanation())));
        }
        for (Conflict c : analysis.conflicts()) {
            if (shown.contains(c.getA()) && shown.contains(c.getB())) {
                edges.add(new CanvasEdge(conflictId(c), c.getA(), c.getB(), "conflict", true, tooltip(c.getRule(), c.explanation())));
            }
        }
        canvas.setGraph(nodes, edges);
    }

    /** "rule: explanation", both in the reader's language */
    private String tooltip(String rule, Sentence explanation) {
        return Sentence.rule(rule).text(getLocale()) + ": " + explanation.text(getLocale());
    }

    static String conflictId(Conflict c) {
        return "conflict:" + c.getKind().word() + ":" + c.getA() + ":" + c.getB() + ":" + c.getRule();
    }

    private void select(String id) {
        selected = id;
        showDetails();
    }

    private void showDetails() {
        details.removeAll();
        if (analysis == null) return;
        if (selected == null) {
            canvas.clearHighlight();
            details.add(new Paragraph(getTranslation("map.select.hint")));
            return;
        }
        analysis.map().claim(selected).ifPresentOrElse(this::showClaim, this::showRelation);
    }

    private void showClaim(Claim claim) {
        Label label = analysis.label(claim.id());
        H3 heading = new H3(claim.displayTitle());
        StatusBadge badge = new StatusBadge(label, analysis.strength(claim.id()));
        badge.setId("selected-label");
        details.add(heading, badge, field("claim.kind", Sentence.word(claim.kind()).text(getLocale())), field("claim.text", claim.text()));
        if (claim.originalText() != null) {
            details.add(field("claim.original", claim.originalText() + (claim.language() == null ? "" : " (" + claim.language() + ")")));
        }
        if (claim.source() != null) {
            details.add(field("claim.source", String.join(", ", nonNull(claim.source().paper(), claim.source().locator()))));
            if (claim.source().quote() != null) {
                Paragraph quote = new Paragraph("“" + claim.source().quote() + "”");
                quote.getStyle().set("font-style", "italic");
                details.add(quote);
            }
        }
        if (claim.proposition() != null) details.add(field("claim.proposition", claim.proposition().toString()));
        if (!claim.actors().isEmpty()) details.add(field("claim.actors", String.join(", ", claim.actors())));
        if (!claim.tags().isEmpty()) details.add(field("claim.tags", String.join(", ", claim.tags())));
        details.add(new H3(getTranslation("claim.why")));
        LinkedSentence sentences = new LinkedSentence(mapId, analysis.map());
        for (LabelReason reason : analysis.reasons(claim.id())) details.add(sentences.paragraph(reason.explanation().text(getLocale())));
        List<Finding> onClaim = analysis.findingsOn(claim.id());
        if (!onClaim.isEmpty()) {
            details.add(new H3(getTranslation("claim.findings")));
            onClaim.forEach(f -> details.add(new Paragraph(f.message().text(getLocale()))));
        }
        Button edit = new Button(getTranslation("claim.edit"), e -> {
            long opened = workspace.claimVersion(mapId, claim.id()); // what a later save is checked against
            ClaimForm.edit(claim, changed -> apply(new MapEdit.ClaimChanged(claim, changed, opened))).open();
        });
        edit.setId("edit-claim");
        Button delete = new Button(getTranslation("common.delete"), e -> {
            ArgumentMap map = analysis.map();
            List<Support> supports = map.supports().stream().filter(s -> s.from().equals(claim.id()) || s.to().equals(claim.id())).toList();
            Set<String> supportIds = supports.stream().map(Support::id).collect(Collectors.toSet());
            List<Attack> attacks = map.attacks().stream().filter(a -> a.from().equals(claim.id())
                    || a.target().equals(claim.id()) || supportIds.contains(a.target())).toList();
            selected = null;
            apply(new MapEdit.ClaimRemoved(claim, supports, attacks, workspace.claimVersion(mapId, claim.id())));
        });
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.ERROR);
        details.add(new HorizontalLayout(edit, delete));
        canvas.highlight(groundsAndReach(claim.id()));
    }

    /**
     * The claim's grounds tree down to evidence and every claim it supports up to the theses, with
     * the supports between them: each claim and support is visited once, however many paths there are.
     */
    private Set<String> groundsAndReach(String claimId) {
        Set<String> ids = new LinkedHashSet<>();
        java.util.ArrayDeque<String> down = new java.util.ArrayDeque<>(List.of(claimId));
        ids.add(claimId);
        while (!down.isEmpty()) {
            String c = down.pop();
            for (String p : analysis.grounds(c)) {
                ids.add(Support.id(p, c));
                if (ids.add(p)) down.push(p);
            }
        }
        Map<String, List<Support>> out = analysis.map().supports().stream().collect(Collectors.groupingBy(Support::from));
        java.util.ArrayDeque<String> up = new java.util.ArrayDeque<>(List.of(claimId));
        Set<String> reached = new java.util.HashSet<>(List.of(claimId));
        while (!up.isEmpty()) {
            for (Support s : out.getOrDefault(up.pop(), List.of())) {
                ids.add(s.id());
                ids.add(s.to());
                if (reached.add(s.to())) up.push(s.to());
            }
        }
        return ids;
    }

    private void showRelation() {
        ArgumentMap map = analysis.map();
        Support support = map.support(selected).orElse(null);
        Attack attack = map.attacks().stream().filter(a -> a.id().equals(selected)).findFirst().orElse(null);
        details.add(new H3(getTranslation("relation.heading")));
        analysis.attacks().stream().filter(e -> selected.equals(e.isDerived() ? "derived:" + e : e.getFrom() + " -> " + e.getTo()))
                .forEach(e -> details.add(field("relation.kind", Sentence.word(e.getKind()).text(getLocale())
                                + (e.isDerived() ? " (" + getTranslation("relation.derived") + ")" : "")),
                        field("relation.rule", Sentence.rule(e.getRule()).text(getLocale())), new Paragraph(e.explanation().text(getLocale()))));
        analysis.conflicts().stream().filter(c -> selected.equals(conflictId(c)))
                .forEach(c -> details.add(field("relation.kind", Sentence.word(c.getKind()).text(getLocale())),
                        field("relation.rule", Sentence.rule(c.getRule()).text(getLocale())), new Paragraph(c.explanation().text(getLocale()))));
        if (support != null) {
            details.add(field("relation.kind", getTranslation("relation.support")), new Paragraph(support.from() + " +> " + support.to()));
            List<Attack> undercuts = map.attacks().stream().filter(a -> a.onSupport() && a.target().equals(support.id())).toList();
            Button delete = new Button(getTranslation("common.delete"), e -> {
                selected = null;
                apply(new MapEdit.SupportRemoved(support, undercuts));
            });
            delete.setId("delete-relation");
            details.add(delete);
        }
        if (attack != null) {
            Button delete = new Button(getTranslation("common.delete"), e -> {
                selected = null;
                apply(new MapEdit.AttackRemoved(attack));
            });
            delete.setId("delete-relation");
            details.add(delete);
        }
        canvas.highlight(List.of(selected));
    }

    private Component field(String key, String value) {
        Div row = new Div();
        Span name = new Span(getTranslation(key) + ": ");
        name.getStyle().set("font-weight", "600");
        row.add(name, new Span(value));
        return row;
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private Set<String> claimIds() {
        return analysis.map().claims().stream().map(Claim::id).collect(Collectors.toSet());
    }

    private void openRelationForm(String from, String to) {
        RelationForm.open(analysis.map(), from, to, edit -> apply(edit));
    }

    /** Applies an edit through the workspace (saved, then re-evaluated) and records it for undo. */
    void apply(MapEdit edit) {
        if (run(edit)) {
            undo.push(edit);
            redo.clear();
        }
        refresh();
    }

    void undo() {
        if (undo.isEmpty()) return;
        MapEdit edit = undo.pop();
        if (run(edit.inverse())) redo.push(edit);
        refresh();
    }

    void redo() {
        if (redo.isEmpty()) return;
        MapEdit edit = redo.pop();
        if (run(edit)) undo.push(edit);
        refresh();
    }

    private boolean run(MapEdit edit) {
        try {
            edit.apply(workspace, mapId);
            return true;
        } catch (UnknownMapException gone) {
            Notification error = Notification.show(getTranslation("map.gone", mapId), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.ERROR);
            error.setId("edit-error");
            return false;
        } catch (ConcurrentEditException | IllegalArgumentException e) {
            Notification error = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.ERROR);
            error.setId("edit-error");
            return false;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        undoButton.setText(getTranslation("map.undo"));
        redoButton.setText(getTranslation("map.redo"));
        addClaim.setText(getTranslation("map.add.claim"));
        addRelation.setText(getTranslation("map.add.relation"));
        fit.setText(getTranslation("map.fit"));
        compareTheses.setText(getTranslation("compare.open"));
        zoomIn.setAriaLabel(getTranslation("map.zoom.in"));
        zoomOut.setAriaLabel(getTranslation("map.zoom.out"));
        papers.setLabel(getTranslation("filter.paper"));
        actors.setLabel(getTranslation("filter.actor"));
        tags.setLabel(getTranslation("filter.tag"));
        labels.setLabel(getTranslation("filter.label"));
        labels.setItemLabelGenerator(l -> getTranslation("label." + l.word()));
        showDerived.setLabel(getTranslation("filter.derived"));
        canvas.setAriaLabel(getTranslation("map.canvas"));
        findings.getColumnByKey("kind").setHeader(getTranslation("findings.kind"));
        findings.getColumnByKey("claim").setHeader(getTranslation("findings.claim"));
        findings.getColumnByKey("message").setHeader(getTranslation("findings.message"));
        if (analysis != null) refresh();
    }
}
