package org.dialectica.io.argdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.io.ReadResult;

/**
 * Reads a map file written in Argdown with Dialectica's data keys (see docs/map-format.md). Reading
 * runs in three steps that share nothing but their results: {@link ArgdownLexer} (lines, comments,
 * data), {@link ArgdownParser} (blocks, relation trees, premise–conclusion structures) and
 * {@link MapBuilder} (claims, arguments, relations), after {@link Cleaned} has taken out the
 * invisible controls typed text refuses (each line that held any is warned about). A file either
 * reads whole or fails with the line and column of its first problem. A file read from a folder
 * has its {@code @include} directives followed ({@link Includes}); an abstract framework given an
 * Argdown name is refused ({@link FrameworkLookalike}).
 */
public final class ArgdownReader {
    private final int untitledBefore;

    public ArgdownReader() {
        this(0);
    }

    /**
     * A reader for a file analysed after others whose untitled statements used "Untitled 1" …
     * "Untitled {@code untitledBefore}": its own are numbered on, so that files merged by claim id
     * never make two untitled statements one.
     */
    public ArgdownReader(int untitledBefore) {
        this.untitledBefore = untitledBefore;
    }

    /** Reads {@code text} as the file {@code fileName}; the map's id is the file name without extension. */
    public ReadResult read(String fileName, String text) throws MapFileException {
        String normalized = ArgdownLexer.normalize(text);
        FrameworkLookalike.refuse(fileName, normalized);
        Cleaned cleaned = Cleaned.of(fileName, normalized);
        try {
            ArgdownLexer.Lexed lexed = ArgdownLexer.lex(fileName, cleaned.text());
            Syntax.Document document = ArgdownParser.parse(fileName, lexed);
            return cleaned.located(MapBuilder.build(fileName, mapId(fileName), document, untitledBefore));
        } catch (MapFileException e) {
            throw cleaned.located(e);
        }
    }

    public ReadResult read(Path file) throws MapFileException, IOException {
        String name = file.getFileName().toString();
        String text = MapText.decode(name, Files.readAllBytes(file));
        return text.contains(Includes.DIRECTIVE) ? Includes.read(this, file, name, text) : read(name, text);
    }

    static String mapId(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
