package org.dialectica.debate;

/**
 * An open challenge (move {@code index}) of a claim of {@code challengedSide}; {@code lapsed} once
 * that side's next turn ended without an answer: the claim then stands on nothing until answered.
 */
public record Challenge(int index, String claim, String by, String challengedSide, boolean lapsed) {}
