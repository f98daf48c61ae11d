package org.dialectica.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dialectica.io.af.AfReader;
import org.dialectica.io.argdown.ArgdownReader;

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
        String name = file.getFileName().toString();
        return format(name).isAbstractFramework() ? new AfReader().read(file) : new ArgdownReader().read(file);
    }

    /** A file given as its bytes (an upload); a framework of more than {@code maxFrameworkArguments} is refused unread. */
    public static ReadResult read(String fileName, byte[] bytes, int maxFrameworkArguments) throws MapFileException {
        MapFormat format = format(fileName);
        String text = MapText.decode(fileName, bytes);
        if (!format.isAbstractFramework()) return new ArgdownReader().read(fileName, text);
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
