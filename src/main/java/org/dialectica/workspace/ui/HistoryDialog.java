package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import org.dialectica.map.Claim;
import org.dialectica.workspace.MapEdit;
import org.dialectica.workspace.MapHistory;

/**
 * The history of a map, or of one claim: newest first, when, who and what. Each entry opens the
 * map as it was right after it (read only, in a new tab); in a claim's history, an entry that left
 * the claim otherwise than it is now puts it back, for those who may edit the map.
 */
class HistoryDialog extends Dialog {
    final VerticalLayout entries = new VerticalLayout();
    final Paragraph empty = new Paragraph();

    private HistoryDialog() {
        setWidth("52em");
        setMaxHeight("80vh");
        entries.setId("history-entries");
        entries.setPadding(false);
        entries.setSpacing(false);
        empty.setId("history-empty");
        empty.setText(getTranslation("history.empty"));
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("history-close");
        getFooter().add(close);
        add(empty, entries);
    }

    /** Every edit of the map. */
    static HistoryDialog ofMap(MapHistory history, String mapId, String mapTitle) {
        HistoryDialog dialog = new HistoryDialog();
        dialog.setHeaderTitle(dialog.getTranslation("history.title", mapTitle));
        dialog.setId("map-history-dialog");
        List<MapEdit> edits = history.of(mapId);
        edits.forEach(edit -> dialog.entries.add(dialog.row(mapId, edit)));
        dialog.empty.setVisible(edits.isEmpty());
        return dialog;
    }

    /**
     * The edits of one claim and of the relations touching it.
     * @param restore puts the claim back as the given edit left it; null for those who may not edit
     */
    static HistoryDialog ofClaim(MapHistory history, String mapId, Claim now, BiConsumer<String, MapEdit> restore) {
        HistoryDialog dialog = new HistoryDialog();
        dialog.setHeaderTitle(dialog.getTranslation("history.claim.title", now.displayTitle()));
        dialog.setId("claim-history-dialog");
        List<MapHistory.ClaimVersion> versions = history.ofClaim(mapId, now.id());
        for (MapHistory.ClaimVersion version : versions) {
            HorizontalLayout row = dialog.row(mapId, version.edit());
            if (restore != null && version.claim() != null && !version.claim().equals(now)) {
                Button back = new Button(dialog.getTranslation("history.restore"), e -> {
                    dialog.close();
                    restore.accept(now.id(), version.edit());
                });
                back.setId("restore-" + version.edit().id());
                back.addThemeVariants(ButtonVariant.SMALL);
                back.setTooltipText(version.claim().text());
                row.add(back);
            }
            dialog.entries.add(row);
        }
        dialog.empty.setVisible(versions.isEmpty());
        return dialog;
    }

    private HorizontalLayout row(String mapId, MapEdit edit) {
        Span when = new Span(EditWords.when(getLocale(), edit.at()));
        when.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)").set("white-space", "nowrap");
        Div what = new Div(EditWords.sentence(this, getLocale(), edit));
        Anchor then = new Anchor("map/" + mapId + "/at/" + edit.id(), getTranslation("history.view"));
        then.setTarget(AnchorTarget.BLANK);
        then.setId("at-" + edit.id());
        then.getStyle().set("white-space", "nowrap");
        HorizontalLayout row = new HorizontalLayout(when, what, then);
        row.setId("edit-" + edit.id());
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(what);
        return row;
    }
}
