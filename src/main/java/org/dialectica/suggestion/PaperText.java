package org.dialectica.suggestion;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's plain text cut into numbered paragraphs and their sentences, in one pass over the text.
 * Written for text extracted from PDFs: hard-wrapped lines, often with a blank line after every
 * line, footnote marks and page numbers on lines of their own, two-column pages.
 *
 * <p><b>Paragraphs</b> are numbered from 1 in the order of the text. A paragraph is a run of
 * non-blank lines; it ends after a line when
 * <ol>
 *   <li>two or more blank lines follow it; or one blank line follows it and the text is not
 *       <em>double-spaced</em> (a text is double-spaced when more than half of its non-blank lines
 *       are followed by exactly one blank line: there a single blank line is the extraction's line
 *       spacing, not a paragraph's end);</li>
 *   <li>blank lines do not mark paragraphs in the text (it is double-spaced, or no blank line stands
 *       between its lines), and the line ends a sentence ({@code . ! ? :}, possibly followed by
 *       closing quotes or brackets) and is shorter than 85 % of the longest of the lines around it
 *       (it and the two lines before and after): a line that stops short of the column's measure
 *       ends its paragraph;</li>
 *   <li>it is a heading, or the next line is one. A heading has at most five words, each starting
 *       with an upper-case letter or a digit or a joining word ({@code and}, {@code of}, {@code dan},
 *       {@code terhadap} …) but not the last, no comma and no {@code . ; ! ? : -} at its end; it
 *       follows the end of a paragraph or of a sentence (or starts the text), and the line after it
 *       starts with an upper-case letter or digit. A heading is a paragraph of its own;</li>
 *   <li>it is longer than {@value #UNWRAPPED} characters: a paragraph on one line, as no column of
 *       a page is that wide;</li>
 *   <li>it is the text's last line.</li>
 * </ol>
 * A line holding only a number of at most three digits (a footnote mark or a page number) belongs
 * to no paragraph and is not counted as a line for the rules above; it does end the sentence
 * before it, which keeps footnotes out of the sentences they interrupt.
 *
 * <p><b>Sentences</b> are found in each paragraph by the JDK's sentence {@link BreakIterator}, with
 * line breaks read as spaces, then corrected: no break after an abbreviation ({@code Dr.}, {@code
 * hlm.}, {@code dkk.}, {@code e.g.} …), an initial ({@code J.}) or a leading numbering ({@code 6.1.}),
 * and a break where a sentence's full stop is followed directly by a capitalised word ({@code
 * penelitian.Hasil}). A sentence's text is its span of the paper with every run of whitespace made
 * one space, so it is a substring of the paper after the same normalisation, as a claim's quote is.
 */
