package org.dialectica.workspace;

import java.util.List;
import org.dialectica.io.MapWarning;

/** A map imported from a file, under the id it was saved as, with what the reader warned about. */
public record ImportResult(String mapId, List<MapWarning> warnings) {}
