package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.TypedText;

/**
 * Step zero of reading: the file without the invisible controls that typed text refuses
 * ({@link TypedText#forbidden}), with one located warning for each line that held any. The later
 * steps read the cleaned text; their positions are turned back into places in the file here, so
 * that a problem after a removed character is still reported where it stands.
 *
 * @param removed per line, the columns (in the file, ascending) of the characters removed from it
 */
record Cleaned(String text, List<MapWarning> warnings, Map<Integer, List<Integer>> removed) {

    /** {@code text} with LF line ends, as the lexer reads it; columns count UTF-16 characters, as the lexer does. */
    static Cleaned of(String file, String text) {
        if (TypedText.firstForbidden(text) < 0) return new Cleaned(text, List.of(), Map.of());
        StringBuilder kept = new StringBuilder(text.length());
        Map<Integer, List<Integer>> removed = new LinkedHashMap<>();
        Map<Integer, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        int line = 1, column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (TypedText.forbidden(cp)) {
                removed.computeIfAbsent(line, l -> new ArrayList<>()).add(column);
                counts.computeIfAbsent(line, l -> new LinkedHashMap<>()).merge(cp, 1, Integer::sum);
            } else {
                kept.appendCodePoint(cp);
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column += width;
            }
            i += width;
        }
        List<MapWarning> warnings = new ArrayList<>();
        removed.forEach((at, columns) -> warnings.add(new MapWarning(file, at, columns.get(0), message(counts.get(at)))));
        return new Cleaned(kept.toString(), List.copyOf(warnings), removed);
    }

    /** "removed the invisible control character U+0007 (bell)", or all of a line's, with how often each came. */
    private static String message(Map<Integer, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 1) return "removed the invisible control character " + TypedText.describe(counts.keySet().iterator().next());
        List<String> each = new ArrayList<>();
        counts.forEach((cp, n) -> each.add(TypedText.describe(cp) + (n > 1 ? String.format(Locale.ROOT, " ×%,d", n) : "")));
        return String.format(Locale.ROOT, "removed %,d invisible control characters: %s", total, String.join(", ", each));
    }

    /** The column in the file of a place the later steps found at {@code column} of the cleaned line. */
    int column(int line, int column) {
        List<Integer> gone = removed.get(line);
        if (gone == null) return column;
        int original = column;
        for (int at : gone) {
            if (at <= original) original++;
            else break;
        }
        return original;
    }

    /** The map read, its warnings placed in the file and this step's warnings among them, in file order. */
    ReadResult located(ReadResult read) {
        if (removed.isEmpty()) return read;
        List<MapWarning> all = new ArrayList<>(warnings);
        for (MapWarning w : read.warnings()) {
            all.add(new MapWarning(w.file(), w.line(), column(w.line(), w.column()), w.message()));
        }
        all.sort(Comparator.comparingInt(MapWarning::line).thenComparingInt(MapWarning::column));
        return new ReadResult(read.map(), all);
    }

    /** The error placed in the file. */
    MapFileException located(MapFileException e) {
        if (removed.isEmpty()) return e;
        MapFileException placed = new MapFileException(e.file(), e.line(), column(e.line(), e.column()), e.problem());
        placed.setStackTrace(e.getStackTrace());
        return placed;
    }
}
