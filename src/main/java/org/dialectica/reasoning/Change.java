package org.dialectica.reasoning;

/**
 * One change to a map that a what-if supposes. Explanations' counterfactuals and the cruxes of a
 * comparison are made of these, so what a sentence claims can be applied and checked.
 */
public sealed interface Change {

    /**
     * A ruling that {@code preferred} is preferred over {@code over}: the attacks of {@code over} on
     * it fail, and its attacks on {@code over} succeed, whatever was ruled before.
     */
    record Prefer(String preferred, String over) implements Change {}

    /** {@code claim} is defeated for sure: an unattacked claim that stands attacks it. */
    record Defeat(String claim) implements Change {}

    /** {@code claim} stands on its own, as sourced evidence does (an attacker that stands still defeats it). */
    record Establish(String claim) implements Change {}
}
