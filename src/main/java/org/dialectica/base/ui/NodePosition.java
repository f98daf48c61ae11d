package org.dialectica.base.ui;

/** Where a node of the {@link GraphCanvas} sits, in model coordinates (independent of zoom and pan). */
public record NodePosition(String id, double x, double y) {
}
