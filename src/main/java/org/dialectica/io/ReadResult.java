package org.dialectica.io;

import java.util.List;
import org.dialectica.map.ArgumentMap;

/** A map read from a file, with the warnings met on the way. */
public record ReadResult(ArgumentMap map, List<MapWarning> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
