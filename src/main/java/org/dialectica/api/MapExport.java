package org.dialectica.api;

import java.util.Locale;
import java.util.function.Supplier;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;

/**
 * One format a map is exported in by {@code GET /api/maps/{id}/export?format=…}: each is a bean, so
 * a writer added to {@code io} becomes a format of the API by one small class beside this one, and
 * the API lists exactly the formats there are ({@code GET /api/formats}).
 */
interface MapExport {
    /** The name asked for, lower case: "argdown". */
    String format();

    /** The media type of what {@link #write} answers, with its charset where it is text. */
    String mediaType();

    /** The file name extension, with its dot: ".argdown". */
    String extension();

    /**
     * The map as this format writes it. {@code analysis} is read only when asked for (a writer of
     * statuses and findings needs it, one of the map alone does not); {@code locale} is the reader's.
     */
    byte[] write(ArgumentMap map, Supplier<Analysis> analysis, Locale locale);
}
