package org.dialectica.workspace;

import java.util.List;
import java.util.Set;

/** A map's title and description, as a form opened or saved them; merged like a claim's fields. */
public record MapText(String title, String description) {
    static final List<String> FIELDS = List.of("title", "description");

    public MapText {
        title = title == null ? "" : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    String get(String field) {
        return field.equals("title") ? title : description;
    }

    static MapText merged(Merge.Result<String> result, MapText mine, MapText theirs) {
        return new MapText((String) result.value("title", mine::get, theirs::get),
                (String) result.value("description", mine::get, theirs::get));
    }

    /** Both changed the same of the two: nothing saved; their text, the merge so far and the fields to decide. */
    public static class ConflictException extends RuntimeException {
        private final MapText theirs;
        private final MapText merged;
        private final Set<String> conflicts;

        ConflictException(MapText theirs, MapText merged, Set<String> conflicts) {
            super("the map's " + String.join(" and ", conflicts) + " changed meanwhile");
            this.theirs = theirs;
            this.merged = merged;
            this.conflicts = Set.copyOf(conflicts);
        }

        public MapText theirs() { return theirs; }

        public MapText merged() { return merged; }

        /** "title", "description" or both. */
        public Set<String> conflicts() { return conflicts; }
    }
}
