package org.dialectica.workspace;

import java.util.Locale;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.ReadResult;
import org.dialectica.io.af.AfReader;
import org.dialectica.io.aif.AifReader;
import org.dialectica.io.argdown.ArgdownReader;

/**
 * Reads an uploaded map file in the format its extension names. Whatever goes wrong inside a
 * reader (a fault, an exhausted stack or heap) becomes an error naming the file, never a crash
 * of the server: the file is someone else's, and the next visitor's import must still work.
 */
final class MapFiles {
    /**
     * An abstract framework becomes one claim per argument: beyond this a map is no longer something
     * to look at, and the command line labels millions of arguments without a map.
     */
    static final int MAX_FRAMEWORK_ARGUMENTS = 10_000, MAX_FRAMEWORK_ATTACKS = 50_000;

    private MapFiles() {}

    static ReadResult read(String fileName, String text, MapFormat format) throws MapFileException {
        try {
            ReadResult read = switch (format) {
                case ARGDOWN -> new ArgdownReader().read(fileName, text);
                case APX -> new AfReader().readApx(fileName, text);
                case TGF -> new AfReader().readTgf(fileName, text);
                case ICCMA_AF -> new AfReader().readAf(fileName, text);
                case AIF -> new AifReader().read(fileName, text);
            };
            if (format.isAbstractFramework()) checkFrameworkSize(fileName, read);
            return read;
        } catch (StackOverflowError e) {
            throw new MapFileException(fileName, 1, 1, "too deeply nested to read (the reader ran out of stack)");
        } catch (OutOfMemoryError e) {
            throw new MapFileException(fileName, 1, 1, "too large to read in the memory the server has");
        } catch (RuntimeException e) {
            throw new MapFileException(fileName, 1, 1, "cannot be read (a fault in Dialectica's reader: "
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static void checkFrameworkSize(String fileName, ReadResult read) throws MapFileException {
        int arguments = read.map().claims().size(), attacks = read.map().attacks().size();
        if (arguments > MAX_FRAMEWORK_ARGUMENTS || attacks > MAX_FRAMEWORK_ATTACKS) {
            throw new MapFileException(fileName, 1, 1, String.format(Locale.ROOT,
                    "an abstract framework (%s) of %,d arguments and %,d attacks: expected at most %,d arguments and %,d attacks"
                            + " to import as a map; label it with 'java -jar dialectica.jar analyze %s'",
                    MapFormat.of(fileName).map(MapFormat::extension).orElse("?"), arguments, attacks,
                    MAX_FRAMEWORK_ARGUMENTS, MAX_FRAMEWORK_ATTACKS, fileName));
        }
    }
}
