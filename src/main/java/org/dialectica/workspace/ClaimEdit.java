package org.dialectica.workspace;

import java.util.Set;
import org.dialectica.map.Claim;

/**
 * A save from a claim's form: what it was opened with and at which version, what its person made
 * of it, and the fields where they knowingly chose their value over someone else's in a conflict.
 */
public record ClaimEdit(Claim base, long baseVersion, Claim mine, Set<ClaimField> replacing) {
    public ClaimEdit {
        if (!base.id().equals(mine.id())) throw new IllegalArgumentException("a claim's form saves the claim it was opened on");
        replacing = Set.copyOf(replacing);
    }

    /** @param undo the changes that undo the save; @param taken fields taken silently from the other person's version */
    public record Saved(java.util.List<Change> undo, Set<ClaimField> taken) {}
}
