package org.dialectica.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.io.af.AfReader;
import org.dialectica.io.aif.AifReader;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * The one way a map file is read, by the command line ({@code analyze FILE}) and by the upload
 * alike, so that both say the same of the same file: the format by its extension, the bytes checked
 * and decoded ({@link MapText}), then the format's reader. A file on disk has a folder, so its
 * Argdown {@code @include}s are followed; an upload is its bytes alone.
 */
public final class MapFileReader {
    private MapFileReader() {}

    /** A file on disk; an abstract framework is read as a stream, as large ones must be. */
    public static ReadResult read(Path file) throws IOException, MapFileException {
        return read(file, 0);
    }

    /**
     * A file on disk read after others, to be merged with them by claim id: its untitled Argdown
     * statements are numbered after {@code untitledBefore} ({@link #untitledIn}), so that an
     * untitled statement of one file never becomes the same claim as one of another.
     */
    public static ReadResult read(Path file, int untitledBefore) throws IOException, MapFileException {
        return switch (format(file.getFileName().toString())) {
            case ARGDOWN -> new ArgdownReader(untitledBefore).read(file);
            case AIF -> new AifReader().read(file);
            case APX, TGF, ICCMA_AF -> new AfReader().read(file);
        };
    }

    /** The highest N of the claims titled "Untitled N" (the titles Argdown's reader gives untitled statements), or 0. */
    public static int untitledIn(ArgumentMap map) {
        int highest = 0;
        for (Claim claim : map.claims()) {
            Matcher m = UNTITLED.matcher(String.valueOf(claim.title()));
            if (m.matches() && m.group(1).length() < 10) highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    private static final Pattern UNTITLED = Pattern.compile("Untitled ([0-9]+)");

    /** A file given as its bytes (an upload); a framework of more than {@code maxFrameworkArguments} is refused unread. */
    public static ReadResult read(String fileName, byte[] bytes, int maxFrameworkArguments) throws MapFileException {
        MapFormat format = format(fileName);
        String text = MapText.decode(fileName, bytes);
        if (format == MapFormat.ARGDOWN) return new ArgdownReader().read(fileName, text);
        if (format == MapFormat.AIF) return new AifReader().read(fileName, text);
        try {
            return new AfReader(maxFrameworkArguments).read(fileName,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** The format the file's name says; any other name is refused, never guessed. */
    public static MapFormat format(String fileName) throws MapFileException {
        return MapFormat.of(fileName).orElseThrow(() -> new MapFileException(fileName, 1, 1,
                "unknown format: expected a file ending in " + MapFormat.KNOWN));
    }
}
