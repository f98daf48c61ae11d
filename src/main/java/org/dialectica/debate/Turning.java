package org.dialectica.debate;

import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/** A move that turned a side's thesis from one status to another, and the sentence that says so. */
public record Turning(int index, String by, String side, MoveType type, String thesis, String thesisSide, Label from,
        Label to, Sentence explanation) {}
