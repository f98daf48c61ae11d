package org.dialectica.workspace;

import java.util.Arrays;
import java.util.List;

/** Short ordered lists (actors, tags, premises) kept in one column, split by a character no one types. */
final class StoredList {
    private static final String SEPARATOR = "\u001f";

    private StoredList() {}

    static String join(List<String> items) {
        return String.join(SEPARATOR, items);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