final class PaperText {
    /**
     * Lower-case words (without their full stop) after which a full stop ends no sentence. Words that
     * often end a sentence ({@code etc.}, {@code dll.}) are left out: two sentences read as one hide
     * a claim, one cut in two only shortens it.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vol", "vols", "pp", "p", "ed", "eds", "al", "vs",
            "cf", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jr", "sr", "approx", "ca",
            "hlm", "hal", "dkk", "tsb", "yth", "sdr", "bpk", "kab", "kec", "jl", "tgl",
            "drs", "ir", "h", "hj", "m.si", "s.ip", "s.h", "ph.d", "m.a", "ibid", "op", "cit", "loc");
    /** Words a heading does not end with; a short line ending with one is the first line of a wrapped sentence. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "on", "by",
            "dan", "atau", "yang", "di", "ke", "dari", "dengan", "untuk", "kepada", "terhadap", "antara", "pada", "dalam", "oleh",
            "bahwa", "serta", "sebagai");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");
    private static final Pattern NUMBERING = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*");
    /** A full stop, question or exclamation mark glued to the capitalised word that starts the next sentence. */
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{2}[.!?](?=\\p{Lu}\\p{Ll})");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\d{1,3}");
    /** Lines longer than this are paragraphs that were never wrapped. */
    static final int UNWRAPPED = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One sentence: its number (from 1), its text, its paragraph, its span {@code [start, end)} in the paper and its section. */
    record Sentence(int number, String text, int paragraph, int start, int end, Section section) {}

    /**
     * The kind of section a sentence stands in, as the last heading that names one says (a heading
     * naming none, such as a subsection's, leaves the section as it was). A heading here is any
     * paragraph of at most five words in title case, so "Abstract :" counts too.
     */
    enum Section {
        /** before any heading that names a kind */
        UNNAMED(),
        ABSTRACT("abstract", "abstrak", "ringkasan", "summary"),
        INTRODUCTION("introduction", "pendahuluan", "latar", "background"),
        /** the paper's theory, literature and method: not yet its case */
        FRAMEWORK("theory", "theories", "theoretical", "teori", "kerangka", "literature", "pustaka", "method", "methods",
                "methodology", "metode", "metodologi", "concept", "conceptual", "konsep", "konseptual"),
        RESULTS("results", "findings", "discussion", "hasil", "pembahasan", "temuan"),
        CONCLUSION("conclusion", "conclusions", "concluding", "kesimpulan", "simpulan", "penutup", "closing");

        private final Set<String> words;

        Section(String... words) {
            this.words = Set.of(words);
        }

        /** The kind a short paragraph names, or null when it names none. */
        static Section named(String heading) {
            for (String word : ClaimCues.words(heading)) {
                for (Section section : values()) if (section.words.contains(word)) return section;
            }
            return null;
        }
    }

    /** A non-blank line: its span without surrounding whitespace and the blank lines before it. */
    private record Line(int start, int end, int blanksBefore, boolean mark) {
        int length() {
            return end - start;
        }
    }

    private PaperText() {}

    static List<Sentence> sentences(String text) {
        List<Line> all = lines(text);
        boolean doubleSpaced = doubleSpaced(all);
        boolean blankLinesMarkParagraphs = !doubleSpaced && all.stream().skip(1).anyMatch(l -> l.blanksBefore() > 0);
        List<Sentence> out = new ArrayList<>();
        List<Line> content = all.stream().filter(l -> !l.mark()).toList();
        int paragraph = 1;
        boolean ended = true; // the start of the text counts as the end of a paragraph, for headings
        Section section = Section.UNNAMED;
        int paragraphStart = -1, segmentStart = -1, segmentEnd = -1, next = 0; // next: index in all of the line after the current content line
        for (int i = 0; i < content.size(); i++) {
            Line line = content.get(i);
            while (all.get(next) != line) next++;
            next++;
            boolean markAfter = next < all.size() && all.get(next).mark();
            int blanksAfter = 0; // the widest gap up to the next content line: a footnote mark in between does not close it
            for (int j = next; j < all.size(); j++) {
                blanksAfter = Math.max(blanksAfter, all.get(j).blanksBefore());
                if (!all.get(j).mark()) break;
            }
            if (segmentStart < 0) segmentStart = line.start();
            if (paragraphStart < 0) paragraphStart = line.start();
            segmentEnd = line.end();
            boolean end = i == content.size() - 1
                    || blanksAfter >= 2 || (blanksAfter == 1 && !doubleSpaced)
                    || (!blankLinesMarkParagraphs && endsSentence(text, line) && line.length() < 0.85 * measure(content, i))
                    || heading(text, line, ended, i + 1 < content.size() ? content.get(i + 1) : null)
                    || line.length() > UNWRAPPED;
            end |= i + 1 < content.size()
                    && heading(text, content.get(i + 1), end || endsSentence(text, line), i + 2 < content.size() ? content.get(i + 2) : null);
            if (end) {
                String whole = text.substring(paragraphStart, line.end());
                Section named = titled(whole) ? Section.named(whole) : null;
                if (named != null) section = named;
                paragraphStart = -1;
            }
            if (end || markAfter) {
                split(text, segmentStart, segmentEnd, paragraph, section, out);
                segmentStart = -1;
            }
            if (end) paragraph++;
            ended = end;
        }
        return out;
    }

    /** The sentences of one stretch of a paragraph with no footnote mark inside it. */
    private static void split(String text, int start, int end, int paragraph, Section section, List<Sentence> out) {
        char[] flat = text.substring(start, end).toCharArray();
        for (int i = 0; i < flat.length; i++) if (Character.isWhitespace(flat[i])) flat[i] = ' ';
        String segment = new String(flat);
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(segment);
        List<Integer> cuts = new ArrayList<>();
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) cuts.add(b);
        Matcher glued = GLUED.matcher(segment);
        while (glued.find()) cuts.add(glued.end());
        cuts.sort(null);
        int from = 0;
        for (int cut : cuts) {
            if (cut <= from) continue;
            if (cut < segment.length() && !endsHere(segment, from, cut)) continue;
            add(text, segment, start, from, cut, paragraph, section, out);
            from = cut;
        }
        if (from < segment.length()) add(text, segment, start, from, segment.length(), paragraph, section, out);
    }

    /** False when the text before {@code cut} ends in an abbreviation, an initial or a leading numbering. */
    private static boolean endsHere(String segment, int from, int cut) {
        String before = segment.substring(from, cut).stripTrailing();
        if (!before.endsWith(".")) return true;
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1, before.length() - 1);
        String bare = word.replaceFirst("^[(\\[\"“‘']+", "");
        if (ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))) return false;
        if (INITIALS.matcher(bare).matches() && bare.length() <= 3) return false; // "J.", "H.Y", "e.g"
        return !(space < 0 && NUMBERING.matcher(bare).matches()); // "6.1." opening a heading
    }

    private static void add(String text, String segment, int offset, int from, int to, int paragraph, Section section,
            List<Sentence> out) {
        while (from < to && segment.charAt(from) == ' ') from++;
        while (to > from && segment.charAt(to - 1) == ' ') to--;
        if (from == to || segment.substring(from, to).codePoints().noneMatch(Character::isLetter)) return;
        String squashed = SPACES.matcher(text.substring(offset + from, offset + to)).replaceAll(" ");
        out.add(new Sentence(out.size() + 1, squashed, paragraph, offset + from, offset + to, section));
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int blanks = 0, i = 0, n = text.length();
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
            int s = i, e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s == e) {
                blanks++;
            } else {
                lines.add(new Line(s, e, blanks, FOOTNOTE_MARK.matcher(text.substring(s, e)).matches()));
                blanks = 0;
            }
            i = lineEnd;
            if (i < n && text.charAt(i) == '\r') i++;
            if (i < n && text.charAt(i) == '\n') i++;
        }
        return lines;
    }

    private static boolean doubleSpaced(List<Line> lines) {
        int single = 0;
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).blanksBefore() == 1) single++;
        return single * 2 > lines.size();
    }

    /** The longest of the line and the two content lines before and after it: the column's measure there. */
    private static int measure(List<Line> content, int i) {
        int longest = 0;
        for (int j = Math.max(0, i - 2); j <= Math.min(content.size() - 1, i + 2); j++) longest = Math.max(longest, content.get(j).length());
        return longest;
    }

    private static boolean endsSentence(String text, Line line) {
        int e = line.end();
        while (e > line.start() && "\"'”’)]".indexOf(text.charAt(e - 1)) >= 0) e--;
        return e > line.start() && ".!?:".indexOf(text.charAt(e - 1)) >= 0;
    }

    private static boolean heading(String text, Line line, boolean afterEnd, Line next) {
        if (!afterEnd || next == null) return false;
        String words = text.substring(line.start(), line.end());
        if (words.indexOf(',') >= 0 || ".;!?:-".indexOf(words.charAt(words.length() - 1)) >= 0) return false;
        return titled(words) && upperOrDigit(text.codePointAt(next.start()));
    }

    /**
     * At most five words, each starting with an upper-case letter or a digit, or a joining word that
     * is not the last ("Hasil dan Pembahasan", "6.1. Kesimpulan", "Abstract :").
     */
    private static boolean titled(String line) {
        String[] words = SPACES.split(line.strip());
        if (words.length > 5 || JOINING_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
        for (String word : words) {
            int first = word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
            if (first >= 0 && !upperOrDigit(first) && !JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT))) return false;
        }
        return upperOrDigit(line.strip().codePointAt(0));
    }

    private static boolean upperOrDigit(int c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }
}
