package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.workspace.MapEdit;
import org.dialectica.workspace.MapHistory;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;

/**
 * A map as it was right after one edit of its history ({@code /map/<id>/at/<edit>}), read only:
 * the canvas with the labels the rules give that map (a fresh rule session, not the live one),
 * the selected claim's text and reasons, and an Argdown export of that state. Edits are made on
 * the current map.
 */
// any signed-in person; the history checks per call that they may see the map
@PermitAll
@Route(value = "map/:mapId/at/:editId(\\d+)", layout = MainLayout.class)
class MapAtView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MapHistory history;
    private final Workspace workspace;
    private String mapId;
    private long editId;
    private Analysis analysis;

    final H2 title = new H2();
    final Paragraph after = new Paragraph();
    final Paragraph readOnly = new Paragraph();
    final Anchor current = new Anchor();
    final Anchor export = new Anchor();
    final GraphCanvas canvas = new GraphCanvas();
    final VerticalLayout details = new VerticalLayout();
    final Div notFound = new Div();

    MapAtView(MapHistory history, Workspace workspace) {
        this.history = history;
        this.workspace = workspace;
        setSizeFull();
        setPadding(true);
        title.getStyle().set("margin", "0");
        after.getStyle().set("margin", "0");
        readOnly.getStyle().set("margin", "0").set("color", "var(--vaadin-text-color-secondary, #555)");
        current.setId("current-map");
        export.setId("export-at");
        canvas.setId("canvas");
        canvas.setSizeFull();
        canvas.addNodeSelectedListener(e -> select(e.getId()));
        canvas.addSelectionClearedListener(e -> select(null));
        details.setId("details");
        details.setWidth("24em");
        details.getStyle().set("overflow", "auto");
        notFound.setId("not-found");
        notFound.setVisible(false);
        SplitLayout split = new SplitLayout(canvas, details);
        split.setSizeFull();
        split.setSplitterPosition(70);
        HorizontalLayout links = new HorizontalLayout(current, export);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(notFound, title, after, readOnly, links, split);
        expand(split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mapId = event.getRouteParameters().get("mapId").orElseThrow();
        editId = event.getRouteParameters().getLong("editId").orElseThrow();
        MapEdit edit;
        Map<String, double[]> positions;
        try {
            edit = history.edit(mapId, editId);
            analysis = history.analysisAt(mapId, editId);
            positions = workspace.positions(mapId);
        } catch (UnknownMapException | IllegalArgumentException e) {
            showNotFound(getTranslation("history.at.unknown", mapId));
            return;
        } catch (AccessDeniedException e) {
            // as the map view says it: the map is there, not for this person
            showNotFound(getTranslation("map.denied", mapId));
            return;
        }
        title.setText(getTranslation("history.at.title", analysis.map().title(), EditWords.when(getLocale(), edit.at())));
        after.setText(getTranslation("history.at.after", EditWords.sentence(this, getLocale(), edit)));
        readOnly.setText(getTranslation("history.at.readonly"));
        current.setText(getTranslation("history.at.current"));
        current.setHref("map/" + mapId);
        export.setText(getTranslation("history.at.export"));
        String fileName = mapId + "-at-" + editId + ".argdown";
        export.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] text = history.exportArgdownAt(mapId, editId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), fileName, "text/plain;charset=utf-8", text.length);
        }));
        showGraph(positions);
        select(null);
    }

    private void showNotFound(String message) {
        getChildren().forEach(c -> c.setVisible(false));
        notFound.setVisible(true);
        notFound.setText(message);
    }

    @Override
    public String getPageTitle() {
        return analysis == null ? "Dialectica" : title.getText() + " — Dialectica";
    }

    /** Every claim and relation as the map view draws them; claims deleted since lay themselves out. */
    private void showGraph(Map<String, double[]> positions) {
        MapGraph.Drawing drawing = MapGraph.of(analysis, positions, getLocale());
        canvas.setGraph(drawing.nodes(), drawing.edges());
    }

    void select(String claimId) {
        details.removeAll();
        Claim claim = claimId == null ? null : analysis.map().claim(claimId).orElse(null);
        if (claim == null) {
            details.add(new Paragraph(getTranslation("map.select.hint")));
            return;
        }
        StatusBadge badge = new StatusBadge(analysis.label(claim.id()), analysis.strength(claim.id()));
        badge.setId("selected-label");
        details.add(new H3(claim.displayTitle()), badge, new Paragraph(analysis.strengthMeaning(claim.id()).text(getLocale())),
                field("claim.text", claim.text()));
        if (claim.originalText() != null) details.add(field("claim.original", claim.originalText()));
        details.add(new H3(getTranslation("claim.why")));
        for (LabelReason reason : analysis.reasons(claim.id())) details.add(new Paragraph(reason.explanation().text(getLocale())));
    }

    private Component field(String key, String value) {
        Span name = new Span(getTranslation(key) + ": ");
        name.getStyle().set("font-weight", "600");
        return new Div(name, new Span(value));
    }
}
