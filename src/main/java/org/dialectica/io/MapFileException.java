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

    public MapFileException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    /** The message without its location. */
    public String problem() { return problem; }
}
