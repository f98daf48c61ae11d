package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.workspace.ImportResult;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.springframework.security.access.AccessDeniedException;
import org.dialectica.workspace.MapSummary;

/**
 * The maps: search, open, create, import a map file (Argdown, or an abstract framework as the
 * command line reads it; a file that does not read saves nothing and says where it is wrong),
 * export, and delete after a confirmation.
 */
// any signed-in person; what they may do with a map the workspace decides per call
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dialectica")
class MapListView extends VerticalLayout implements LocaleChangeObserver {
    private static final int MAX_MB = Workspace.MAX_IMPORT_BYTES >> 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Workspace store;
    private final Person me = CurrentPerson.get();
    final H2 heading = new H2();
    final TextField search = new TextField();
    final Grid<MapSummary> maps = new Grid<>();
    final Button create = new Button();
    final Upload upload;
    final Div importMessage = new Div();

    MapListView(Workspace store) {
        this.store = store;
        setSizeFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("map-search");
        search.addValueChangeListener(e -> refresh());
        create.setId("create-map");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> openCreateDialog());

        upload = new Upload((UploadHandler) this::receive);
        upload.setId("import-map");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Workspace.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes(Arrays.stream(MapFormat.values()).map(MapFormat::extension).toArray(String[]::new));
        upload.addFileRejectedListener(e -> showImportError(
                getTranslation("maps.import.rejected", e.getFileName(), e.getErrorMessage(), MapFormat.KNOWN, MAX_MB)));
        // one file at a time, but any number one after another: a finished file leaves the list
        upload.addAllFinishedListener(e -> upload.clearFileList());
        importMessage.setId("import-message");
        importMessage.setVisible(false);

