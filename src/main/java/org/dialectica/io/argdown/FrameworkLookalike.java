package org.dialectica.io.argdown;

import java.util.regex.Pattern;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;

/**
 * Recognises an abstract framework in one of the ICCMA formats given a {@code .argdown} name, which
 * Argdown would read as one long untitled statement. Such a file is refused, not read as the format
 * it looks like: the extension is the user's word for what the file is (formats are known by
 * extension, never guessed), and a framework read silently as a map of claims would hide a mistake
 * made when saving or naming it; the message names the format and the extension to give it.
 */
final class FrameworkLookalike {
    private static final Pattern APX_LINE = Pattern.compile("(?:\\s*(?:arg|att)\\s*\\([^()\\[\\]<>]*\\)\\s*\\.)+\\s*(?:%.*)?");
    private static final Pattern APX_COMMENT = Pattern.compile("\\s*%.*");
    private static final Pattern AF_HEADER = Pattern.compile("\\s*p\\s+af\\s+\\d+\\s*");
    private static final Pattern AF_LINE = Pattern.compile("\\s*(?:\\d+\\s+\\d+\\s*|#.*)");
    private static final Pattern TGF_NODE = Pattern.compile("\\s*[^\\s\\[\\]<>:{}#*+\\-][^\\s\\[\\]<>:{}]*(?:\\s+[^\\[\\]<>{}]*)?");
    private static final Pattern TGF_EDGE = Pattern.compile("\\s*[^\\s\\[\\]<>:{}]+\\s+[^\\s\\[\\]<>:{}]+\\s*");

    private FrameworkLookalike() {}

    /** Refuses {@code text} (normalized, LF line ends) if every line of it is a framework's; the error is at its first line. */
    static void refuse(String file, String text) throws MapFileException {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length) return;
        int header = first;
        while (header < lines.length && (lines[header].isBlank() || lines[header].strip().startsWith("#"))) header++;
        int fact = firstFact(lines, first);
        MapFormat format = fact >= 0 && apx(lines, fact) ? MapFormat.APX
                : header < lines.length && af(lines, header) ? MapFormat.ICCMA_AF : tgf(lines, first) ? MapFormat.TGF : null;
        if (format == null) return;
        if (format == MapFormat.APX) first = fact;
        if (format == MapFormat.ICCMA_AF) first = header;
        String what = switch (format) {
            case APX -> "in ASPARTIX format (facts arg(a). and att(a,b).)";
            case ICCMA_AF -> "in the ICCMA 2023 format (a header 'p af N', then attacks 'i j')";
            case TGF -> "in trivial graph format (arguments, a line '#', then attacks 'a b')";
            case ARGDOWN -> throw new IllegalStateException();
        };
        throw new MapFileException(file, first + 1, lines[first].length() - lines[first].stripLeading().length() + 1,
                "this looks like an abstract argumentation framework " + what + ", not Argdown: rename the file to end in "
                        + format.extension() + " to read it as one");
    }

    /** The first line that is neither blank nor a {@code %} comment, or -1. */
    private static int firstFact(String[] lines, int first) {
        for (int i = first; i < lines.length; i++) {
            if (!lines[i].isBlank() && !APX_COMMENT.matcher(lines[i]).matches()) return i;
        }
        return -1;
    }

    private static boolean apx(String[] lines, int first) {
        if (!APX_LINE.matcher(lines[first]).matches()) return false;
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank() && !APX_LINE.matcher(line).matches() && !APX_COMMENT.matcher(line).matches()) return false;
        }
        return true;
    }

    private static boolean af(String[] lines, int first) {
        if (!AF_HEADER.matcher(lines[first]).matches()) return false;
        for (int i = first + 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && !AF_LINE.matcher(lines[i]).matches()) return false;
        }
        return true;
    }

    /** Nodes, exactly one line '#', then at least one attack: '#' alone is no Argdown heading, so this is no map. */
    private static boolean tgf(String[] lines, int first) {
        int hash = -1;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.equals("#")) {
                if (hash >= 0) return false;
                hash = i;
            } else if (!(hash < 0 ? TGF_NODE : TGF_EDGE).matcher(line).matches()) {
                return false;
            }
        }
        if (hash <= first) return false;
        for (int i = hash + 1; i < lines.length; i++) if (!lines[i].isBlank()) return true;
        return false;
    }
}
