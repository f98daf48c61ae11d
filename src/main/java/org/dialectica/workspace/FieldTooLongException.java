package org.dialectica.workspace;

import java.util.Locale;

/** A value longer than its column: refused by field and size before the database sees it. */
class FieldTooLongException extends IllegalArgumentException {
    private final transient String value;

    FieldTooLongException(String owner, String field, String value, int max) {
        super(String.format(Locale.ROOT, "%s: its %s is %,d characters long; at most %,d can be stored", owner, field,
                value.length(), max));
        this.value = value;
    }

    /** The value refused, to find where a file wrote it. */
    String value() {
        return value;
    }

    static void check(String owner, String field, String value, int max) {
        if (value != null && value.length() > max) throw new FieldTooLongException(owner, field, value, max);
    }

    /** Text named in a message, cut short. */
    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
