package org.dialectica.map;

import java.util.Locale;

/**
 * What a person may type into any text of the application: every character but the invisible
 * controls that only ever arrive by accident or by attack. Refused: C0 controls other than tab,
 * line feed and carriage return (NUL, BEL, ESC …), DEL, C1 controls, the bidirectional embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069 (they reorder what a reader sees, the
 * "Trojan source" trick), unpaired surrogates and the non-characters U+FFFE and U+FFFF. The
 * left-to-right and right-to-left marks (U+200E, U+200F) stay: Arabic and Hebrew text needs them.
 * Typed input is refused with {@link ForbiddenCharacterException}; files are cleaned with a warning.
 */
public final class TypedText {
    private TypedText() {}

    /** Whether a code point is one of the refused controls. */
    public static boolean forbidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return false;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return true;
        if (cp == 0xFFFE || cp == 0xFFFF) return true;
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE; // unpaired: a pair is one code point
    }

    /** The index (in chars) of the first refused character, or -1. */
    public static int firstForbidden(String text) {
        if (text == null) return -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (forbidden(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The text without its refused characters (the same instance when it has none). */
    public static String clean(String text) {
        if (firstForbidden(text) < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !forbidden(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Refuses a typed value holding a refused character.
     *
     * @param field what the value is, as the person knows it ("title", "comment")
     * @throws ForbiddenCharacterException naming the field, the character and where it is
     */
    public static void check(String field, String value) {
        int at = firstForbidden(value);
        if (at >= 0) throw new ForbiddenCharacterException(field, value.codePointAt(at), value.codePointCount(0, at) + 1);
    }

    /** A character as a person can look it up: "U+0007 (bel)", "U+202E (right-to-left override)". */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    /** Typed text holding a refused character; nothing was saved. */
    public static final class ForbiddenCharacterException extends IllegalArgumentException {
        private final String field;
        private final int codePoint;
        private final int position;

        ForbiddenCharacterException(String field, int codePoint, int position) {
            super(String.format(Locale.ROOT, "The %s contains the invisible control character %s at character %d; remove it and try again.",
                    field, describe(codePoint), position));
            this.field = field;
            this.codePoint = codePoint;
            this.position = position;
        }

        public String field() {
            return field;
        }

        public int codePoint() {
            return codePoint;
        }

        /** Where the character is: 1 for the first character. */
        public int position() {
            return position;
        }
    }
}
