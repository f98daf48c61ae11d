package org.dialectica.papers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.map.TypedText;
import org.dialectica.people.Refusal;

/**
 * A paper from a file: UTF-8 text ({@code .txt}) or a PDF ({@code .pdf}, its text extracted page by
 * page with PDFBox, the pages kept as locators). The command line and the upload read papers here,
 * with the same refusals: a PDF without a text layer (a scan) has nothing a quote can be found in.
 */
public final class PaperFiles {
    /** As map uploads: a paper is text, and 5 MB of it is a book. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME = 200;

    private PaperFiles() {}

    /** Whether the file name is one a paper is read from. */
    public static boolean isPaper(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".pdf");
    }

    /**
     * @param title null: the file name
     * @param language "en" or "id"; null: guessed from the text
     * @throws Refusal when the file is no paper (its name, size, encoding, or a PDF without text)
     */
    public static Paper read(String fileName, byte[] bytes, String title, String language) {
        String name = checkName(fileName);
        if (bytes.length > MAX_BYTES) throw new Refusal("paper.error.tooLarge", name, MAX_BYTES >> 20);
        boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
        String text = pdf ? pdfText(name, bytes) : plainText(name, bytes);
        if (Paper.normalise(text).isEmpty()) throw new Refusal(pdf ? "paper.error.noTextLayer" : "paper.error.empty", name);
        return new Paper(name, title, language, pdf ? Paper.Kind.PDF : Paper.Kind.TEXT, text);
    }

    /** Every paper ({@code .txt}, {@code .pdf}) of a folder, by name; a file that is no paper is refused with its reason. */
    public static List<Paper> folder(Path folder, List<String> refused) throws IOException {
        List<Paper> papers = new ArrayList<>();
        for (Path file : folderFiles(folder)) {
            try {
                if (Files.size(file) > MAX_BYTES) throw new Refusal("paper.error.tooLarge", file.getFileName(), MAX_BYTES >> 20);
                papers.add(read(file.getFileName().toString(), Files.readAllBytes(file), null, null));
            } catch (Refusal e) {
                refused.add(file + ": " + e.getMessage());
            }
        }
        return papers;
    }

    /** The files of a folder a paper is read from ({@code .txt}, {@code .pdf}), by name. */
    static List<Path> folderFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && isPaper(f.getFileName().toString())).sorted().toList();
        }
    }

    /** The name claims will cite: the file's own name, without any folder. */
    static String checkName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || !isPaper(name)) throw new Refusal("paper.error.format", name.isEmpty() ? "?" : name);
        if (name.length() > MAX_NAME || TypedText.firstForbidden(name) >= 0) throw new Refusal("paper.error.name", MAX_NAME);
        return name;
    }

    private static String plainText(String name, byte[] bytes) {
        try {
            return TypedText.clean(MapText.decode(name, bytes));
        } catch (MapFileException e) {
            throw new Refusal("paper.error.text", e.getMessage());
        }
    }

    /** Each page's text followed by a form feed; the text a control character could hide in is cleaned page by page. */
    private static String pdfText(String name, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(TypedText.clean(stripper.getText(document))).append('\f');
            }
            return text.toString();
        } catch (IOException e) {
            throw new Refusal("paper.error.pdf", name, e.getMessage());
        }
    }
}
