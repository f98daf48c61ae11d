package org.dialectica.grading.ui;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A plain A4 document of headings, paragraphs and tables (OpenPDF). Every string goes in as text:
 * OpenPDF's paragraphs and cells read no markup, so a student's words print as they are.
 */
final class Pdf implements AutoCloseable {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);

    Pdf(String title) {
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.addCreator("Dialectica");
        document.open();
        add(new Paragraph(title, TITLE));
    }

    Pdf heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return add(p);
    }

    Pdf text(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, TEXT);
        p.setSpacingAfter(3);
        return add(p);
    }

    /** A table: the first row is the header. */
    Pdf table(List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, HEADER))));
        for (List<String> row : rows) row.forEach(c -> table.addCell(new PdfPCell(new Phrase(c == null ? "" : c, CELL))));
        document.add(table);
        return this;
    }

    private Pdf add(Paragraph p) {
        document.add(p);
        return this;
    }

    byte[] bytes() {
        close();
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) document.close();
    }
}
