package org.dialectica.io.argdown;

import java.util.List;

/**
 * One line as the parser sees it: comments gone, escapes resolved, data elements lifted out. A data
 * element or comment that spans several physical lines keeps them in one source line, so that YAML
 * list items inside braces are never taken for relations.
 *
 * @param number the physical line it starts on
 * @param blank true for a line that holds nothing at all, which ends a block; a line that held
 *     only a comment is dropped instead, as Argdown does
 */
record SourceLine(int number, Span content, List<DataBlock> data, boolean blank) {
    SourceLine {
        data = List.copyOf(data);
    }

    boolean hasText() {
        return !content.isBlank();
    }
}
