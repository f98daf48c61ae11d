package org.dialectica.debate;

import org.dialectica.reasoning.Sentence;

/**
 * A move refused before it is played or stored because of what was typed into it (too long, or an
 * invisible control character): the sentence says which field and why, in the reader's language.
 */
public final class MoveTextException extends IllegalArgumentException {
    private final transient Sentence sentence;

    MoveTextException(Sentence sentence) {
        super(sentence.text());
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }
}
