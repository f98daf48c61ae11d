package org.dialectica.io.argdown;

import java.util.Arrays;

/**
 * Text cut out of a map file that still knows where each of its characters stood, so that a
 * problem found late (a bad title, a relation without target) is reported where the author wrote it.
 * Escaped characters are held as stand-ins ({@link Builder#appendEscaped}) until {@link #plain(String)}.
 */
final class Span {
    /** Escaped ASCII characters live here, where no syntax rule looks for them. */
    private static final char ESCAPE_BASE = '\uE000';
    /**
     * Put before a private-use character of the file that falls among the stand-ins, so that it is
     * kept as itself: a C1 control, which {@link Cleaned} has removed from the text.
     */
    private static final char AS_IS = '\u0080';

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

    private static boolean isStandIn(char c) {
        return c >= ESCAPE_BASE && c < ESCAPE_BASE + 0x80;
    }

    /** The text with escaped characters turned back into themselves. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == AS_IS && i + 1 < text.length()) out.append(text.charAt(++i));
            else out.append(isStandIn(c) ? (char) (c - ESCAPE_BASE) : c);
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

        /** A character as the file has it. */
        void append(char c, int line, int column) {
            if (isStandIn(c)) add(AS_IS, line, column);
            add(c, line, column);
        }

        /** A character written after a backslash: ASCII syntax becomes text. */
        void appendEscaped(char c, int line, int column) {
            if (c < 0x80) add((char) (ESCAPE_BASE + c), line, column);
            else append(c, line, column);
        }

        private void add(char c, int line, int column) {
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
