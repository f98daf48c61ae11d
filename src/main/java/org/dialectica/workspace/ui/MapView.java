package org.dialectica.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
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
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.base.ui.MapLegend;
import org.dialectica.base.ui.NodePosition;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Explain;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.map.Opposition;
import org.dialectica.workspace.Change;
import org.dialectica.reasoning.Sentence;
import org.dialectica.report.MapReport;
import org.dialectica.workspace.ClaimEdit;
import org.dialectica.workspace.ClaimField;
import org.dialectica.workspace.ConcurrentEditException;
import org.dialectica.workspace.MapText;
import org.dialectica.workspace.MergeConflictException;
import org.dialectica.workspace.MapEdit;
import org.dialectica.workspace.MapEvent;
import org.dialectica.workspace.MapHistory;
import org.dialectica.workspace.MapEvents;
import org.dialectica.workspace.MapState;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.Suggestions;
import org.dialectica.suggestion.Suggestion;
import org.dialectica.workspace.Workspace;
import org.dialectica.people.Accounts;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.component.avatar.AvatarGroup;

/**
 * One map on a live canvas: claims coloured by their grounded label and shaped by kind, drawn and
 * derived relations, the claim or relation selected in a side panel with its sources and the rules'
 * explanations, every finding below, and edits (forms, canvas, undo, redo) that the rules answer
 * at once. Every viewer of the map follows every edit live (pushed), and sees who else is there.
 * All user text is rendered as text.
 */
// any signed-in person; what they may do with a map the workspace decides per call
@PermitAll
@Route(value = "map", layout = MainLayout.class)
class MapView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {
    private final Workspace workspace;
    private final MapHistory mapHistory;
    /** who this page acts for: pushed updates run on other threads and must read with these rights */
    private final Person me = CurrentPerson.get();
    /** what features built on the workspace add (comments): sections under the selection, badges on claims */
    private final List<MapViewExtension> extensions;
    private List<MapViewExtension.Section> sections = List.of();
    /** the map and selection the sections are for: kept (with what is typed in them) while it stays */
    private String sectionsFor;
    private String mapId;
    /** whether the signed-in person may change this map; re-read on every refresh (sharing may change) */
    private boolean editable;
    private MapState state;
    private Analysis analysis;
    private String selected;
    /** the overview shown while nothing is selected, kept while its theses say the same */
    private ThesesOverview overview;
    private EditHistory history = new EditHistory();
    private MapEvents.Viewer viewer;
    /** every claim title this page has shown, kept after a claim is deleted so messages can still name it */
    private final Map<String, String> titles = new java.util.HashMap<>();

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Span presence = new Span();
    /** The claim form open on this page, told at once when its claim changes underneath it. */
    ClaimForm openForm;
    final AvatarGroup avatars = new AvatarGroup();
    final Button makeCopy = new Button();
    final Button share = new Button();
    final Span readOnly = new Span();
    final ComboBox<Claim> search = new ComboBox<>();
    final Button describeMap = new Button();
    final GraphCanvas canvas = new GraphCanvas();
    final VerticalLayout details = new VerticalLayout();
    final Grid<Finding> findings = new Grid<>();
    final Button undoButton = new Button();
    final Button redoButton = new Button();
    final Button addClaim = new Button();
    final Button addRelation = new Button();
    final Button fit = new Button();
    final Button relayout = new Button();
    final MapLegend legend = new MapLegend();
    final Button compareTheses = new Button();
    final Button showHistory = new Button();
    final Button showSuggestions = new Button();
    final SuggestionsPanel suggestionsPanel;
    final Button zoomIn = new Button("+");
    final Button zoomOut = new Button("−");
    final MultiSelectComboBox<String> papers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final CheckboxGroup<Label> labels = new CheckboxGroup<>();
    final Checkbox showDerived = new Checkbox(true);
    final Div notFound = new Div();
    /** the filters, the findings and the legend: each behind a toolbar button, so the canvas has the room */
    final HorizontalLayout filters = new HorizontalLayout();
    final PanelToggle showFilters = new PanelToggle("show-filters", filters);
    final PanelToggle showFindings = new PanelToggle("show-findings", findings);
    final Button showLegend = new Button();
    /** the map as a picture (drawn by the canvas) or as a report (written here), from one button in the title row */
    final Button download = new Button();
    final MapDownloads downloads;
    /** the panes features add beside the canvas (the papers' reading pane), each opened from its button in the toolbar */
    final Map<MapViewPane, MapViewPane.Pane> panes = new java.util.LinkedHashMap<>();
    final Map<MapViewPane, PanelToggle> paneToggles = new java.util.LinkedHashMap<>();

    private final Accounts accounts;
    private final Classes classes;

