package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argdown hashtags, {@code #tag} and {@code #(multi word tag)}. Tags at the start or end of a
 * statement are lifted out of its text; a tag inside a sentence stays in it, so the sentence reads on.
 */
final class Tags {
    // Argdown's tag characters; escaped characters (private-use stand-ins) end a tag. A bracketed
    // tag holds no '#' and never backtracks, so a line of a million unclosed "#(" is read in one pass.
    private static final Pattern TAG = Pattern.compile(
            "(?<=^|\\s)#(?:\\(([^)#]++)\\)|([A-Za-z0-9_\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+))");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tags() {}

    record Tagged(String text, List<String> tags) {}

    /** Splits text (with escape stand-ins) into its readable text and its tags, in order. */
    static Tagged split(String raw) {
        List<int[]> ranges = new ArrayList<>();
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        Matcher m = TAG.matcher(raw);
        while (m.find()) {
            ranges.add(new int[] {m.start(), m.end()});
            String tag = m.group(1) != null ? m.group(1) : m.group(2);
            tags.add(Span.plain(tag).strip());
        }
        int lead = 0;
        while (lead < ranges.size() && raw.substring(lead == 0 ? 0 : ranges.get(lead - 1)[1], ranges.get(lead)[0]).isBlank()) {
            lead++;
        }
        int trail = ranges.size();
        while (trail > lead && raw.substring(ranges.get(trail - 1)[1], trail == ranges.size() ? raw.length() : ranges.get(trail)[0]).isBlank()) {
            trail--;
        }
        StringBuilder text = new StringBuilder();
        int from = lead == 0 ? 0 : ranges.get(lead - 1)[1];
        int to = trail == ranges.size() ? raw.length() : ranges.get(trail)[0];
        text.append(raw, from, Math.max(from, to));
        // whitespace is joined before escapes are resolved: an escaped space or tab stays as written
        return new Tagged(Span.plain(collapse(text.toString())), List.copyOf(tags));
    }

    static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
