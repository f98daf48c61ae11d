package org.dialectica.map;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Small text helpers shared by the model. */
public final class Text {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Text() {}

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A name on one line (a title, a tag): its line breaks read as spaces, blank is none. */
    static String oneLine(String s) {
        return blankToNull(s == null ? null : LINE_BREAK.matcher(s).replaceAll(" "));
    }

    /** The items of a list, each made normal; those that become none are dropped. */
    static List<String> items(List<String> items, UnaryOperator<String> normal) {
        return items == null ? List.of() : items.stream().map(normal).filter(Objects::nonNull).toList();
    }

    /** A comparison key: case, accents and runs of spaces or dashes do not matter. */
    public static String key(String s) {
        if (s == null) return null;
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
    }

    /** A kebab-case id made from a title: "Russia weakened" becomes "russia-weakened". */
    public static String slug(String title) {
        String k = key(title);
        if (k == null) return null;
        String slug = k.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? null : slug;
    }
}