    MapView(Workspace workspace, Accounts accounts, Classes classes, List<MapViewExtension> extensions, MapHistory mapHistory,
            Suggestions suggestions, List<MapViewPane> paneKinds) {
        canvas.showChangesHereFirst();
        this.workspace = workspace;
        this.accounts = accounts;
        this.classes = classes;
        this.extensions = List.copyOf(extensions);
        this.mapHistory = mapHistory;
        setSizeFull();
        // a thin frame and small gaps: the height goes to the canvas
        setPadding(false);
        setSpacing(false);
        getStyle().set("padding", "0.3em 0.6em").set("gap", "0.3em");

        undoButton.setId("undo");
        redoButton.setId("redo");
        undoButton.addClickListener(e -> undo());
        redoButton.addClickListener(e -> redo());
        // only on the canvas: Ctrl+Z typed in a form field undoes the typing, not a map edit
        undoButton.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL).listenOn(canvas);
        redoButton.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL).listenOn(canvas);
        addClaim.setId("add-claim");
        addClaim.addThemeVariants(ButtonVariant.PRIMARY);
        addClaim.addClickListener(e -> newClaimForm().open());
        describeMap.setId("describe-map");
        describeMap.addClickListener(e -> MapForm.open(analysis.map(), texts -> describe(texts[0], texts[1])));
        search.setId("search-claims");
        search.setClearButtonVisible(true);
        search.setItemLabelGenerator(Claim::displayTitle);
        search.addValueChangeListener(e -> {
            if (e.getValue() == null || !e.isFromClient()) return;
            canvas.focus(e.getValue().id());
            select(e.getValue().id());
        });
        addRelation.setId("add-relation");
        addRelation.addClickListener(e -> openRelationForm(selected, null));
        compareTheses.setId("open-compare");
        compareTheses.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("compare/" + mapId)));
        showHistory.setId("map-history");
        showHistory.addClickListener(e -> HistoryDialog.ofMap(mapHistory, mapId, analysis.map().title()).open());
        suggestionsPanel = new SuggestionsPanel(suggestions, this::acceptSuggestion, s -> dismissSuggestion(suggestions, s),
                claimId -> {
                    canvas.focus(claimId);
                    select(claimId);
                }, this::titleOf);
        showSuggestions.setId("show-suggestions");
        showSuggestions.addClickListener(e -> {
            if (suggestionsPanel.isVisible()) suggestionsPanel.close();
            else suggestionsPanel.open(mapId);
        });
        MapViewPane.Host host = new MapViewPane.Host() {
            @Override
            public void selectClaim(String claimId) {
                canvas.focus(claimId);
                select(claimId);
            }

            @Override
            public void newClaim(org.dialectica.map.Source source, String language) {
                ClaimForm form = newClaimForm();
                form.quoting(source, language);
                form.open();
            }
        };
        for (MapViewPane kind : paneKinds) {
            MapViewPane.Pane pane = kind.create(host);
            panes.put(kind, pane);
            paneToggles.put(kind, new PanelToggle(kind.toggleId(), pane.component()));
        }
        fit.setId("fit");
        fit.addClickListener(e -> canvas.fit());
        relayout.setId("relayout");
        relayout.addClickListener(e -> canvas.relayout());
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
        // a reader's moves and layouts stay on their page: only editors save positions
        canvas.addNodeMovedListener(e -> {
            if (editable) workspace.moveClaim(mapId, e.getId(), e.getX(), e.getY(), viewer);
        });
        canvas.addNodesLaidOutListener(e -> {
            if (editable) workspace.moveClaims(mapId, e.getPositions().stream()
                    .collect(Collectors.toMap(NodePosition::id, p -> new double[] {p.x(), p.y()}, (a, b) -> b)), viewer);
        });
        canvas.addConnectRequestedListener(e -> {
            if (editable) openRelationForm(e.getSourceId(), e.getTargetId());
        });
        makeCopy.setId("make-copy");
        makeCopy.addThemeVariants(ButtonVariant.PRIMARY);
        makeCopy.addClickListener(e -> {
            String copy = workspace.copy(mapId, getTranslation("maps.copy.title", analysis.map().title(), me.name()));
            getUI().ifPresent(ui -> ui.navigate(MapView.class, copy));
        });
        share.setId("share-map");
        share.addClickListener(e -> ShareDialog.open(workspace, accounts, classes, mapId, analysis.map().title()));
        readOnly.setId("read-only");
        readOnly.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
        avatars.setId("avatars");
        avatars.setMaxItemsVisible(6);
        avatars.setWidth("auto");

        details.setId("details");
        details.setMinWidth("16em");
        details.setPadding(false);
        details.setSpacing(false);
        details.getStyle().set("overflow", "auto").set("padding", "0 0.6em").set("gap", "0.3em");
        findings.setId("findings");
        findings.addColumn(f -> Sentence.word(f.getKind()).text(getLocale())).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(f -> titleOf(f.getClaim())).setKey("claim").setWidth("18em").setFlexGrow(0);
        findings.addColumn(f -> f.message().text(getLocale())).setKey("message").setFlexGrow(1);
        findings.addItemClickListener(e -> {
            canvas.focus(e.getItem().getClaim());
            select(e.getItem().getClaim());
        });
        // four rows at least (it had room for two); the split above keeps most of the height
        findings.setHeight("13em");
        findings.setMinHeight("10em");

        // one compact row of tools; the filters, the legend and the findings open from it
        HorizontalLayout toolbar = new HorizontalLayout(undoButton, redoButton, addClaim, addRelation, compareTheses, showHistory, showSuggestions,
                fit, relayout, zoomIn, zoomOut, search, showFilters, showLegend, showFindings);
        toolbar.setId("map-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.setSpacing(false);
        toolbar.getStyle().set("gap", "0.3em");
        for (Button tool : List.of(undoButton, redoButton, addClaim, addRelation, compareTheses, showHistory, showSuggestions, fit, relayout,
                zoomIn, zoomOut, showLegend)) {
            tool.addThemeVariants(ButtonVariant.SMALL);
        }
        search.getElement().getThemeList().add("small");
        filters.setId("filters");
        filters.add(papers, actors, tags, labels, showDerived);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        for (MultiSelectComboBox<String> filter : List.of(papers, actors, tags)) {
            filter.setWidth("11em");
            filter.addValueChangeListener(e -> countFilters());
        }
        labels.addValueChangeListener(e -> countFilters());
        showDerived.addValueChangeListener(e -> countFilters());
        search.setWidth("12em");
        showLegend.setId("show-legend");
        showLegend.getElement().setAttribute("aria-haspopup", "dialog");
        // a download is a request of its own: it reads the map with this page's rights
        downloads = new MapDownloads(download, canvas, () -> analysis, () -> CurrentPerson.as(me, () -> workspace.state(mapId).analysis()));
        com.vaadin.flow.component.popover.Popover legendPopover = new com.vaadin.flow.component.popover.Popover(legend);
        legendPopover.setTarget(showLegend);
        legendPopover.setPosition(com.vaadin.flow.component.popover.PopoverPosition.BOTTOM);
        legendPopover.setWidth("44em");
        HorizontalLayout beside = new HorizontalLayout();
        panes.values().forEach(p -> beside.add(p.component()));
        beside.add(canvas);
        beside.setSizeFull();
        beside.setSpacing(false);
        beside.getStyle().set("gap", "0.4em");
        SplitLayout split = new SplitLayout(beside, details);
        split.setSizeFull();
        // the side panel: room for a thesis's reason in a few lines, the rest is canvas
        split.setSplitterPosition(76);
        notFound.setId("not-found");
        notFound.setVisible(false);
        title.getStyle().set("margin", "0").set("font-size", "1.35em");
        summary.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s, 0.875em)")
                .set("color", "var(--vaadin-text-color-secondary, #555)");
        presence.setId("presence");
        presence.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
        for (Button tool : List.of(describeMap, share, makeCopy, download)) tool.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout heading = new HorizontalLayout(title, summary, describeMap, download, share, readOnly, makeCopy, avatars, presence);
        // the panes' buttons in the title row, where the figures give way: the toolbar has no room left
        paneToggles.values().forEach(toggle -> {
            heading.addComponentAtIndex(heading.indexOf(download), toggle);
            toggle.getStyle().set("flex", "none");
        });
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setWidthFull();
        // one row in every language: the figures and who is here shorten (in full on hover), the title and tools do not
        for (Component part : List.of(title, describeMap, download, share, readOnly, makeCopy, avatars)) part.getStyle().set("flex", "none");
        for (Component part : List.of(summary, presence)) {
            part.getStyle().set("min-width", "0").set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        }
        heading.setSpacing(false);
        heading.getStyle().set("gap", "0.3em 0.8em");
        filters.setWidthFull();
        findings.setWidthFull();
        add(notFound, heading, toolbar, filters, legendPopover, downloads, suggestionsPanel, split, findings);
        expand(split);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        mapId = parameter;
        // ?claim=<id>: open with that claim selected (links from explanations and the compare view)
        selected = event.getLocation().getQueryParameters().getParameters().getOrDefault("claim", List.of()).stream()
                .findFirst().orElse(null);
        history = EditHistory.of(VaadinSession.getCurrent(), mapId);
        analysis = null;
        try {
            refresh();
            if (selected != null && analysis.map().hasClaim(selected)) canvas.focus(selected);
            Claim opened = selected == null ? null : analysis.map().claim(selected).orElse(null);
            panes.values().forEach(p -> p.claimSelected(opened));
            if (isAttached()) join(UI.getCurrent());
        } catch (UnknownMapException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.unknown", parameter));
        } catch (AccessDeniedException e) {
            // said as for a missing map but distinctly: the map is there, not for this person
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.denied", parameter));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (analysis != null) join(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave();
        if (heartbeat != null) heartbeat.remove();
        heartbeat = null;
    }

    /**
     * Follows the map: every later change by someone else is pushed to this page. The page is on
     * the map while its browser answers: one whose heartbeats stop (a closed laptop, a crash) is
     * dropped after two missed beats; should it answer again, its next heartbeat brings it back.
     */
    private void join(UI ui) {
        leave();
        long silence = 2_000L + 2_000L * Math.max(1, ui.getSession().getConfiguration().getHeartbeatInterval());
        viewer = workspace.join(mapId, me.name(),
                () -> !ui.isClosing() && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() < silence,
                news -> ui.access(() -> CurrentPerson.as(me, () -> follow(news))));
        if (heartbeat == null) {
            heartbeat = ui.addHeartbeatListener(e -> {
                if (viewer != null && !viewer.isPresent() && isAttached() && analysis != null) CurrentPerson.as(me, () -> join(ui));
            });
        }
        showPresence();
    }

    private void leave() {
        if (viewer != null) viewer.close();
        viewer = null;
    }

    private com.vaadin.flow.shared.Registration heartbeat;

    private void follow(MapEvent news) {
        switch (news.kind()) {
            case EDITED, MOVED -> refresh();
            case DELETED -> showGone();
            case VIEWERS -> showPresence();
            case REPLACED -> {
                MapEvent.Replaced r = news.replaced();
                if (r != null && r.ofLogin().equals(me.login()) && !r.fields().isEmpty()) {
                    Notification.show(getTranslation("claim.merge.replaced", r.byName(), r.title(), fieldNames(r.fields())),
                            10_000, Notification.Position.TOP_CENTER).setId("claim-replaced");
                }
            }
            case COMMENTED -> {
                sections.forEach(MapViewExtension.Section::refresh);
                showGraph();
            }
        }
    }

    private void showPresence() {
        if (viewer == null) return;
        // one person in two tabs is one person on the map
        List<String> here = workspace.viewers(mapId).stream().distinct().toList();
        avatars.setItems(here.stream().map(AvatarGroup.AvatarGroupItem::new).toList());
        List<String> others = new ArrayList<>(here);
        others.remove(viewer.name());
        presence.setText(others.isEmpty() ? getTranslation("presence.alone", viewer.name())
                : getTranslation("presence.others", viewer.name(), String.join(", ", others)));
        presence.setTitle(presence.getText());
    }

    private void showGone() {
        showGone(getTranslation("map.gone", mapId));
    }

    private void showGone(String why) {
        getChildren().forEach(c -> c.setVisible(false));
        notFound.setVisible(true);
        notFound.setText(why);
        leave();
    }

    @Override
    public String getPageTitle() {
        return analysis == null ? "Dialectica" : analysis.map().title() + " — Dialectica";
    }

    /** Reads the live analysis with the claims' versions and positions, and redraws everything. */
    private void refresh() {
        try {
            state = workspace.state(mapId);
        } catch (UnknownMapException gone) {
            // deleted by someone else while this page was open: say so instead of failing silently
            if (analysis == null) throw gone;
            showGone();
            return;
        } catch (AccessDeniedException denied) {
            // its owner stopped sharing it with this person while the page was open
            if (analysis == null) throw denied;
            showGone(getTranslation("map.unshared", mapId));
            return;
        }
        java.util.Set<MapAction> rights = workspace.rights(mapId);
        editable = rights.contains(MapAction.EDIT);
        for (Component c : List.of(undoButton, redoButton, addClaim, addRelation, describeMap, relayout, showSuggestions)) c.setVisible(editable);
        legend.setEditable(editable);
        // suggestions are only for those who may accept them
        if (!editable) suggestionsPanel.close();
        makeCopy.setVisible(!editable);
        readOnly.setVisible(!editable);
        share.setVisible(rights.contains(MapAction.SHARE));
        analysis = state.analysis();
        ArgumentMap map = analysis.map();
        if (openForm != null && openForm.claimId() != null) {
            String open = openForm.claimId();
            map.claim(open).ifPresent(theirs -> openForm.changedMeanwhile(theirs, state.version(open)));
        }
        map.claims().forEach(c -> titles.put(c.id(), c.displayTitle()));
        title.setText(map.title());
        title.setTitle(map.description() == null ? "" : map.description());
        List<Claim> claims = List.copyOf(map.claims());
        if (changed(search, claims)) {
            search.setItems(new com.vaadin.flow.component.combobox.ComboBox.ItemFilter<Claim>() {
                public boolean test(Claim c, String text) {
                    String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
                    return contains(c.displayTitle(), needle) || contains(c.text(), needle) || contains(c.originalText(), needle);
                }
            }, claims);
        }
        long in = analysis.labels().values().stream().filter(l -> l == Label.IN).count();
        long undecided = analysis.labels().values().stream().filter(l -> l == Label.UNDEC).count();
        summary.setText(getTranslation("map.summary", map.claims().size(), in, undecided, analysis.conflicts().size(),
                analysis.attacks().size(), analysis.findings().size()));
        summary.setTitle(summary.getText());
        showItems(papers, values(map.claims(), c -> c.source() == null ? List.of() : List.of(c.source().paper())));
        showItems(actors, values(map.claims(), Claim::actors));
        showItems(tags, values(map.claims(), Claim::tags));
        if (changed(findings, analysis.findings())) findings.setItems(analysis.findings());
        showFindings.setText(getTranslation("map.tools.findings", analysis.findings().size()));
        showGraph();
        showDetails();
        panes.values().forEach(p -> p.show(map, editable));
        suggestionsPanel.refresh();
        undoButton.setEnabled(!history.undo.isEmpty());
        redoButton.setEnabled(!history.redo.isEmpty());
        undoButton.setTooltipText(history.undo.isEmpty() ? "" : getTranslation("map.undo") + ": " + history.undo.peek().description());
        redoButton.setTooltipText(history.redo.isEmpty() ? "" : getTranslation("map.redo") + ": " + history.redo.peek().description());
    }

    /** What each list on the page was last given: setting the same again costs every page of the map a round of messages. */
    private final Map<Component, Object> shownItems = new java.util.HashMap<>();

    private boolean changed(Component list, Object items) {
        return !Objects.equals(shownItems.put(list, items), items);
    }

    private void showItems(MultiSelectComboBox<String> filter, Set<String> values) {
        if (changed(filter, values)) filter.setItems(values);
    }

    /** The filters button says how many filters are set, as they are out of sight until it is opened. */
    private void countFilters() {
        long set = java.util.stream.Stream.of(papers, actors, tags).filter(f -> !f.isEmpty()).count()
                + (labels.isEmpty() ? 0 : 1) + (showDerived.getValue() ? 0 : 1);
        showFilters.setText(set == 0 ? getTranslation("map.tools.filters") : getTranslation("map.tools.filters.active", set));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(java.util.Locale.ROOT).contains(needle);
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
        Map<String, CanvasNode.Badge> badges = new java.util.HashMap<>();
        extensions.forEach(x -> x.badges(mapId, getLocale()).forEach(badges::putIfAbsent));
        MapGraph.Drawing drawing = MapGraph.of(analysis, state.positions(), this::visible, showDerived.getValue(), badges, getLocale());
        canvas.setGraph(drawing.nodes(), drawing.edges());
    }

    static String conflictId(Conflict c) {
        return MapGraph.conflictId(c);
    }

    void select(String id) {
        selected = id;
        // the address names the selection, so a reload (a restarted server, a shared link) opens it again
        // (the browser's own history call: Vaadin's replaceState goes through the router, which can
        // deliver it after a later one and reopen the older address)
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', new URL($0, document.baseURI).href)",
                id == null ? "map/" + mapId : "map/" + mapId + "?claim=" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
        showDetails();
        Claim claim = id == null || analysis == null ? null : analysis.map().claim(id).orElse(null);
        panes.values().forEach(p -> p.claimSelected(claim));
    }

    private void showDetails() {
        if (analysis != null && selected == null) {
            List<ThesesOverview.Entry> theses = ThesesOverview.entries(analysis, getLocale());
            // most edits leave the theses as they were: the eight pages of a busy map need not rebuild them
            if (overview != null && overview.getParent().filter(details::equals).isPresent() && overview.says(theses)) return;
            details.removeAll();
            canvas.clearHighlight();
            sections = List.of();
            sectionsFor = null;
            overview = new ThesesOverview(theses, id -> {
                canvas.focus(id);
                select(id);
            });
            details.add(overview);
            Paragraph hint = new Paragraph(getTranslation("map.select.hint"));
            hint.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875em)").set("color", "var(--vaadin-text-color-secondary, #555)");
            details.add(hint);
            return;
        }
        details.removeAll();
        overview = null;
        if (analysis == null) return;
        analysis.map().claim(selected).ifPresentOrElse(this::showClaim, this::showRelation);
        showSections();
    }

    /** The extensions' sections under the details: the same ones while the selection stays, refreshed. */
    private void showSections() {
        String target = drawnTarget();
        String key = target == null ? null : mapId + "\n" + target;
        if (key == null) {
            sections = List.of();
        } else if (key.equals(sectionsFor)) {
            sections.forEach(MapViewExtension.Section::refresh);
        } else {
            sections = extensions.stream().map(x -> x.section(mapId, target, () -> viewer, this::showGraph)).toList();
        }
        sectionsFor = key;
        sections.forEach(s -> details.add(s.component()));
    }

    /** The selected claim, or drawn relation by its id in the map model; null for one the rules derived. */
    private String drawnTarget() {
        ArgumentMap map = analysis.map();
        if (map.hasClaim(selected) || map.support(selected).isPresent() || map.attack(selected).isPresent()) return selected;
        return analysis.conflicts().stream().filter(c -> selected.equals(conflictId(c)))
                .flatMap(c -> map.oppositions().stream().filter(o -> Set.of(o.a(), o.b()).equals(Set.of(c.getA(), c.getB()))))
                .map(Opposition::id).findFirst().orElse(null);
    }

    private void showClaim(Claim claim) {
        Label label = analysis.label(claim.id());
        H3 heading = new H3(claim.displayTitle());
        heading.getStyle().set("margin", "0.3em 0 0");
        StatusBadge badge = new StatusBadge(label, analysis.strength(claim.id()));
        badge.setId("selected-label");
        // what the number means, in a line: above, below or at its starting score, and why
        Paragraph strength = new Paragraph(analysis.strengthMeaning(claim.id()).text(getLocale()));
        strength.setId("selected-strength");
        strength.getStyle().set("margin", "0.2em 0");
        // why it has its status comes first, where it is seen without scrolling; the sources follow
        H3 why = new H3(getTranslation("claim.why"));
        why.getStyle().set("margin", "0.3em 0 0").set("font-size", "1em");
        details.add(heading, badge, strength, why);
        LinkedSentence sentences = new LinkedSentence(mapId, analysis.map());
        List<LabelReason> reasons = analysis.reasons(claim.id());
        for (LabelReason reason : reasons) {
            Paragraph sentence = sentences.paragraph(reason.explanation().text(getLocale()));
            sentence.addClassName("claim-reason");
            if (reason == reasons.getFirst()) sentence.setId("selected-reason");
            sentence.getStyle().set("margin", "0.2em 0");
            details.add(sentence);
        }
        details.add(field("claim.kind", Sentence.word(claim.kind()).text(getLocale())), field("claim.text", claim.text()));
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
        if (claim.proposition() != null) details.add(field("claim.proposition", Explain.proposition(claim.proposition()).text(getLocale())));
        if (!claim.actors().isEmpty()) details.add(field("claim.actors", String.join(", ", claim.actors())));
        if (!claim.tags().isEmpty()) details.add(field("claim.tags", String.join(", ", claim.tags())));
        List<Finding> onClaim = analysis.findingsOn(claim.id());
        if (!onClaim.isEmpty()) {
            details.add(new H3(getTranslation("claim.findings")));
            onClaim.forEach(f -> details.add(new Paragraph(f.message().text(getLocale()))));
        }
        Button edit = new Button(getTranslation("claim.edit"), e -> editClaim(claim));
        edit.setId("edit-claim");
        Button delete = new Button(getTranslation("common.delete"), e -> {
            long seen = state.version(claim.id());
            selected = null;
            apply(getTranslation("edit.claim.delete", claim.displayTitle()), List.of(new Change.RemoveClaim(claim.id(), seen)));
        });
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.ERROR);
        // the history is for every reader; putting a claim back is an edit
        Button claimHistory = new Button(getTranslation("history.claim"), e -> HistoryDialog.ofClaim(mapHistory, mapId, claim,
                editable ? this::restore : null).open());
        claimHistory.setId("claim-history");
        details.add(editable ? new HorizontalLayout(edit, delete, claimHistory) : new HorizontalLayout(claimHistory));
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
            details.add(field("relation.kind", getTranslation("relation.support")),
                    new Paragraph("«" + titleOf(support.from()) + "» → «" + titleOf(support.to()) + "»"));
            drawnRelation(RelationForm.Type.SUPPORTS, support.from(), support.to(), new Change.RemoveSupport(support.id()));
        }
        if (attack != null && !attack.onSupport()) {
            drawnRelation(RelationForm.Type.ATTACKS, attack.from(), attack.target(), new Change.RemoveAttack(attack.id()));
        } else if (attack != null) {
            drawnRelation(null, attack.from(), attack.target(), new Change.RemoveAttack(attack.id()));
        }
        // a derived conflict between two claims may rest on an opposition someone declared
        analysis.conflicts().stream().filter(c -> selected.equals(conflictId(c))).findFirst().ifPresent(c -> map.oppositions().stream()
                .filter(o -> Set.of(o.a(), o.b()).equals(Set.of(c.getA(), c.getB()))).forEach(o -> drawnRelation(
                        o.type() == Opposition.Type.CONTRARY ? RelationForm.Type.CONTRARY : RelationForm.Type.CONTRADICTORY,
                        o.a(), o.b(), new Change.RemoveOpposition(o))));
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

    /** Whether another claim of the map, as this page shows it, has this claim's title (case aside). */
    private boolean titleTaken(Claim claim) {
        String title = claim.displayTitle().strip();
        return analysis.map().claims().stream().anyMatch(c -> !c.id().equals(claim.id()) && c.displayTitle().strip().equalsIgnoreCase(title));
    }

    private Set<String> claimIds() {
        return analysis.map().claims().stream().map(Claim::id).collect(Collectors.toSet());
    }

    /** The form for a new claim, saved through this page's edit path (history, undo, live). */
    private ClaimForm newClaimForm() {
        return ClaimForm.create(this::claimIds, this::titleTaken,
                claim -> attempt(getTranslation("edit.claim.add", claim.displayTitle()), List.of(new Change.PutClaim(claim, null))));
    }

    private void openRelationForm(String from, String to) {
        RelationForm.open(analysis.map(), from, to, (type, changes) -> attempt(describe("edit.relation.add", type, changes), changes));
    }

    /** A drawn relation: delete it, or make it another type between the same claims (one step). */
    private void drawnRelation(RelationForm.Type type, String from, String to, Change removal) {
        Button delete = new Button(getTranslation("common.delete"), e -> {
            selected = null;
            apply(getTranslation("edit.relation.remove", "«" + titleOf(from) + "» – «" + titleOf(to) + "»"), List.of(removal));
        });
        delete.setId("delete-relation");
        delete.addThemeVariants(ButtonVariant.ERROR);
        if (!editable) return;
        HorizontalLayout row = new HorizontalLayout(delete);
        if (type != null) {
            com.vaadin.flow.component.select.Select<RelationForm.Type> retype = new com.vaadin.flow.component.select.Select<>();
            retype.setId("relation-retype");
            retype.setAriaLabel(getTranslation("relation.retype"));
            retype.setItems(java.util.Arrays.stream(RelationForm.Type.values()).filter(t -> t != type && t != RelationForm.Type.UNDERCUTS).toList());
            retype.setItemLabelGenerator(t -> getTranslation(t.key()));
            retype.setPlaceholder(getTranslation("relation.retype"));
            retype.addValueChangeListener(e -> {
                if (e.getValue() == null) return;
                List<Change> changes = new ArrayList<>(List.of(removal));
                changes.addAll(RelationForm.changes(e.getValue(), from, to, null));
                selected = null;
                apply(getTranslation("edit.relation.retype", "«" + titleOf(from) + "» – «" + titleOf(to) + "»", getTranslation(e.getValue().key())), changes);
            });
            row.add(retype);
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(row);
    }

    private String describe(String key, RelationForm.Type type, List<Change> changes) {
        return getTranslation(key, getTranslation(type.key())) + " " + changes.stream().map(c -> switch (c) {
            case Change.AddSupport a -> "«" + titleOf(a.support().from()) + "» → «" + titleOf(a.support().to()) + "»";
            case Change.AddAttack a -> "«" + titleOf(a.attack().from()) + "» → " + (a.attack().onSupport() ? a.attack().target() : "«" + titleOf(a.attack().target()) + "»");
            case Change.AddOpposition a -> "«" + titleOf(a.opposition().a()) + "» – «" + titleOf(a.opposition().b()) + "»";
            default -> "";
        }).collect(Collectors.joining());
    }

    /** A claim's title as this page knows it (also one someone else has just deleted), else its id. */
    private String titleOf(String claimId) {
        return titles.getOrDefault(claimId, claimId);
    }

    /**
     * Opens the claim form on the claim as this page shows it, at the version it showed: a save
     * merges with whatever others saved meanwhile (the workspace decides; the form shows conflicts).
     */
    private void editClaim(Claim claim) {
        ClaimForm form = ClaimForm.edit(claim, state.version(claim.id()), this::titleTaken, edit -> {
            try {
                ClaimEdit.Saved saved = workspace.saveClaim(mapId, edit, viewer);
                history.undo.push(new EditHistory.Entry(getTranslation("edit.claim.change", edit.mine().displayTitle()), saved.undo()));
                history.redo.clear();
                refresh();
                if (!saved.taken().isEmpty()) {
                    Notification.show(getTranslation("claim.merge.taken", fieldNames(saved.taken())), 8000, Notification.Position.MIDDLE)
                            .setId("claim-merged");
                }
                return null;
            } catch (MergeConflictException e) {
                refresh();
                throw e;
            } catch (ConcurrentEditException e) {
                String refused = message(e);
                refresh();
                return refused;
            } catch (UnknownMapException e) {
                return getTranslation("map.gone", mapId);
            } catch (AccessDeniedException e) {
                return getTranslation("map.denied.edit");
            } catch (IllegalArgumentException e) {
                return org.dialectica.people.ui.Refusals.worded(this, e);
            }
        });
        openForm = form;
        form.addOpenedChangeListener(e -> {
            if (!e.isOpened() && openForm == form) openForm = null;
        });
        form.open();
    }

    private String fieldNames(java.util.Collection<ClaimField> fields) {
        return fields.stream().map(f -> getTranslation(ClaimForm.key(f))).collect(Collectors.joining(", "));
    }

    /** The map's title and description saved as a merge with what others saved since the form opened. */
    private String describe(MapText opened, MapText typed) {
        try {
            List<Change> undo = workspace.describeMap(mapId, opened, typed, viewer);
            history.undo.push(new EditHistory.Entry(getTranslation("edit.map.describe"), undo));
            history.redo.clear();
            refresh();
            return null;
        } catch (MapText.ConflictException e) {
            refresh();
            throw e;
        } catch (UnknownMapException e) {
            return getTranslation("map.gone", mapId);
        } catch (AccessDeniedException e) {
            return getTranslation("map.denied.edit");
        } catch (IllegalArgumentException e) {
            return org.dialectica.people.ui.Refusals.worded(this, e);
        }
    }

    /** For forms: applies, answering null, or the reason it was refused (the form stays open with the user's text). */
    private String attempt(String description, List<Change> changes) {
        try {
            apply(description, changes, true);
            return null;
        } catch (ConcurrentEditException e) {
            String refused = message(e); // named while this page still knows the title
            refresh();
            return refused;
        } catch (UnknownMapException e) {
            return getTranslation("map.gone", mapId);
        } catch (AccessDeniedException e) {
            return getTranslation("map.denied.edit");
        } catch (IllegalArgumentException e) {
            return org.dialectica.people.ui.Refusals.worded(this, e);
        }
    }

    /** Applies one user action (saved, then re-evaluated, and pushed to the other viewers) and records its undo. */
    void apply(String description, List<Change> changes) {
        try {
            apply(description, changes, true);
        } catch (RuntimeException e) {
            refused(e);
            refresh();
        }
    }

    void apply(String description, Change... changes) {
        apply(description, List.of(changes));
    }

    private void apply(String description, List<Change> changes, boolean record) {
        List<Change> undo = workspace.apply(mapId, changes, viewer);
        if (record) {
            history.undo.push(new EditHistory.Entry(description, undo));
            history.redo.clear();
        }
        refresh();
    }

    /** A suggested conflict accepted: drawn as an opposition through the view's edit path (history, undo). */
    void acceptSuggestion(Suggestion suggestion, Opposition.Type type) {
        apply(getTranslation("edit.suggestion.accept", titleOf(suggestion.a()), titleOf(suggestion.b())),
                List.of(new Change.AddOpposition(new Opposition(suggestion.a(), suggestion.b(), type))));
    }

    private void dismissSuggestion(Suggestions suggestions, Suggestion suggestion) {
        try {
            suggestions.dismiss(mapId, suggestion.a(), suggestion.b());
            Notification.show(getTranslation("suggest.dismissed", titleOf(suggestion.a()), titleOf(suggestion.b())))
                    .setId("suggestion-dismissed");
            suggestionsPanel.refresh();
        } catch (RuntimeException e) {
            refused(e);
            refresh();
        }
    }

    /** Puts a claim back as an earlier edit left it: an edit like any other, so it is undone like one. */
    void restore(String claimId, MapEdit version) {
        try {
            List<Change> undo = mapHistory.restoreClaim(mapId, claimId, version.id(), viewer);
            history.undo.push(new EditHistory.Entry(getTranslation("edit.claim.restore", titleOf(claimId)), undo));
            history.redo.clear();
            Notification.show(getTranslation("history.restored", titleOf(claimId), EditWords.when(getLocale(), version.at())))
                    .setId("history-restored");
        } catch (RuntimeException e) {
            refused(e);
        }
        refresh();
    }

    void undo() {
        step(history.undo, history.redo);
    }

    void redo() {
        step(history.redo, history.undo);
    }

    /** Takes the newest entry of one side, applies it and files what reverses it on the other side. */
    private void step(java.util.Deque<EditHistory.Entry> from, java.util.Deque<EditHistory.Entry> to) {
        if (from.isEmpty()) return;
        EditHistory.Entry entry = from.pop();
        try {
            to.push(new EditHistory.Entry(entry.description(), workspace.apply(mapId, entry.changes(), viewer)));
        } catch (RuntimeException e) {
            refused(e);
        }
        refresh();
    }

    private void refused(RuntimeException e) {
        String message = switch (e) { // before the refresh that follows: the page still knows the titles
            case ConcurrentEditException c -> message(c);
            case UnknownMapException u -> getTranslation("map.gone", mapId);
            case AccessDeniedException a -> getTranslation("map.denied.edit");
            case IllegalArgumentException i -> org.dialectica.people.ui.Refusals.worded(this, i);
            default -> throw e;
        };
        Notification error = Notification.show(message, 8000, Notification.Position.MIDDLE);
        error.addThemeVariants(NotificationVariant.ERROR);
        error.setId("edit-error");
    }

    /** What a refused edit says, naming claims by title and who deleted or removed them when known. */
    private String message(ConcurrentEditException e) {
        String title = e.title() != null ? e.title() : titleOf(e.claimId());
        // a relation's claims: as the map had them, else as this page knew them (also one just deleted)
        Object[] ends = new Object[e.ends().size()];
        for (int i = 0; i < ends.length; i++) ends[i] = e.endTitles().get(i) != null ? e.endTitles().get(i) : titleOf(e.ends().get(i));
        String kind = e.relation() == null ? null : e.relation().name().toLowerCase(java.util.Locale.ROOT);
        String by = e.byYou() ? getTranslation("edit.conflict.you") : e.by();
        return switch (e.kind()) {
            case CHANGED -> getTranslation("edit.conflict.changed", title);
            case DELETED -> by == null ? getTranslation("edit.conflict.deleted", title) : getTranslation("edit.conflict.deleted.by", title, by);
            case RELATION_GONE -> {
                String relation = getTranslation("relation.phrase." + kind, ends);
                yield by == null ? getTranslation("edit.conflict.gone", relation) : getTranslation("edit.conflict.gone.by", relation, by);
            }
            case INFERENCE_GONE -> by == null ? getTranslation("edit.conflict.inference", ends[1], ends[2])
                    : getTranslation("edit.conflict.inference.by", ends[1], ends[2], by);
            case RELATION_EXISTS -> getTranslation("edit.conflict.exists." + kind, ends);
            case RELATION_TAKEN -> getTranslation("edit.conflict.taken");
        };
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        undoButton.setText(getTranslation("map.undo"));
        redoButton.setText(getTranslation("map.redo"));
        addClaim.setText(getTranslation("map.add.claim"));
        addRelation.setText(getTranslation("map.add.relation"));
        fit.setText(getTranslation("map.fit"));
        showLegend.setText(getTranslation("map.tools.legend"));
        download.setText(getTranslation("map.download"));
        download.setTooltipText(getTranslation("map.download.hint"));
        showFindings.setTooltipText(getTranslation("map.tools.findings.hint"));
        paneToggles.forEach((kind, toggle) -> {
            toggle.setText(getTranslation(kind.toggleKey()));
            toggle.setTooltipText(getTranslation(kind.toggleHintKey()));
        });
        countFilters();
        canvas.setZoomNote(getTranslation("map.zoom.note"));
        relayout.setText(getTranslation("map.relayout"));
        relayout.setTooltipText(getTranslation("map.relayout.hint"));
        compareTheses.setText(getTranslation("compare.open"));
        showHistory.setText(getTranslation("history.open"));
        showSuggestions.setText(getTranslation("suggest.toggle"));
        showSuggestions.setTooltipText(getTranslation("suggest.toggle.hint"));
        describeMap.setText(getTranslation("map.describe"));
        makeCopy.setText(getTranslation("maps.copy"));
        makeCopy.setTooltipText(getTranslation("maps.copy.hint"));
        share.setText(getTranslation("map.share"));
        readOnly.setText(getTranslation("map.readOnly"));
        search.setPlaceholder(getTranslation("map.search"));
        search.setAriaLabel(getTranslation("map.search"));
        zoomIn.setAriaLabel(getTranslation("map.zoom.in"));
        zoomOut.setAriaLabel(getTranslation("map.zoom.out"));
        // placeholders, not labels above the fields: the toolbar keeps to two short rows and leaves
        // the height to the canvas and the findings
        papers.setPlaceholder(getTranslation("filter.paper"));
        actors.setPlaceholder(getTranslation("filter.actor"));
        tags.setPlaceholder(getTranslation("filter.tag"));
        papers.setAriaLabel(getTranslation("filter.paper"));
        actors.setAriaLabel(getTranslation("filter.actor"));
        tags.setAriaLabel(getTranslation("filter.tag"));
        labels.setAriaLabel(getTranslation("filter.label"));
        labels.setItemLabelGenerator(l -> getTranslation("label." + l.word()));
        showDerived.setLabel(getTranslation("filter.derived"));
        canvas.setAriaLabel(getTranslation("map.canvas"));
        // the avatars' own words for screen readers ("Currently one active user"), in the reader's language
        avatars.setI18n(new AvatarGroup.AvatarGroupI18n().setAnonymous(getTranslation("presence.anonymous"))
                .setOneActiveUser(getTranslation("presence.one")).setManyActiveUsers(getTranslation("presence.many")));
        findings.getColumnByKey("kind").setHeader(getTranslation("findings.kind"));
        findings.getColumnByKey("claim").setHeader(getTranslation("findings.claim"));
        findings.getColumnByKey("message").setHeader(getTranslation("findings.message"));
        if (analysis != null) {
            // the lists word their items in the reader's language: all are given them again
            shownItems.clear();
            refresh();
            showPresence();
        }
    }
}
