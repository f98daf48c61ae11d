package org.dialectica.io.argdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;

/**
 * Follows {@code @include(file, …)} as Argdown's command line does: the named files' text stands in
 * place of the directive, so that the files are one map (a title used in two files is one statement,
 * and untitled statements are numbered across the files, never merged). Included files are named
 * relative to the including file and must lie inside its folder; they nest at most
 * {@link #MAX_DEPTH} deep; a cycle is refused and a file included twice is read once. Every place
 * in the joined text is turned back into its file and line.
 */
final class Includes {
    static final int MAX_DEPTH = 10;
    static final String DIRECTIVE = "@include";

    /** A run of lines of the joined text, from line {@code from} (1-based) of {@code file}. */
    private record Run(int joinedStart, int length, String file, int from) {}

    private final Path folder;
    private final StringBuilder joined = new StringBuilder();
    private final List<Run> runs = new ArrayList<>();
    private final List<MapWarning> warnings = new ArrayList<>();
    private final Deque<Path> including = new ArrayDeque<>();
    private final Set<Path> read = new HashSet<>();
    private int joinedLines;

    private Includes(Path folder) {
        this.folder = folder;
    }

    /** The file read, its includes followed; {@code text} is its decoded content. */
    static ReadResult read(ArgdownReader reader, Path file, String name, String text) throws IOException, MapFileException {
        Path real = file.toRealPath();
        Includes includes = new Includes(real.getParent());
        includes.splice(real, name, text);
        String all = includes.joined.toString();
        try {
            ReadResult result = reader.read(name, all);
            List<MapWarning> warnings = new ArrayList<>(includes.warnings);
            for (MapWarning w : result.warnings()) warnings.add(includes.located(w));
            return new ReadResult(result.map(), warnings);
        } catch (MapFileException e) {
            throw includes.located(e);
        }
    }

    private void splice(Path file, String name, String raw) throws IOException, MapFileException {
        String text = ArgdownLexer.normalize(raw);
        List<Syntax.Include> directives = text.contains(DIRECTIVE) ? directives(name, text) : List.of();
        String[] lines = text.split("\n", -1);
        if (!including.isEmpty()) blankFrontMatter(name, lines);
        including.push(file);
        read.add(file);
        int copied = 0;
        for (Syntax.Include directive : directives) {
            int at = directive.at().line() - 1;
            copy(lines, copied, at, name);
            // the directive's own line becomes an empty line: the included text stands apart, as its own blocks
            copy(new String[] {""}, 0, 1, name, at + 1);
            for (String included : directive.files().split(",")) {
                String target = included.strip().replaceAll("^[\"']|[\"']$", "");
                if (target.isEmpty()) continue;
                include(file, name, directive.at(), target);
                copy(new String[] {""}, 0, 1, name, at + 1);
            }
            copied = at + 1;
        }
        copy(lines, copied, lines.length, name);
        including.pop();
    }

    private void include(Path file, String name, Position at, String target) throws IOException, MapFileException {
        String directive = DIRECTIVE + "(" + target + ")";
        Path folderOfFile = file.getParent();
        Path wanted = folderOfFile.resolve(target).normalize();
        if (Path.of(target).isAbsolute() || !wanted.startsWith(folderOfFile)) {
            throw error(name, at, directive + " names a file outside the folder of " + name
                    + ": expected a path relative to it, inside it");
        }
        if (!Files.isRegularFile(wanted)) {
            throw error(name, at, directive + ": no such file beside " + name);
        }
        Path real = wanted.toRealPath();
        if (!real.startsWith(folderOfFile)) {
            throw error(name, at, directive + " leads outside the folder of " + name + " (through a link)");
        }
        String shown = folder.relativize(real).toString().replace('\\', '/');
        if (including.contains(real)) {
            List<String> cycle = new ArrayList<>();
            including.descendingIterator().forEachRemaining(p -> cycle.add(folder.relativize(p).toString().replace('\\', '/')));
            throw error(name, at, directive + " includes a file that is including it: "
                    + String.join(" → ", cycle) + " → " + shown + " (expected no cycle)");
        }
        if (read.contains(real)) {
            warnings.add(new MapWarning(name, at.line(), at.column(), directive + ": " + shown + " is included already; read once"));
            return;
        }
        if (including.size() >= MAX_DEPTH) {
            throw error(name, at, directive + ": includes nested more than " + MAX_DEPTH + " deep (expected at most "
                    + MAX_DEPTH + ")");
        }
        splice(real, shown, MapText.decode(shown, Files.readAllBytes(real)));
    }

    /** The directives of one file, found by reading it alone (a directive in a comment is none). */
    private static List<Syntax.Include> directives(String name, String text) throws MapFileException {
        Cleaned cleaned = Cleaned.of(name, text);
        try {
            return ArgdownParser.parse(name, ArgdownLexer.lex(name, cleaned.text())).includes();
        } catch (MapFileException e) {
            throw cleaned.located(e);
        }
    }

    /** An included file's front matter would be text in the middle of the joined one: it is left out, with a warning. */
    private void blankFrontMatter(String name, String[] lines) {
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length || !lines[first].strip().matches("={3,}")) return;
        int close = first + 1;
        while (close < lines.length && !lines[close].strip().matches("={3,}")) close++;
        if (close == lines.length) return; // unterminated: the reader says so where it stands
        for (int i = first; i <= close; i++) lines[i] = "";
        warnings.add(new MapWarning(name, first + 1, 1, "the front matter of an included file is not used"
                + " (the including file's front matter holds for the map)"));
    }

    private void copy(String[] lines, int from, int to, String name) {
        copy(lines, from, to, name, from + 1);
    }

    private void copy(String[] lines, int from, int to, String name, int firstLine) {
        if (to <= from) return;
        runs.add(new Run(joinedLines + 1, to - from, name, firstLine));
        for (int i = from; i < to; i++) {
            if (joinedLines > 0) joined.append('\n');
            joined.append(lines[i]);
            joinedLines++;
        }
    }

    private Run run(int joinedLine) {
        int lo = 0, hi = runs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs.get(mid).joinedStart() <= joinedLine) lo = mid;
            else hi = mid - 1;
        }
        return runs.get(lo);
    }

    private static int line(Run run, int joinedLine) {
        return run.from() + joinedLine - run.joinedStart();
    }

    private MapWarning located(MapWarning w) {
        if (runs.isEmpty()) return w;
        Run run = run(w.line());
        return new MapWarning(run.file(), line(run, w.line()), w.column(), w.message());
    }

    private MapFileException located(MapFileException e) {
        if (runs.isEmpty()) return e;
        Run run = run(e.line());
        MapFileException placed = new MapFileException(run.file(), line(run, e.line()), e.column(), e.problem());
        placed.setStackTrace(e.getStackTrace());
        return placed;
    }

    private static MapFileException error(String name, Position at, String message) {
        return new MapFileException(name, at.line(), at.column(), message);
    }
}
