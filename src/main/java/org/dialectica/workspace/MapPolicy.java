package org.dialectica.workspace;

import java.util.Map;
import java.util.Set;
import org.dialectica.people.Person;

/**
 * Who may do what with a map, decided from who owns it, whom it is shared with and its
 * visibility. A map without an owner (the seed maps) belongs to the installation: everyone sees
 * it, teachers edit it, only admins share or delete it; a student works on a copy.
 */
final class MapPolicy {
    private MapPolicy() {}

    /**
     * What decides access to one map. {@code hiddenFrom}: the classes whose members may not open it
     * (an answer key), whatever its visibility, unless it is shared with them by name.
     */
    record Facts(String owner, Visibility visibility, Long classId, Map<String, Sharing> members, Set<Long> hiddenFrom) {
        Facts(String owner, Visibility visibility, Long classId, Map<String, Sharing> members) {
            this(owner, visibility, classId, members, Set.of());
        }
    }

    /** How a map is shared with one person. */
    enum Sharing { EDITOR, VIEWER }

    /** @param classes the classes the person is in or teaches */
    static boolean allows(Person person, Set<Long> classes, Facts map, MapAction action) {
        if (person.isAdmin()) return true;
        boolean owner = person.login().equals(map.owner());
        Sharing shared = map.members().get(person.login());
        if (!owner && shared == null && !person.isTeacher() && map.hiddenFrom().stream().anyMatch(classes::contains)) return false;
        return switch (action) {
            case VIEW, COMMENT -> owner || shared != null || sees(map, classes)
                    || (map.owner() == null && person.isTeacher());
            case EDIT -> owner || shared == Sharing.EDITOR || (map.owner() == null && person.isTeacher());
            case SHARE, DELETE -> owner;
        };
    }

    /** Everything the person may do with the map: one reading of the facts for every action. */
    static Set<MapAction> allowed(Person person, Set<Long> classes, Facts map) {
        Set<MapAction> allowed = java.util.EnumSet.noneOf(MapAction.class);
        for (MapAction a : MapAction.values()) if (allows(person, classes, map, a)) allowed.add(a);
        return allowed;
    }

    private static boolean sees(Facts map, Set<Long> classes) {
        return switch (map.visibility()) {
            case PUBLIC -> true;
            case CLASS -> map.classId() != null && classes.contains(map.classId());
            case PRIVATE -> false;
        };
    }
}
