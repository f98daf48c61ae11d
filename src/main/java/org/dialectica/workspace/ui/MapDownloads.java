package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.io.aif.AifWriter;
import org.dialectica.io.argdown.ArgdownJsonWriter;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;
import org.dialectica.report.MapReport;

/**
 * The map page's Download menu: the map as drawn (SVG, PNG, made by the canvas with its legend), a
 * report of it (Markdown, PDF) in the reader's language, and the map itself as a file for other
 * tools (Argdown, AIF, Argdown's JSON). Each file is written on its own request from the map as it
 * is then, read with the page's rights, and named after the map's title.
 */
final class MapDownloads extends Popover implements LocaleChangeObserver {
    final Button svg = new Button();
    final Button png = new Button();
    final Anchor markdown = new Anchor();
    final Anchor pdf = new Anchor();
    final Anchor argdown = new Anchor();
    final Anchor aif = new Anchor();
    final Anchor argdownJson = new Anchor();
    private final Span pictures = new Span(), reports = new Span(), files = new Span();
    private final Supplier<Analysis> now;
    /** the reader's language, for reports written on a download's own request */
    private volatile Locale language = Locale.ENGLISH;

    /**
     * @param shown the analysis the page shows (pictures are of what is drawn)
     * @param now   the map's analysis read afresh with the page's rights, on a download's request
     */
    MapDownloads(Button target, GraphCanvas canvas, Supplier<Analysis> shown, Supplier<Analysis> now) {
        this.now = now;
        target.setId("download-map");
        target.getElement().setAttribute("aria-haspopup", "dialog");
        svg.setId("download-svg");
        png.setId("download-png");
        svg.addClickListener(e -> picture(canvas, shown.get(), GraphCanvas.Picture.SVG));
        png.addClickListener(e -> picture(canvas, shown.get(), GraphCanvas.Picture.PNG));
        offer(markdown, "download-markdown", "md", "text/markdown;charset=utf-8", r -> utf8(r.markdown()));
        offer(pdf, "download-pdf", "pdf", "application/pdf", MapReport::pdf);
        offer(argdown, "download-argdown", "argdown", "text/plain;charset=utf-8", r -> utf8(new ArgdownWriter().write(map())));
        offer(aif, "download-aif", "json", "application/json", r -> utf8(new AifWriter().write(map())));
        offer(argdownJson, "download-argdown-json", "argdown.json", "application/json", r -> utf8(new ArgdownJsonWriter().write(map())));
        for (Button b : List.of(svg, png)) b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        for (Span heading : List.of(pictures, reports, files)) {
            heading.getStyle().set("font-size", "var(--lumo-font-size-xs, 0.75em)").set("color", "var(--vaadin-text-color-secondary, #555)");
        }
        VerticalLayout entries = new VerticalLayout(pictures, svg, png, reports, markdown, pdf, files, argdown, aif, argdownJson);
        entries.setPadding(false);
        entries.setSpacing(false);
        entries.getStyle().set("gap", "0.4em");
        add(entries);
        setTarget(target);
        setPosition(PopoverPosition.BOTTOM);
    }

    private void offer(Anchor link, String id, String extension, String type, Function<MapReport, byte[]> write) {
        link.setId(id);
        // the menu's entries look alike, whether the browser makes the file (a picture) or the server (a link)
        link.getStyle().set("text-decoration", "none").set("font-size", "var(--lumo-font-size-s, 0.875em)").set("padding", "0.25em 0.55em");
        link.setHref(DownloadHandler.fromInputStream(event -> {
            MapReport report = report();
            byte[] bytes = write.apply(report);
            return new DownloadResponse(new ByteArrayInputStream(bytes), MapReport.fileName(report.title(), extension), type, bytes.length);
        }), AttachmentType.DOWNLOAD);
    }

    private ArgumentMap map() {
        return now.get().map();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void picture(GraphCanvas canvas, Analysis shown, GraphCanvas.Picture format) {
        if (shown == null) return;
        String name = shown.map().title();
        canvas.downloadPicture(format, MapReport.fileName(name, format.extension()), name);
    }

    /** The report of the map as it is now, in the reader's language. */
    MapReport report() {
        return MapReport.of(now.get(), language);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language = event.getLocale();
        pictures.setText(getTranslation("map.download.pictures"));
        reports.setText(getTranslation("map.download.reports"));
        files.setText(getTranslation("map.download.files"));
        svg.setText(getTranslation("map.download.svg"));
        png.setText(getTranslation("map.download.png"));
        markdown.setText(getTranslation("map.download.markdown"));
        pdf.setText(getTranslation("map.download.pdf"));
        argdown.setText(getTranslation("map.download.argdown"));
        aif.setText(getTranslation("map.download.aif"));
        argdownJson.setText(getTranslation("map.download.argdown-json"));
    }
}
