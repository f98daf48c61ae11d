package org.dialectica.base.ui;

import java.util.Set;

/**
 * One edge of the {@link GraphCanvas}, drawn from {@code source} to {@code target}.
 *
 * @param kind    {@code support}, the attacks {@code rebut}, {@code undermine}, {@code undercut},
 *                or {@code conflict}
 * @param target  a node id; for an {@code undercut} the id of the {@code support} edge it attacks
 * @param derived derived by the rules rather than drawn by a user: dashed
 * @param title   the rule and its explanation, shown as text on hover
 */
public record CanvasEdge(String id, String source, String target, String kind, boolean derived, String title) {
    static final Set<String> KINDS = Set.of("support", "rebut", "undermine", "undercut", "conflict");

    public CanvasEdge {
        CanvasNode.requireId(id, "edge");
        CanvasNode.requireId(source, "edge " + id + ": source");
        CanvasNode.requireId(target, "edge " + id + ": target");
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("edge " + id + ": kind must be one of " + KINDS + ", not " + kind);
        title = title == null ? "" : title;
    }

    public boolean isUndercut() {
        return "undercut".equals(kind);
    }
}
