package org.dialectica.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of a map file as text: UTF-8, or UTF-16 when a byte-order mark says so. Bytes that are
 * not valid in that encoding are refused at their line and column, never replaced by '\uFFFD'; so is
 * a NUL, which no text file holds; UTF-16 without a byte-order mark is recognised and named.
 */
public final class MapText {
    /** How much of the start of a file is looked at to recognise UTF-16 without a byte-order mark. */
    static final int SNIFFED = 4096;

    private MapText() {}

    public static String decode(String fileName, byte[] bytes) throws MapFileException {
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        if (charset == StandardCharsets.UTF_8 && looksLikeUtf16(bytes, bytes.length)) throw utf16WithoutByteOrderMark(fileName);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) (bytes.length - skip) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw invalid(fileName, charset, bytes, in.position(), out.flip());
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            MapFileException at = MapFileException.at(fileName, text, nul, "");
            throw nul(fileName, at.line(), at.column());
        }
        return text;
    }

    /**
     * True when the first {@code length} bytes (at most {@link #SNIFFED} of them are looked at) read as
     * UTF-16 without a byte-order mark: most bytes at odd positions NUL and few at even ones
     * (little-endian ASCII text), or the other way round. Text in UTF-8 has no NUL at all.
     */
    public static boolean looksLikeUtf16(byte[] bytes, int length) {
        int n = Math.min(length, SNIFFED) & ~1;
        if (n < 2) return false;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        return Math.max(evenNul, oddNul) * 10 >= pairs * 4 && Math.min(evenNul, oddNul) * 20 <= pairs;
    }

    /** The error for a file {@link #looksLikeUtf16} says is UTF-16 without a byte-order mark; the same for every reader. */
    public static MapFileException utf16WithoutByteOrderMark(String fileName) {
        return new MapFileException(fileName, 1, 1,
                "the file looks like UTF-16 without a byte-order mark; save it as UTF-8");
    }

    /** The error for a NUL character at {@code line}:{@code column}; the same for every reader. */
    public static MapFileException nul(String fileName, int line, int column) {
        return new MapFileException(fileName, line, column,
                "NUL byte (0x00) in the file: a map file is text and holds none (is it a binary file, or damaged?)");
    }

    /** The error at the first bad byte; the text decoded before it gives the line and column. */
    private static MapFileException invalid(String fileName, Charset charset, byte[] bytes, int at, CharBuffer before) {
        int line = 1, column = 1;
        for (int i = 0; i < before.limit(); i++) {
            char c = before.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
        return new MapFileException(fileName, line, column, String.format(Locale.ROOT,
                "byte 0x%02X (byte %,d of the file) is not valid %s: expected %s text%s", bytes[at] & 0xFF, at + 1, name, name,
                name.equals("UTF-8") ? " (or UTF-16 beginning with a byte-order mark); save the file as UTF-8" : ""));
    }
}
