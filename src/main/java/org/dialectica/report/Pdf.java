package org.dialectica.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A report as an A4 PDF (OpenPDF). The text is set in Liberation Sans, embedded (the copy OpenPDF
 * ships): the 14 standard fonts know only Latin-1 and would drop a ğ, a ş or a « without a word.
 * Every string goes in as text: OpenPDF's paragraphs read no markup.
 */
final class Pdf {
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final BaseFont BASE = font();
    private static final Font TITLE = new Font(BASE, 16, Font.BOLD);
    private static final Font HEADING = new Font(BASE, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(BASE, 11, Font.BOLD);
    private static final Font TEXT = new Font(BASE, 10);
    private static final Font BOLD = new Font(BASE, 10, Font.BOLD);
    private static final Font SMALL = new Font(BASE, 9);
    private static final Font SMALL_BOLD = new Font(BASE, 9, Font.BOLD);

    private Pdf() {}

    static byte[] of(MapReport report, Locale language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(report.title());
        document.addCreator("Dialectica");
        document.open();
        document.add(new Paragraph(report.title(), TITLE));
        for (Block block : report.blocks()) {
            switch (block) {
                case Block.Heading h -> {
                    Paragraph p = new Paragraph(h.text(), h.level() <= 2 ? HEADING : SUBHEADING);
                    p.setSpacingBefore(h.level() <= 2 ? 12 : 8);
                    p.setSpacingAfter(3);
                    document.add(p);
                }
                case Block.Paragraph p -> document.add(spaced(new Paragraph(p.text(), TEXT)));
                case Block.Fields f -> f.fields().forEach(field -> {
                    Paragraph p = new Paragraph();
                    p.add(new Chunk(field.name() + ": ", BOLD));
                    p.add(new Chunk(field.value(), TEXT));
                    document.add(spaced(p));
                });
                case Block.Items items -> items.items().forEach(item -> {
                    Paragraph p = new Paragraph();
                    p.setIndentationLeft(10);
                    p.setFirstLineIndent(-10);
                    p.add(new Chunk("• ", TEXT));
                    p.add(new Chunk(item.lead(), BOLD));
                    if (!item.text().isEmpty()) p.add(new Chunk(" " + item.text(), TEXT));
                    document.add(spaced(p));
                    for (String detail : item.details()) {
                        Paragraph d = new Paragraph(detail, SMALL);
                        d.setIndentationLeft(20);
                        document.add(spaced(d));
                    }
                });
                case Block.Table t -> document.add(table(t));
            }
        }
        document.close();
        return bytes.toByteArray();
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingAfter(3);
        p.setLeading(0, 1.25f);
        return p;
    }

    private static PdfPTable table(Block.Table t) {
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        // the first column holds the titles: it gets the room
        if (t.header().size() == 4) table.setWidths(new float[] {56, 14, 20, 10});
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        t.header().forEach(h -> table.addCell(cell(h, SMALL_BOLD)));
        for (List<String> row : t.rows()) row.forEach(c -> table.addCell(cell(c, SMALL)));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static BaseFont font() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException(FONT + " is missing from OpenPDF's jar");
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
