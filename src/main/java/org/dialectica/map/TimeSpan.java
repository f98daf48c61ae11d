package org.dialectica.map;

/** Years a proposition is about; either end may be open (null). */
public record TimeSpan(Integer from, Integer to) {
    public static final TimeSpan ALWAYS = new TimeSpan(null, null);

    public TimeSpan {
        if (from != null && to != null && to < from) {
            throw new IllegalArgumentException("time span ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean overlaps(TimeSpan other) {
        if (other == null) return true;
        boolean startsBeforeOtherEnds = from == null || other.to == null || from <= other.to;
        boolean endsAfterOtherStarts = to == null || other.from == null || to >= other.from;
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    @Override
    public String toString() {
        if (from == null && to == null) return "any time";
        if (from != null && from.equals(to)) return String.valueOf(from);
        return (from == null ? "…" : from) + "–" + (to == null ? "…" : to);
    }
}