        maps.setId("maps");
        maps.addColumn(MapSummary::title).setHeader("").setKey("title").setFlexGrow(3).setSortable(true);
        maps.addColumn(m -> m.owner() == null ? getTranslation("maps.owner.installation")
                : m.owner().equals(me.login()) ? me.name() : m.owner()).setHeader("").setKey("owner").setAutoWidth(true).setFlexGrow(0);
        maps.addColumn(m -> getTranslation("visibility." + m.visibility().name())).setHeader("").setKey("visibility")
                .setAutoWidth(true).setFlexGrow(0);
        maps.addColumn(MapSummary::claimCount).setHeader("").setKey("claims").setAutoWidth(true).setFlexGrow(0);
        maps.addColumn(m -> m.updatedAt() == null ? "" : WHEN.format(m.updatedAt())).setHeader("").setKey("updated").setAutoWidth(true).setFlexGrow(0);
        maps.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        maps.addItemClickListener(e -> open(e.getItem()));
        maps.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, create, upload);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(heading, toolbar, importMessage, maps);
        refresh();
    }

    private HorizontalLayout actions(MapSummary map) {
        Button open = new Button(getTranslation("maps.open"), e -> open(map));
        open.setId("open-" + map.id());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = store.exportArgdown(map.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), map.id() + ".argdown", "text/plain;charset=utf-8", text.length);
        }), getTranslation("maps.export"));
        export.setId("export-" + map.id());
        HorizontalLayout actions = new HorizontalLayout(open, export);
        if (!map.may(MapAction.EDIT)) {
            Button copy = new Button(getTranslation("maps.copy"), e -> {
                String id = store.copy(map.id(), getTranslation("maps.copy.title", map.title(), me.name()));
                getUI().ifPresent(ui -> ui.navigate(MapView.class, id));
            });
            copy.setId("copy-" + map.id());
            copy.setTooltipText(getTranslation("maps.copy.hint"));
            actions.add(copy);
        }
        // the server refuses a delete by anyone else anyway; the button is not offered to them
        if (map.may(MapAction.DELETE)) {
            Button delete = new Button(getTranslation("maps.delete"), e -> confirmDelete(map));
            delete.setId("delete-" + map.id());
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(delete);
        }
        return actions;
    }

    private void open(MapSummary map) {
        getUI().ifPresent(ui -> ui.navigate(MapView.class, map.id()));
    }

    private void confirmDelete(MapSummary map) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("maps.delete.header"));
        dialog.setText(getTranslation("maps.delete.text", map.title(), map.claimCount()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("maps.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                store.delete(map.id());
                Notification.show(getTranslation("maps.deleted", map.title()));
            } catch (AccessDeniedException | UnknownMapException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE);
            }
            refresh();
        });
        dialog.open();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("maps.create"));
        TextField title = new TextField(getTranslation("maps.title"));
        title.setId("new-map-title");
        title.setRequired(true);
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("maps.description"));
        description.setWidthFull();
        Button save = new Button(getTranslation("common.create"), e -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("maps.title.required"));
                return;
            }
            String id;
            try {
                id = store.create(title.getValue(), description.getValue());
            } catch (IllegalArgumentException refused) {
                title.setInvalid(true);
                title.setErrorMessage(org.dialectica.people.ui.Refusals.worded(this, refused));
                return;
            }
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(MapView.class, id));
        });
        save.setId("save-new-map");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(title, description));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    /**
     * Runs outside the session lock while the file arrives. The size is checked on what the browser
     * declares and again on what is received, which stops one byte past the limit.
     */
    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        UI ui = event.getUI();
        byte[] bytes;
        if (event.getFileSize() > Workspace.MAX_IMPORT_BYTES) {
            bytes = null;
        } else {
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(Workspace.MAX_IMPORT_BYTES + 1);
            }
        }
        if (bytes == null || bytes.length > Workspace.MAX_IMPORT_BYTES) {
            event.reject(fileName + ": larger than " + MAX_MB + " MB");
            ui.access(() -> {
                showImportError(getTranslation("maps.import.tooLarge", fileName, MAX_MB));
                upload.clearFileList();
            });
            return;
        }
        ui.access(() -> {
            importFile(fileName, bytes);
            upload.clearFileList();
        });
    }

    void importFile(String fileName, byte[] bytes) {
        try {
            ImportResult result = store.importFile(fileName, bytes);
            importMessage.setVisible(true);
            importMessage.getElement().setAttribute("data-status", "ok");
            importMessage.setText(getTranslation("maps.import.done", fileName, result.warnings().size()));
            result.warnings().forEach(w -> importMessage.add(new Div(w.toString())));
            refresh();
        } catch (MapFileException e) {
            showImportError(getTranslation("maps.import.failed", e.getMessage()));
        } catch (RuntimeException e) {
            // nothing was saved (one transaction); the message is bounded like a reader's
            String message = String.valueOf(e.getMessage());
            showImportError(getTranslation("maps.import.failed", fileName + ": "
                    + (message.length() > 300 ? message.substring(0, 299) + "…" : message)));
        }
    }

    private void showImportError(String message) {
        importMessage.removeAll();
        importMessage.setVisible(true);
        importMessage.getElement().setAttribute("data-status", "error");
        importMessage.getStyle().set("color", "var(--lumo-error-text-color, #b3261e)");
        importMessage.setText(message);
    }

    private void refresh() {
        maps.setItems(store.list(search.getValue()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("maps.heading"));
        search.setPlaceholder(getTranslation("maps.search"));
        search.setAriaLabel(getTranslation("maps.search"));
        create.setText(getTranslation("maps.create"));
        upload.getElement().setAttribute("aria-label", getTranslation("maps.import"));
        upload.setI18n(org.dialectica.base.ui.UploadTexts.of(this, "upload.error.incorrectFileType"));
        maps.getColumnByKey("title").setHeader(getTranslation("maps.title"));
        maps.getColumnByKey("claims").setHeader(getTranslation("maps.claims"));
        maps.getColumnByKey("owner").setHeader(getTranslation("maps.owner"));
        maps.getColumnByKey("visibility").setHeader(getTranslation("maps.visibility"));
        maps.getColumnByKey("updated").setHeader(getTranslation("maps.updated"));
        refresh();
    }
}
