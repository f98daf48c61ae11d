package org.dialectica.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a large report straight to the output in UTF-8 through one buffer, so that a framework
 * of a million arguments is never held as text in memory. JSON strings are escaped as {@link Json} does.
 */
final class ByteOut {
    private final PrintStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    ByteOut(PrintStream out) {
        this.out = out;
    }

    ByteOut text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return bytes(bytes, 0, bytes.length);
    }

    ByteOut jsonString(String s) {
        StringBuilder escaped = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            String e = Json.escape(s.charAt(i));
            if (e == null) escaped.append(s.charAt(i));
            else escaped.append(e);
        }
        return text(escaped.append('"').toString());
    }

    /** A JSON string from UTF-8 bytes; ASCII without quotes, backslashes or controls goes through as is. */
    ByteOut jsonString(byte[] utf8, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            if (b < 0x20 || b == '"' || b == '\\') { // negative: a byte of a multi-byte character
                return jsonString(new String(utf8, from, to - from, StandardCharsets.UTF_8));
            }
        }
        ascii('"');
        bytes(utf8, from, to);
        return ascii('"');
    }

    ByteOut ascii(char c) {
        if (size == buffer.length) flush();
        buffer[size++] = (byte) c;
        return this;
    }

    ByteOut bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    ByteOut bytes(byte[] bytes, int from, int to) {
        int length = to - from;
        if (size + length > buffer.length) {
            flush();
            if (length > buffer.length) {
                write(bytes, from, length);
                return this;
            }
        }
        System.arraycopy(bytes, from, buffer, size, length);
        size += length;
        return this;
    }

    void flush() {
        write(buffer, 0, size);
        size = 0;
    }

    private void write(byte[] bytes, int from, int length) {
        out.write(bytes, from, length);
    }
}
