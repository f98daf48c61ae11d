package org.dialectica.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer: the report's shape is fixed and small, so no mapper is needed. It writes
 * to any {@link Appendable}, so a report of a hundred thousand claims goes out piece by piece
 * instead of being held as one text.
 */
final class Json {
    private final Appendable out;

    private Json(Appendable out) {
        this.out = out;
    }

    static String write(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    /** Writes one value to {@code out}; an I/O error is thrown unchecked. */
    static void write(Object value, Appendable out) {
        try {
            new Json(out).value(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(Object value) throws IOException {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s);
            case Boolean b -> out.append(b.toString());
            case Number n -> out.append(n.toString());
            case Enum<?> e -> string(e.name());
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) out.append(',');
                    first = false;
                    string(String.valueOf(entry.getKey()));
                    out.append(':');
                    value(entry.getValue());
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) out.append(',');
                    first = false;
                    value(item);
                }
                out.append(']');
            }
            default -> string(value.toString());
        }
    }

    private void string(String s) throws IOException {
        out.append('"');
        int plain = 0; // runs of characters that stand for themselves go out in one append
        for (int i = 0; i < s.length(); i++) {
            String escaped = escape(s.charAt(i));
            if (escaped == null) continue;
            out.append(s, plain, i).append(escaped);
            plain = i + 1;
        }
        out.append(s, plain, s.length()).append('"');
    }

    /** How a character is written inside a JSON string, or null when it stands for itself. */
    static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
