package org.dialectica.workspace;

import java.util.Set;
import org.dialectica.map.Claim;

/**
 * A claim's save that someone else's change crosses: both changed the same fields differently.
 * Nothing was saved. Carries the stored version ({@code theirs} at {@code version}), the save merged
 * with the other person's changes to the fields only they touched, and the fields to decide.
 */
public class MergeConflictException extends RuntimeException {
    private final Claim theirs;
    private final long version;
    private final Claim merged;
    private final Set<ClaimField> conflicts;
    private final String theirAuthor;

    MergeConflictException(Claim theirs, long version, Claim merged, Set<ClaimField> conflicts, String theirAuthor) {
        super("«" + theirs.displayTitle() + "» was changed meanwhile in the same fields: " + conflicts);
        this.theirs = theirs;
        this.version = version;
        this.merged = merged;
        this.conflicts = Set.copyOf(conflicts);
        this.theirAuthor = theirAuthor;
    }

    public Claim theirs() { return theirs; }

    public long version() { return version; }

    public Claim merged() { return merged; }

    public Set<ClaimField> conflicts() { return conflicts; }

    /** The name of whoever made the stored version, or null if the history does not say. */
    public String theirAuthor() { return theirAuthor; }
}
