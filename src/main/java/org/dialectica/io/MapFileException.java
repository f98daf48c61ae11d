package org.dialectica.io;

/**
 * A map file that cannot be read, with the place it goes wrong: {@code file:line:column: message}.
 * Lines and columns count from 1.
 */
public final class MapFileException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /** The longest problem kept: whatever a reader quotes, a message stays readable and small. */
    public static final int MAX_PROBLEM = 400;

    public MapFileException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + shortened(problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = shortened(problem);
    }

    /** An error at character {@code index} of {@code text}, its line and column counted from 1. */
    public static MapFileException at(String file, String text, int index, String problem) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MapFileException(file, line, Math.max(1, index - lineStart + 1), problem);
    }

    private static String shortened(String problem) {
        String p = String.valueOf(problem);
        return p.length() <= MAX_PROBLEM ? p : p.substring(0, MAX_PROBLEM - 1) + "…";
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    /** The message without its location. */
    public String problem() { return problem; }
}
