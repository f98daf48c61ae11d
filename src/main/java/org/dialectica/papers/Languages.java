package org.dialectica.papers;

import java.util.Locale;
import java.util.Set;

/** A paper's language, English or Indonesian, guessed from its commonest small words when not given. */
final class Languages {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "to", "in", "that", "which", "with", "as", "was", "are");
    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "dengan", "ini", "dari", "untuk", "dalam", "itu", "pada",
            "tidak", "adalah");

    private Languages() {}

    /** Indonesian when its small Indonesian words outnumber the English ones. */
    static String guess(String text) {
        int english = 0, indonesian = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH.contains(word)) english++;
            else if (INDONESIAN.contains(word)) indonesian++;
        }
        return indonesian > english ? Paper.INDONESIAN : Paper.ENGLISH;
    }

    static String check(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals(Paper.ENGLISH) && !l.equals(Paper.INDONESIAN)) {
            throw new IllegalArgumentException("a paper's language is en or id, not '" + language + "'");
        }
        return l;
    }
}
