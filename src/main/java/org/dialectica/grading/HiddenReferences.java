package org.dialectica.grading;

import java.util.Map;
import java.util.Set;
import org.dialectica.workspace.AnswerKeys;
import org.springframework.stereotype.Component;

/**
 * The answer keys: an assignment's reference map is not for the students of its class, whoever else
 * may read it (a sample map, a map shared with the class). The teacher shows it to a student by
 * sharing it with them by name.
 */
@Component
class HiddenReferences implements AnswerKeys {
    private final GradingStore store;

    HiddenReferences(GradingStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Set<Long>> hidden() {
        return store.references(null);
    }

    @Override
    public Set<Long> hiddenFrom(String mapId) {
        return store.references(mapId).getOrDefault(mapId, Set.of());
    }
}
