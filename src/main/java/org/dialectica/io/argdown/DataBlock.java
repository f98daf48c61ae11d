package org.dialectica.io.argdown;

/**
 * The YAML of a {@code {…}} data element or of the front matter, with enough of its origin to turn
 * a position inside the YAML back into a file position.
 *
 * @param yaml the text handed to the YAML parser
 * @param opening where the author opened it ({@code {} or {@code ===})
 * @param origin file position of the YAML's first character
 * @param offset where the data stood in its line's content, to find text written after it
 */
record DataBlock(String yaml, Position opening, Position origin, int offset) {

    /** File position of a 0-based line and column inside {@link #yaml()}. */
    Position at(int yamlLine, int yamlColumn) {
        return yamlLine == 0
                ? new Position(origin.line(), origin.column() + yamlColumn)
                : new Position(origin.line() + yamlLine, yamlColumn + 1);
    }
}
