package org.dialectica.papers;

import java.util.List;

/**
 * The papers a map's author was given to read with it: those of the assignment the map is the work
 * for. Told by grading, which papers does not depend on; no implementation: none.
 */
public interface AssignedPapers {
    /** The papers' ids, in the assignment's order; empty for a map that is nobody's work. */
    List<String> of(String mapId);
}
