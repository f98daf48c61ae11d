package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.dialectica.io.MapFileException;

/**
 * First step of reading: splits a file into front matter and {@link SourceLine}s. It removes
 * {@code //}, {@code /* *}{@code /} and {@code <!-- -->} comments, resolves backslash escapes and
 * lifts out {@code {…}} data, because all three may cross line breaks and would otherwise confuse
 * the line-based parser.
 */
final class ArgdownLexer {
    private ArgdownLexer() {}

    record Lexed(DataBlock frontMatter, List<SourceLine> lines) {}

    /**
     * Longer lines are refused before anything else is done with them: no statement needs them,
     * and what a line holds is kept with a position per character.
     */
    static final int MAX_LINE = 100_000;

    /** Lexes a text already {@link #normalize normalized}. */
    static Lexed lex(String file, String text) throws MapFileException {
        String[] physical = text.split("\n", -1);
        for (int n = 0; n < physical.length; n++) {
            if (physical[n].length() > MAX_LINE) {
                throw new MapFileException(file, n + 1, MAX_LINE + 1, String.format(java.util.Locale.ROOT,
                        "line of %,d characters (expected at most %,d; is a closing bracket or a line break missing?)",
                        physical[n].length(), MAX_LINE));
            }
        }
        int first = 0;
        while (first < physical.length && physical[first].isBlank()) first++;
        DataBlock frontMatter = null;
        int bodyLine = 0;
        if (first < physical.length && isFrontMatterFence(physical[first])) {
            int close = first + 1;
            while (close < physical.length && !isFrontMatterFence(physical[close])) close++;
            Position opening = new Position(first + 1, physical[first].indexOf('=') + 1);
            if (close == physical.length) {
                throw new MapFileException(file, opening.line(), opening.column(),
                        "unterminated front matter: expected a closing '===' line");
            }
            String yaml = String.join("\n", java.util.Arrays.copyOfRange(physical, first + 1, close));
            frontMatter = new DataBlock(yaml, opening, new Position(first + 2, 1), 0);
            bodyLine = close + 1;
        }
        int offset = 0;
        for (int i = 0; i < bodyLine && i < physical.length; i++) offset += physical[i].length() + 1;
        List<SourceLine> lines = new Scan(file, text, Math.min(offset, text.length()), bodyLine + 1).lines();
        return new Lexed(frontMatter, lines);
    }

