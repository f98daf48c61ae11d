package org.dialectica.cli;

import java.util.Collection;
import java.util.Map;

/** A minimal JSON writer: the report's shape is fixed and small, so no mapper is needed. */
final class Json {
    private final StringBuilder out = new StringBuilder();

    static String write(Object value) {
        Json json = new Json();
        json.value(value);
        return json.out.toString();
    }

    private void value(Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s);
            case Boolean b -> out.append(b);
            case Number n -> out.append(n);
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

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = escape(c);
            if (escaped == null) out.append(c);
            else out.append(escaped);
        }
        out.append('"');
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
