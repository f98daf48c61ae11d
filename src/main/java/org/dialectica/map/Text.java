package org.dialectica.map;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the model. */
public final class Text {
    private Text() {}

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
