package org.dialectica.io.argdown;

/** A place in a map file; line and column count from 1, a tab is one column. */
record Position(int line, int column) {
    static final Position START = new Position(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
