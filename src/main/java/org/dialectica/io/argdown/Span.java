package org.dialectica.io.argdown;

import java.util.Arrays;

/**
 * Text cut out of a map file that still knows where each of its characters stood, so that a
 * problem found late (a bad title, a relation without target) is reported where the author wrote it.
 * Escaped characters are held as {@link #literal(char)} stand-ins until {@link #plain(String)}.
 */
final class Span {
    /** Escaped ASCII characters live here, where no syntax rule looks for them. */
    private static final char ESCAPE_BASE = '\uE000';

    private final String text;
    private final int[] lines;
    private final int[] columns;
    private final Position end;

    Span(String text, int[] lines, int[] columns, Position end) {
        this.text = text;
        this.lines = lines;
        this.columns = columns;
        this.end = end;
    }

    String text() { return text; }
    int length() { return text.length(); }
    char charAt(int i) { return text.charAt(i); }
    boolean isBlank() { return text.isBlank(); }

    /** Where character {@code i} stood; the end of the span for {@code i == length()}. */
    Position at(int i) {
        return i < text.length() ? new Position(lines[i], columns[i]) : end;
    }

    Span sub(int from) {
        return sub(from, text.length());
    }

    Span sub(int from, int to) {
        Position subEnd = to < text.length() ? at(to) : end;
        return new Span(text.substring(from, to), Arrays.copyOfRange(lines, from, to),
                Arrays.copyOfRange(columns, from, to), subEnd);
    }

    int firstNonBlank() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    Span stripLeading() {
        return sub(firstNonBlank());
    }

    /** Where the first visible character is, or the end for a blank span. */
    Position start() {
        return at(firstNonBlank());
    }

    static char literal(char escaped) {
        return escaped < 0x80 ? (char) (ESCAPE_BASE + escaped) : escaped;
    }

    /** The text with escaped characters turned back into themselves. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 0x80 ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return plain(text);
    }

    /** Collects characters with their positions, for the lexer. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[64];
        private int[] columns = new int[64];

        void append(char c, int line, int column) {
            if (text.length() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            lines[text.length()] = line;
            columns[text.length()] = column;
            text.append(c);
        }

        int length() { return text.length(); }
        boolean isBlank() { return text.toString().isBlank(); }

        Span build(Position end) {
            int n = text.length();
            return new Span(text.toString(), Arrays.copyOf(lines, n), Arrays.copyOf(columns, n), end);
        }
    }
}
