package org.dialectica.papers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A paper claims quote: its text as given (for a PDF the pages' texts, each ended by a form feed)
 * and what is read from it, its paragraphs numbered through the whole paper. Quotes are looked up
 * in the text with every run of whitespace as one space ({@link #normalise}), so a quote is found
 * across the hard line breaks of the seed files and of PDF extraction.
 */
public final class Paper {
    /** How the text came: typed or plain text, or extracted from a PDF page by page. */
    public enum Kind { TEXT, PDF }

    public static final String ENGLISH = "en", INDONESIAN = "id";
    /** a heading that opens a numbered section ("6.1. Kesimpulan") */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s.*");

    private final String id;
    private final String title;
    private final String language;
    private final Kind kind;
    private final String text;
    private final List<Paragraph> paragraphs;
    /** the paragraphs' texts joined by one space: the whole text normalised */
    private final String normalised;
    /** where each paragraph starts in {@link #normalised} */
    private final int[] starts;

    /** @param language {@value #ENGLISH} or {@value #INDONESIAN}; null: guessed from the text */
    public Paper(String id, String title, String language, Kind kind, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        this.title = title == null || title.isBlank() ? id : title.strip();
        this.language = language == null ? Languages.guess(text) : Languages.check(language);
        this.paragraphs = kind == Kind.PDF ? Paragraphs.ofPages(text) : Paragraphs.of(text, null, 1);
        StringBuilder all = new StringBuilder();
        starts = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) all.append(' ');
            starts[i] = all.length();
            all.append(paragraphs.get(i).text());
        }
        normalised = all.toString();
    }

    /** The file name claims cite it by. */
    public String id() { return id; }
    public String title() { return title; }
    /** {@value #ENGLISH} or {@value #INDONESIAN}. */
    public String language() { return language; }
    public Kind kind() { return kind; }
    /** The text as given (a PDF's pages each end with a form feed). */
    public String text() { return text; }
    public List<Paragraph> paragraphs() { return paragraphs; }

    /** How many pages: those of a PDF, 0 for a text. */
    public int pages() {
        return kind == Kind.PDF ? (int) text.chars().filter(c -> c == '\f').count() : 0;
    }

    /** How a message names it: the number before the first underscore ("004"), else the name without its extension. */
    public String shortName() {
        int underscore = id.indexOf('_'), dot = id.lastIndexOf('.');
        if (underscore > 0) return id.substring(0, underscore);
        return dot > 0 ? id.substring(0, dot) : id;
    }

    /** The paper's words with every run of whitespace as one space, as quotes are compared with them. */
    public String normalisedText() {
        return normalised;
    }

    /** Whether the quote is the paper's own words, exactly, whitespace aside. */
    public boolean contains(String quote) {
        String q = normalise(quote);
        return !q.isEmpty() && normalised.contains(q);
    }

    /** Where the quote first stands, paragraph by paragraph; empty when it is not in the paper. */
    public Optional<Passage> find(String quote) {
        String q = normalise(quote);
        int at = q.isEmpty() ? -1 : normalised.indexOf(q);
        if (at < 0) return Optional.empty();
        int end = at + q.length();
        List<Passage.Span> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            int from = starts[i], to = from + paragraphs.get(i).text().length();
            if (to <= at || from >= end) continue;
            spans.add(new Passage.Span(paragraphs.get(i), Math.max(at, from) - from, Math.min(end, to) - from));
        }
        return Optional.of(new Passage(q, spans));
    }

    /**
     * The locator a claim quoting the passage gives, in the seed maps' style — the section from the
     * general to the particular, then the place: "BAB VI PENUTUP, 6.1. Kesimpulan, ¶ 6". The section
     * is the nearest run of headings before the passage; a numbered heading ("6.1. Kesimpulan") starts
     * a part of its own, others go on the part before ("BAB VI" "PENUTUP": "BAB VI PENUTUP"). Without
     * a heading before it, the place alone: "¶ 6", "p. 3, ¶ 12".
     */
    public String locator(Passage passage) {
        Deque<String> headings = new ArrayDeque<>();
        for (int n = passage.first().number() - 1; n >= 1; n--) {
            Paragraph p = paragraph(n).orElseThrow();
            if (p.heading()) headings.push(p.text());
            else if (!headings.isEmpty()) break;
        }
        List<String> parts = new ArrayList<>();
        for (String heading : headings) {
            if (parts.isEmpty() || SECTION_NUMBER.matcher(heading).matches()) parts.add(heading);
            else parts.set(parts.size() - 1, parts.getLast() + " " + heading);
        }
        parts.add(passage.locator());
        return String.join(", ", parts);
    }

    /** The paragraph numbered so (from 1). */
    public Optional<Paragraph> paragraph(int number) {
        return number < 1 || number > paragraphs.size() ? Optional.empty() : Optional.of(paragraphs.get(number - 1));
    }

    /** Every run of whitespace (also no-break spaces) as one space, trimmed; null is empty. */
    public static String normalise(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return id + " (" + paragraphs.size() + " paragraphs" + (kind == Kind.PDF ? ", " + pages() + " pages" : "") + ")";
    }
}
