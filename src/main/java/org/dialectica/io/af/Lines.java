package org.dialectica.io.af;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;

/**
 * A framework file read line by line as bytes: the current line is {@code bytes()[start(), end())},
 * without its line break. Memory stays one buffer, which grows only for a longer line.
 */
final class Lines {
    private static final int SHOWN = 60, HEAD = 4096;

    private final String file;
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int filled;
    private int next;
    private boolean eof;
    private int start;
    private int end;
    private int number;
    /** The file's first bytes, kept to tell UTF-16 without a byte-order mark from a stray NUL. */
    private byte[] head;

    Lines(String file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    String file() { return file; }
    byte[] bytes() { return buffer; }
    int start() { return start; }
    int end() { return end; }
    int number() { return number; }

    /** Moves to the next line; false at the end of the file. A NUL byte in it is an error (see {@link MapText}). */
    boolean next() throws IOException, MapFileException {
        int scanned = next;
        while (true) {
            int newline = indexOf((byte) '\n', scanned, filled);
            if (newline >= 0) {
                take(next, newline);
                next = newline + 1;
                return refuseNul();
            }
            if (eof) {
                if (next == filled) return false;
                take(next, filled);
                next = filled;
                return refuseNul();
            }
            int scannedOfRest = filled - next;
            fill();
            scanned = next + scannedOfRest;
        }
    }

    private void take(int from, int to) {
        boolean bom = number == 0 && to - from >= 3 && buffer[from] == (byte) 0xEF && buffer[from + 1] == (byte) 0xBB
                && buffer[from + 2] == (byte) 0xBF;
        start = bom ? from + 3 : from;
        end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        number++;
    }

    private boolean refuseNul() throws MapFileException {
        for (int i = start; i < end; i++) {
            if (buffer[i] == 0) {
                if (MapText.looksLikeUtf16(head, head.length)) throw MapText.utf16WithoutByteOrderMark(file);
                throw MapText.nul(file, number, column(i));
            }
        }
        return true;
    }

    /** Keeps the unread rest at the front of the buffer (doubling it when the rest fills it) and reads more. */
    private void fill() throws IOException {
        int rest = filled - next;
        if (rest == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
        System.arraycopy(buffer, next, buffer, 0, rest);
        next = 0;
        filled = rest;
        if (head == null) {
            // the first bytes whole, however the stream delivers them: they decide what a NUL means
            int wanted = Math.min(HEAD, buffer.length), read = in.readNBytes(buffer, 0, wanted);
            head = Arrays.copyOf(buffer, read);
            filled = read;
            eof = read < wanted;
            return;
        }
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) eof = true;
        else filled += read;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) if (buffer[i] == b) return i;
        return -1;
    }

    /** An error at byte {@code at} of the current line, its column counted in characters. */
    MapFileException error(int at, String message) {
        return new MapFileException(file, number, column(at), message);
    }

    int column(int at) {
        int column = 1;
        // UTF-8 continuation bytes (10xxxxxx) belong to the character before them
        for (int i = start; i < at; i++) if ((buffer[i] & 0xC0) != 0x80) column++;
        return column;
    }

    /** The current line for a message, cut short when long. */
    String shown() {
        String line = new String(buffer, start, Math.min(end - start, SHOWN * 4), StandardCharsets.UTF_8).strip();
        return line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
    }

    String text(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.UTF_8);
    }
}
