package org.dialectica.grading;

import java.util.List;
import org.dialectica.papers.AssignedPapers;
import org.springframework.stereotype.Component;

/** An assignment's papers for the map a student works on: the reading pane offers them first. */
@Component
class PapersOfAssignedMaps implements AssignedPapers {
    private final GradingStore store;

    PapersOfAssignedMaps(GradingStore store) {
        this.store = store;
    }

    @Override
    public List<String> of(String mapId) {
        return mapId == null ? List.of() : store.papersOfMap(mapId);
    }
}
