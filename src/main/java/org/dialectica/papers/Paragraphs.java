package org.dialectica.papers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a text's lines become numbered paragraphs. Text taken from a PDF is hard-wrapped, and the
 * seed files put a blank line after nearly every line, so blank lines say nothing; what does:
 * <ol>
 * <li>Lines are read with their spaces trimmed; blank lines are skipped.</li>
 * <li>A heading is a paragraph of its own: a line of at most 8 words, not ending in {@code . , ;},
 *     that is written in capitals ("BAB VI", "PENUTUP", "HASIL DAN PEMBAHASAN") or starts with a
 *     section number ("6.1. Kesimpulan").</li>
 * <li>Otherwise a paragraph ends after a line only when the next line starts a new block (a capital
 *     letter, a digit or an opening quote or bracket) and the line
 *     <ul><li>ends a sentence ({@code . ! ? :}, perhaps then a closing quote or bracket) and either is
 *     shorter than 80 % of the text's usual line (the last line of a paragraph rarely fills the
 *     measure) or the next line was indented, or</li>
 *     <li>is shorter than half the usual line and does not end in a hyphen or comma (a title, a
 *     caption, a footnote number, a one-line paragraph of a text that is not wrapped).</li></ul></li>
 * </ol>
 * A line that is a number alone (a footnote's mark, a page number) never starts a paragraph: it
 * stays with the line before. The usual line is the 75th percentile of the lines' lengths. A text whose lines are whole
 * paragraphs (not wrapped) thus gets one paragraph per line. The rule guesses; a quote never
 * depends on it, as quotes are looked up in the whole text.
 */
final class Paragraphs {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:][\"”’')\\]]*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+\\.)+\\d*\\s*\\p{Lu}.*|^\\d+\\.\\d+.*");
    /** a line that is a number alone: a footnote's mark or a page number, which ends what it follows */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\d{1,3}");
    private static final int HEADING_WORDS = 8;

    private Paragraphs() {}

    /** The paragraphs of a PDF's text, page by page (pages end with a form feed); a paragraph never crosses a page. */
    static List<Paragraph> ofPages(String text) {
        List<Paragraph> all = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        int count = text.endsWith("\f") ? pages.length - 1 : pages.length;
        for (int p = 0; p < count; p++) all.addAll(of(pages[p], p + 1, all.size() + 1));
        return List.copyOf(all);
    }

    /** @param page the page they stand on, null in a text; @param first the number of the first paragraph */
    static List<Paragraph> of(String text, Integer page, int first) {
        List<String> raw = Arrays.stream(text.split("\\R")).filter(l -> !Paper.normalise(l).isEmpty()).toList();
        List<String> lines = raw.stream().map(Paper::normalise).toList();
        int usual = usualLength(lines);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!current.isEmpty()) current.append(' ');
            current.append(line);
            boolean last = i == lines.size() - 1;
            if (last || endsParagraph(line, lines.get(i + 1), indented(raw.get(i + 1)), usual)) {
                out.add(new Paragraph(first + out.size(), page, isHeading(current.toString()), current.toString()));
                current.setLength(0);
            }
        }
        return out;
    }

    private static boolean endsParagraph(String line, String next, boolean nextIndented, int usual) {
        if (isHeading(line) || isHeading(next)) return true;
        if (!startsBlock(next) || FOOTNOTE_MARK.matcher(next).matches()) return false;
        if (SENTENCE_END.matcher(line).matches() && (nextIndented || line.length() < 0.8 * usual)) return true;
        return line.length() < 0.5 * usual && !line.endsWith("-") && !line.endsWith(",");
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.split(" ").length > HEADING_WORDS) return false;
        char end = line.charAt(line.length() - 1);
        if (end == '.' || end == ',' || end == ';') return false;
        if (SECTION_NUMBER.matcher(line).matches()) return true;
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letters |= Character.isLetter(c);
        }
        return letters && line.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static boolean startsBlock(String line) {
        int c = line.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
    }

    private static boolean indented(String rawLine) {
        return !rawLine.isEmpty() && Character.isWhitespace(rawLine.charAt(0));
    }

    private static int usualLength(List<String> lines) {
        if (lines.isEmpty()) return 0;
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.75))];
    }
}
