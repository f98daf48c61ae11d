package org.dialectica.debate;

import org.dialectica.reasoning.Sentence;

/** A debate that cannot be set up as asked: the sentence says why, in the reader's language; the message in English. */
public final class SetupException extends IllegalArgumentException {
    private final transient Sentence sentence;

    SetupException(String key, Object... args) {
        this(Sentence.of(key, args));
    }

    SetupException(Sentence sentence) {
        super(sentence.text());
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The reason of any refusal, worded for the reader when it carries a sentence. */
    public static String worded(IllegalArgumentException e, java.util.Locale reader) {
        return worded(e, reader, Names.LOGINS);
    }

    /** The same, people named as the reader knows them. */
    public static String worded(IllegalArgumentException e, java.util.Locale reader, Names names) {
        return e instanceof SetupException s ? s.sentence().text(reader, names) : e.getMessage();
    }
}
