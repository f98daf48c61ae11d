package org.dialectica.base.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the {@link GraphCanvas}.
 *
 * @param label   shown as text, never as HTML
 * @param kind    {@code thesis}, {@code claim} or {@code evidence}: the node's shape
 * @param status  {@code IN}, {@code OUT}, {@code UNDEC}, {@code UNSUPPORTED}, or {@code null} before anything is labelled: its colour
 * @param classes extra style classes (letters, digits, {@code -}, {@code _}); {@code dim} fades a node out;
 *                {@code anchor}, {@code pending}, {@code filtered}, {@code hl}, {@code connect-source} are the canvas's own
 * @param x       model position, or {@code null} to let the canvas place the node (then both are null)
 * @param badge   a count drawn at the node's top-right corner (open comments, say), or {@code null}
 */
public record CanvasNode(String id, String label, String kind, String status, List<String> classes, Double x, Double y,
        Badge badge) {
    static final Set<String> KINDS = Set.of("thesis", "claim", "evidence");
    static final Set<String> STATUSES = Set.of("IN", "OUT", "UNDEC", "UNSUPPORTED");
    // the canvas's own classes: a node given one of these would be hidden or drawn as something else
    static final Set<String> RESERVED_CLASSES = Set.of("anchor", "pending", "filtered", "hl", "connect-source");

    public CanvasNode {
        requireId(id, "node");
        label = label == null ? "" : label;
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("node " + id + ": kind must be one of " + KINDS + ", not " + kind);
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("node " + id + ": status must be one of " + STATUSES + " or null, not " + status);
        }
        classes = checkClasses(id, classes);
        if ((x == null) != (y == null)) throw new IllegalArgumentException("node " + id + ": give both x and y, or neither");
        if (x != null && (!Double.isFinite(x) || !Double.isFinite(y))) throw new IllegalArgumentException("node " + id + ": x and y must be finite");
    }

    /** A node the canvas places itself. */
    public CanvasNode(String id, String label, String kind, String status) {
        this(id, label, kind, status, List.of(), null, null, null);
    }

    /** A node without a badge. */
    public CanvasNode(String id, String label, String kind, String status, List<String> classes, Double x, Double y) {
        this(id, label, kind, status, classes, x, y, null);
    }

    /**
     * A small count on a node.
     *
     * @param title what it counts, for the hover text and screen readers ("2 open comments"); shown as text
     */
    public record Badge(int count, String title) {
        public Badge {
            if (count < 1) throw new IllegalArgumentException("a badge counts 1 or more, not " + count);
            title = title == null ? "" : title;
        }
    }

    public boolean hasPosition() {
        return x != null;
    }

    public CanvasNode at(double newX, double newY) {
        return new CanvasNode(id, label, kind, status, classes, newX, newY, badge);
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException(what + " id must not be blank");
    }

    static List<String> checkClasses(String owner, List<String> classes) {
        if (classes == null) return List.of();
        for (String c : classes) {
            // cytoscape class names end up in selectors: keep them to a safe alphabet
            if (c == null || !c.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException(owner + ": style class " + c + " is not a plain name");
            }
            if (RESERVED_CLASSES.contains(c)) throw new IllegalArgumentException(owner + ": style class " + c + " is the canvas's own");
        }
        return List.copyOf(Objects.requireNonNull(classes));
    }
}
