package org.dialectica.workspace;

import java.util.Map;
import org.dialectica.reasoning.Analysis;

/**
 * A map as one page shows it, read at one moment: the analysis, and each claim's stored version
 * (what an edit opened from this page is checked against) and saved position.
 */
public record MapState(Analysis analysis, Map<String, Long> versions, Map<String, double[]> positions) {
    public MapState {
        versions = Map.copyOf(versions);
        positions = Map.copyOf(positions);
    }

    /** The version of a claim as this page saw it. */
    public long version(String claimId) {
        Long version = versions.get(claimId);
        if (version == null) throw new IllegalArgumentException("no claim '" + claimId + "' in this view of the map");
        return version;
    }
}
