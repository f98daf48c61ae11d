package org.dialectica.io.argdown;

import java.util.Iterator;
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

    /**
     * Refuses {@code text} (normalized, LF line ends) if every line of it is a framework's; the error
     * is at its first framework line. Each check reads the lines one at a time and stops at the first
     * that cannot belong to a framework, so an Argdown file costs a line or two.
     */
    static void refuse(String file, String text) throws MapFileException {
        MapFormat format = null;
        int at = apx(text);
        if (at > 0) format = MapFormat.APX;
        if (format == null && (at = af(text)) > 0) format = MapFormat.ICCMA_AF;
        if (format == null && (at = tgf(text)) > 0) format = MapFormat.TGF;
        if (format == null) return;
        String what = switch (format) {
            case APX -> "in ASPARTIX format (facts arg(a). and att(a,b).)";
            case ICCMA_AF -> "in the ICCMA 2023 format (a header 'p af N', then attacks 'i j')";
            case TGF -> "in trivial graph format (arguments, a line '#', then attacks 'a b')";
            case ARGDOWN, AIF -> throw new IllegalStateException();
        };
        String line = text.lines().skip(at - 1).findFirst().orElse("");
        throw new MapFileException(file, at, line.length() - line.stripLeading().length() + 1,
                "this looks like an abstract argumentation framework " + what + ", not Argdown: rename the file to end in "
                        + format.extension() + " to read it as one");
    }

    /** The line number of the first fact if every line is a fact, a {@code %} comment or blank, and one is a fact; else 0. */
    private static int apx(String text) {
        int number = 0, first = 0;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            number++;
            if (line.isBlank() || APX_COMMENT.matcher(line).matches()) continue;
            if (!APX_LINE.matcher(line).matches()) return 0;
            if (first == 0) first = number;
        }
        return first;
    }

    /** The header's line number if a header {@code p af N} comes first, then only attacks, {@code #} comments and blank lines; else 0. */
    private static int af(String text) {
        int number = 0, header = 0;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            if (header == 0) {
                if (!AF_HEADER.matcher(line).matches()) return 0;
                header = number;
            } else if (!AF_LINE.matcher(line).matches()) {
                return 0;
            }
        }
        return header;
    }

    /**
     * The first node's line number if the lines are nodes, exactly one line '#', then at least one
     * attack; else 0. '#' alone is no Argdown heading, so such a file is no map.
     */
    private static int tgf(String text) {
        int number = 0, first = 0;
        boolean hash = false, attack = false;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String line = lines.next().strip();
            number++;
            if (line.isEmpty()) continue;
            if (line.equals("#")) {
                if (hash || first == 0) return 0;
                hash = true;
            } else if (!(hash ? TGF_EDGE : TGF_NODE).matcher(line).matches()) {
                return 0;
            } else if (hash) {
                attack = true;
            } else if (first == 0) {
                first = number;
            }
        }
        return attack ? first : 0;
    }
}
