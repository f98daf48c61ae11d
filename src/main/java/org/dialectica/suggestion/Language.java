package org.dialectica.suggestion;

import java.util.Locale;

/** The languages whose texts the suggester reads with their own analyser and cue words. */
enum Language {
    ENGLISH, INDONESIAN,
    /** any other: words compared as written, no cue words */
    OTHER;

    static Language of(String code) {
        if (code == null) return OTHER;
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english" -> ENGLISH;
            case "id", "in", "ind", "indonesian" -> INDONESIAN;
            default -> OTHER;
        };
    }
}