    /** Without a byte-order mark, with LF line ends: the text whose lines and columns every step counts. */
    static String normalize(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isFrontMatterFence(String line) {
        return line.strip().matches("={3,}");
    }

    /** One pass over the body; its fields live for a single call of {@link #lex}. */
    private static final class Scan {
        private final String file;
        private final String text;
        private int i;
        private int line;
        private int column = 1;
        private final List<SourceLine> lines = new ArrayList<>();
        private Span.Builder current = new Span.Builder();
        private List<DataBlock> data = new ArrayList<>();
        private boolean commentSeen;
        private int startLine;
        private final Next closeBracket = new Next(']');
        private final Next closeParen = new Next(')');
        private final Next lineEnd = new Next('\n');

        Scan(String file, String text, int offset, int line) {
            this.file = file;
            this.text = text;
            this.i = offset;
            this.line = line;
            this.startLine = line;
        }

        List<SourceLine> lines() throws MapFileException {
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n') {
                    finishLine();
                    advance(1);
                    startLine = line;
                } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                    current.appendEscaped(text.charAt(i + 1), line, column);
                    advance(2);
                } else if (text.startsWith("<!--", i)) {
                    skipComment("-->", "'-->'");
                } else if (text.startsWith("/*", i)) {
                    skipComment("*/", "'*/'");
                } else if (text.startsWith("//", i) && !(i > 0 && text.charAt(i - 1) == ':')) {
                    // "://" is a URL in running text, not a comment
                    int end = text.indexOf('\n', i);
                    advance((end < 0 ? n : end) - i);
                    commentSeen = true;
                } else if (c == '[' && linkEnd() > 0) {
                    int end = linkEnd();
                    while (i < end) {
                        current.append(text.charAt(i), line, column);
                        advance(1);
                    }
                } else if (c == '{') {
                    readData();
                } else {
                    current.append(c, line, column);
                    advance(1);
                }
            }
            finishLine();
            return lines;
        }

        private void finishLine() {
            Span content = current.build(new Position(line, column));
            if (current.isBlank() && data.isEmpty()) {
                if (!commentSeen) lines.add(new SourceLine(startLine, content, List.of(), true));
            } else {
                lines.add(new SourceLine(startLine, content, data, false));
            }
            current = new Span.Builder();
            data = new ArrayList<>();
            commentSeen = false;
        }

        private void advance(int count) {
            for (int k = 0; k < count; k++, i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }

        private void skipComment(String close, String expected) throws MapFileException {
            int end = text.indexOf(close, i + 2);
            if (end < 0) {
                throw new MapFileException(file, line, column,
                        "unterminated comment: expected " + expected + " to close the comment opened here");
            }
            // a comment separates what stands around it, like a space
            current.append(' ', line, column);
            advance(end + close.length() - i);
            commentSeen = true;
        }

        /** End of a markdown link {@code [text](url)} starting at i, or -1; links are kept verbatim. */
        private int linkEnd() {
            int close = closeBracket.from(i + 1);
            int newline = lineEnd.from(i);
            if (close < 0 || close == i + 1 || (newline >= 0 && newline < close)) return -1;
            if (close + 1 >= text.length() || text.charAt(close + 1) != '(') return -1;
            int end = closeParen.from(close + 2);
            if (end < 0 || end == close + 2 || (newline >= 0 && newline < end)) return -1;
            return end + 1;
        }

        /**
         * The next place of one character, remembered: the scan only moves forward, so a line of a
         * million unclosed '[' costs one search, not a million.
         */
        private final class Next {
            private final char wanted;
            private int searchedFrom = Integer.MAX_VALUE;
            private int found;

            Next(char wanted) {
                this.wanted = wanted;
            }

            int from(int position) {
                if (position < searchedFrom || (found >= 0 && position > found)) {
                    searchedFrom = position;
                    found = text.indexOf(wanted, position);
                }
                return found;
            }
        }

        private void readData() throws MapFileException {
            Position opening = new Position(line, column);
            int end = matchingBrace(i);
            if (end < 0) {
                throw new MapFileException(file, opening.line(), opening.column(),
                        "unterminated data: expected '}' to close the '{' opened here");
            }
            int afterBrace = i + 1;
            while (afterBrace < end && (text.charAt(afterBrace) == ' ' || text.charAt(afterBrace) == '\t')) afterBrace++;
            DataBlock block;
            if (afterBrace < end && text.charAt(afterBrace) == '\n') {
                // Argdown's block format: an opening brace ending its line holds indented YAML
                block = new DataBlock(text.substring(afterBrace + 1, end), opening,
                        new Position(opening.line() + 1, 1), current.length());
            } else {
                block = new DataBlock(text.substring(i, end + 1), opening, opening, current.length());
            }
            data.add(block);
            advance(end + 1 - i);
        }

        /** Index of the brace closing the one at {@code start}, skipping quoted YAML strings and comments. */
        private int matchingBrace(int start) {
            int depth = 0;
            char quote = 0;
            for (int j = start; j < text.length(); j++) {
                char ch = text.charAt(j);
                char before = j > start ? text.charAt(j - 1) : '{';
                if (quote == '"') {
                    if (ch == '\\') j++;
                    else if (ch == '"') quote = 0;
                } else if (quote == '\'') {
                    if (ch == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') j++;
                    else if (ch == '\'') quote = 0;
                } else if ((ch == '"' || ch == '\'') && "{[,: \t\n".indexOf(before) >= 0) {
                    quote = ch;
                } else if (ch == '#' && " \t\n".indexOf(before) >= 0) {
                    int eol = text.indexOf('\n', j);
                    if (eol < 0) return -1;
                    j = eol - 1;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}' && --depth == 0) {
                    return j;
                }
            }
            return -1;
        }
    }
}
