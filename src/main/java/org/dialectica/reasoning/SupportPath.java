package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A simple path of supports, {@code path[0]} supports … {@code path[last]}. Paths are grown only
 * from anchors the other rules need — backwards from theses and from attackers, forwards from
 * attacked claims — never for all pairs of claims, which would be the transitive-closure trap.
 * Each path is its own fact and is justified by a strictly shorter one, so truth maintenance
 * retracts exactly the paths an edit breaks, with no self-supporting loops.
 */
public final class SupportPath {
    /** Which anchor a path grows from. */
    public enum Anchor {
        /** Ends at a thesis, grown backwards: the support chains of the map. */
        THESIS,
        /** Ends at a claim that attacks, grown backwards: for supported attacks. */
        ATTACKER,
        /** Starts at an attacked claim, grown forwards: for secondary attacks. */
        ATTACKED
    }

    private final List<String> path;
    private final Anchor anchor;
    private final String key;
    private final int hash;

    public SupportPath(List<String> path, Anchor anchor) {
        this.path = Collections.unmodifiableList(new ArrayList<>(path));
        this.anchor = anchor;
        this.key = anchor + ":" + String.join(" +> ", path);
        this.hash = key.hashCode();
    }

    public static SupportPath of(String from, String to, Anchor anchor) {
        return new SupportPath(List.of(from, to), anchor);
    }

    public List<String> getPath() { return path; }
    public Anchor getAnchor() { return anchor; }
    public String getFirst() { return path.get(0); }
    public String getLast() { return path.get(path.size() - 1); }
    public int getLength() { return path.size(); }

    /** Anchor and claims in one string: the identity rules join on. */
    public String getKey() { return key; }

    /** The path this one grew from by one support; null for a path of one support. */
    public String getParentKey() {
        if (path.size() == 2) return null;
        List<String> parent = anchor == Anchor.ATTACKED ? path.subList(0, path.size() - 1) : path.subList(1, path.size());
        return anchor + ":" + String.join(" +> ", parent);
    }

    /** The support this path added last: its first one growing backwards, its last one forwards. */
    public String getNewestSupport() {
        return anchor == Anchor.ATTACKED
                ? org.dialectica.map.Support.id(path.get(path.size() - 2), path.get(path.size() - 1))
                : org.dialectica.map.Support.id(path.get(0), path.get(1));
    }

    public boolean contains(String claimId) {
        return path.contains(claimId);
    }

    public SupportPath prepend(String claimId) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.add(claimId);
        longer.addAll(path);
        return new SupportPath(longer, anchor);
    }

    public SupportPath append(String claimId) {
        List<String> longer = new ArrayList<>(path);
        longer.add(claimId);
        return new SupportPath(longer, anchor);
    }

    /**
     * The support cycle closed when the path would grow by a claim it already holds: growing
     * backwards, {@code claimId} supports the head; growing forwards, the last claim supports it.
     */
    public List<String> cycleClosedBy(String claimId) {
        int at = path.indexOf(claimId);
        return anchor == Anchor.ATTACKED ? path.subList(at, path.size()) : path.subList(0, at + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportPath p && hash == p.hash && key.equals(p.key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return String.join(" +> ", path);
    }
}
