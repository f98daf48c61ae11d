package org.dialectica.report;

import java.util.List;

/** One part of a report, written the same way by every format: the report says what, the format how. */
sealed interface Block {

    record Heading(int level, String text) implements Block {}

    record Paragraph(String text) implements Block {}

    /** Named values, one a line ("Status: IN"). */
    record Fields(List<Field> fields) implements Block {}

    record Field(String name, String value) {}

    /** A list whose items start with a lead in bold and may have lines of their own under them. */
    record Items(List<Item> items) implements Block {}

    record Item(String lead, String text, List<String> details) {}

    /** A table: the header, then rows of as many cells. */
    record Table(List<String> header, List<List<String>> rows) implements Block {}
}
