package org.dialectica.workspace;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A three-way merge field by field: what a form was opened with (base), what its person saved
 * (mine) and what is stored now (theirs). A field only one side changed takes that side's value;
 * a field both changed to different values is a conflict for the person to decide.
 */
public final class Merge {
    private Merge() {}

    /**
     * @param fromTheirs fields only the other side changed: their value is taken
     * @param fromMine fields only this side changed (or both changed alike): this side's value is kept
     * @param conflicts fields both changed to different values
     */
    public record Result<F>(Set<F> fromTheirs, Set<F> fromMine, Set<F> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }

        /** The merged value of a field, a conflict keeping this side's value until it is decided. */
        public Object value(F field, Function<F, Object> mine, Function<F, Object> theirs) {
            return fromTheirs.contains(field) ? theirs.apply(field) : mine.apply(field);
        }
    }

    public static <F> Result<F> of(List<F> fields, Function<F, Object> base, Function<F, Object> mine, Function<F, Object> theirs) {
        Set<F> fromTheirs = new LinkedHashSet<>(), fromMine = new LinkedHashSet<>(), conflicts = new LinkedHashSet<>();
        for (F field : fields) {
            Object b = base.apply(field), m = mine.apply(field), t = theirs.apply(field);
            boolean mineChanged = !Objects.equals(b, m), theirsChanged = !Objects.equals(b, t);
            if (!mineChanged && theirsChanged) fromTheirs.add(field);
            else if (mineChanged && theirsChanged && !Objects.equals(m, t)) conflicts.add(field);
            else if (mineChanged) fromMine.add(field);
        }
        return new Result<>(Collections.unmodifiableSet(fromTheirs), Collections.unmodifiableSet(fromMine),
                Collections.unmodifiableSet(conflicts));
    }
}
