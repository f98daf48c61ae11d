package org.dialectica.debate;

import org.dialectica.reasoning.Sentence;

/** The side whose theses stand (null: none, or more than one), why, and whether the debate was closed. */
public record Result(String winner, Sentence explanation, boolean closed) {}
