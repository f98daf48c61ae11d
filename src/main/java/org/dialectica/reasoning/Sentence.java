package org.dialectica.reasoning;

/**
 * An explanation, worded only when someone reads it: a map derives tens of thousands of facts
 * per edit and most explanations are never shown, so building their text eagerly is waste.
 */
@FunctionalInterface
public interface Sentence {
    String text();
}
