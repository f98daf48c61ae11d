package org.dialectica.workspace;

import java.util.Map;
import java.util.Set;

/**
 * Maps kept from some classes' members although the map's sharing would show it to them: the answer
 * key of an assignment is not for its students. A later feature (grading) says which; the workspace
 * asks, and depends on nothing of it.
 */
public interface AnswerKeys {
    /** Map id → the classes whose members (teachers and admins apart) may not open it. */
    Map<String, Set<Long>> hidden();

    /** The classes whose members may not open this map. */
    Set<Long> hiddenFrom(String mapId);
}
