package org.dialectica.papers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.base.ui.UploadTexts;
import org.dialectica.papers.Paper;
import org.dialectica.papers.PaperFiles;
import org.dialectica.papers.Papers;
import org.dialectica.people.ui.Refusals;

/**
 * The papers claims quote: everyone signed in sees the list (and reads a paper beside a map, with
 * <em>Read a paper</em>); a teacher, an admin or a map's owner adds one from a UTF-8 text or a PDF
 * file. A file that is no paper (a scan without text, another format, too large, a name taken) adds
 * nothing and says why.
 */
@PermitAll
@Route(value = "papers", layout = MainLayout.class)
@PageTitle("Dialectica")
class PapersView extends VerticalLayout implements LocaleChangeObserver {
    private static final String NO_LANGUAGE = "";
    private static final int MAX_MB = PaperFiles.MAX_BYTES >> 20;

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final Grid<Papers.Listed> list = new Grid<>();
    final H3 adding = new H3();
    final Paragraph addHint = new Paragraph();
    final TextField title = new TextField();
    final Select<String> language = new Select<>();
    final Upload upload;
    /** the title, the language and the upload: shown to those who may add a paper */
    final HorizontalLayout form;
    /** what the last upload did: the paper added, or why not */
    final Div result = new Div();

    private final Papers papers;

    PapersView(Papers papers) {
        this.papers = papers;
        setSizeFull();
        heading.getStyle().set("margin", "0.2em 0 0 0");
        intro.getStyle().set("margin", "0").set("max-width", "60em");
        list.setId("papers");
        list.addColumn(Papers.Listed::id).setKey("id").setAutoWidth(true).setFlexGrow(0);
        list.addComponentColumn(p -> PaperLinks.to(p.id(), p.title())).setKey("title").setFlexGrow(1);
        list.addColumn(p -> languageName(p.language())).setKey("language").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(p -> getTranslation("papers.kind." + p.kind())).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(p -> p.addedBy() == null ? getTranslation("papers.seed") : p.addedBy()).setKey("addedBy").setAutoWidth(true)
                .setFlexGrow(0);
        // as tall as its rows: the form to add one stays near, and the page scrolls when there are many
        list.setAllRowsVisible(true);
        title.setId("paper-title");
        title.setMaxLength(1000);
        title.setClearButtonVisible(true);
        language.setId("paper-language");
        language.setWidth("15em");
        language.setItems(NO_LANGUAGE, Paper.ENGLISH, Paper.INDONESIAN);
        language.setValue(NO_LANGUAGE);
        upload = new Upload((UploadHandler) this::receive);
        upload.setId("paper-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PaperFiles.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".pdf", "text/plain", "application/pdf");
        upload.addFileRejectedListener(e -> showFailure(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        result.setId("paper-result");
        result.setVisible(false);
        result.getStyle().set("white-space", "pre-line").set("max-width", "60em");
        form = new HorizontalLayout(title, language, upload);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        boolean mayAdd = papers.mayAdd();
        for (var part : new com.vaadin.flow.component.Component[] {adding, addHint, form, result}) part.setVisible(mayAdd);
        result.setVisible(false);
        add(heading, intro, list, adding, addHint, form, result);
        refresh();
    }

    /** Runs outside the session lock while the file arrives; stops reading one byte past the limit. */
    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        UI ui = event.getUI();
        byte[] bytes = null;
        if (event.getFileSize() <= PaperFiles.MAX_BYTES) {
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(PaperFiles.MAX_BYTES + 1);
            }
        }
        byte[] received = bytes;
        ui.access(() -> {
            if (received == null || received.length > PaperFiles.MAX_BYTES) showFailure(getTranslation("paper.error.tooLarge", fileName, MAX_MB));
            else addPaper(fileName, received);
            upload.clearFileList();
        });
    }

    /** Adds the file as a paper with the title and language chosen (blank: the file name; none: guessed). */
    void addPaper(String fileName, byte[] bytes) {
        try {
            String chosen = language.getValue();
            Paper paper = papers.add(fileName, bytes, title.getValue().isBlank() ? null : title.getValue(),
                    chosen == null || chosen.isEmpty() ? null : chosen);
            result.setVisible(true);
            result.getElement().setAttribute("data-status", "ok");
            result.getStyle().remove("color");
            result.setText(getTranslation("papers.add.done", paper.id(), paper.paragraphs().size(), paper.pages(),
                    languageName(paper.language())));
            title.clear();
            refresh();
        } catch (RuntimeException refused) {
            showFailure(Refusals.worded(this, refused));
        }
    }

    private void showFailure(String why) {
        result.setVisible(true);
        result.getElement().setAttribute("data-status", "error");
        result.getStyle().set("color", "var(--lumo-error-text-color, #b3261e)");
        String bounded = why == null ? "" : why.length() > 400 ? why.substring(0, 399) + "…" : why;
        result.setText(getTranslation("papers.add.failed", bounded));
    }

    private void refresh() {
        list.setItems(papers.list());
    }

    private String languageName(String code) {
        return code == null || code.isEmpty() ? getTranslation("papers.language.guess")
                : Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("papers.heading"));
        intro.setText(getTranslation("papers.intro"));
        list.getColumnByKey("id").setHeader(getTranslation("papers.file"));
        list.getColumnByKey("title").setHeader(getTranslation("papers.title"));
        list.getColumnByKey("language").setHeader(getTranslation("papers.language"));
        list.getColumnByKey("kind").setHeader(getTranslation("papers.kind"));
        list.getColumnByKey("addedBy").setHeader(getTranslation("papers.addedBy"));
        adding.setText(getTranslation("papers.add"));
        addHint.setText(getTranslation("papers.add.hint", MAX_MB));
        title.setLabel(getTranslation("papers.add.title"));
        title.setPlaceholder(getTranslation("papers.add.title.placeholder"));
        language.setLabel(getTranslation("papers.language"));
        language.setItemLabelGenerator(this::languageName);
        upload.setI18n(UploadTexts.of(this, "upload.error.paperType"));
        upload.getElement().setAttribute("aria-label", getTranslation("papers.add"));
        list.getDataProvider().refreshAll();
    }
}
