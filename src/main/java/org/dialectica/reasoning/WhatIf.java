package org.dialectica.reasoning;

import java.util.List;
import java.util.Map;

/**
 * A stated counterfactual: were {@code changes} made together, the claims of {@code outcome} would
 * have those statuses. Always found by labelling the map again with the changes, never assumed;
 * the sentence that states it is worded from this record.
 */
public record WhatIf(List<Change> changes, Map<String, Label> outcome) {
    public WhatIf {
        changes = List.copyOf(changes);
        outcome = Map.copyOf(outcome);
    }
}
