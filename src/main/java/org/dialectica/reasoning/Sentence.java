package org.dialectica.reasoning;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.dialectica.map.ClaimKind;

/**
 * An explanation as a template key and its arguments, worded only when someone reads it and in
 * their language: a map derives tens of thousands of facts per edit and most explanations are
 * never shown, so building their text eagerly is waste. The templates are {@code explanations*.properties}
 * beside this class. An argument is rendered by {@link Wording}: a nested sentence or a kind in the
 * reader's language, a {@link Supplier} when read (so a claim is named as it is now), a {@link #person}
 * by the name the reader's caller knows them by, anything else as written.
 */
public final class Sentence {
    private final String key;
    private final Object[] args;
    private final boolean capitalised;
    private final Supplier<Sentence> later;

    private Sentence(String key, Object[] args, boolean capitalised, Supplier<Sentence> later) {
        this.key = key;
        this.args = args;
        this.capitalised = capitalised;
        this.later = later;
    }

    /** A sentence of the templates beside this class (also the debate's: keys {@code debate.*}). */
    public static Sentence of(String key, Object... args) {
        return new Sentence(key, args, false, null);
    }

    /** A sentence whose very template depends on the claims as they are when it is read. */
    static Sentence later(Supplier<Sentence> sentence) {
        return new Sentence(null, null, false, sentence);
    }

    /** The word for a kind, label or claim role ("rebut", "contrary", "thesis", "IN" …) as a reader sees it. */
    public static Sentence word(Enum<?> kind) {
        String family = switch (kind) {
            case Label l -> "label";
            case AttackKind k -> "attack";
            case ConflictKind k -> "conflict";
            case FindingKind k -> "finding";
            case ClaimKind k -> "claim";
            default -> throw new IllegalArgumentException("no words for " + kind.getDeclaringClass().getSimpleName());
        };
        return of("word." + family + "." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The name of a rule as a reader sees it; a rule the templates do not know keeps its own name. */
    public static Sentence rule(String name) {
        return of(Wording.RULE, name);
    }

    /**
     * A participant, named when read by whoever words the sentence ({@link #text(Locale, UnaryOperator)}):
     * the application knows display names, the command line only the logins a transcript holds.
     */
    public static Participant person(String login) {
        return new Participant(login);
    }

    /** Items joined as a list is read: "A", "A and B", "A, B and C". */
    public static Listing list(List<?> items) {
        return new Listing(List.copyOf(items));
    }

    /** A word of the descriptor vocabulary ("rises", "regional influence"), translated where the templates know it. */
    static Descriptor descriptor(String word) {
        return new Descriptor(word);
    }

    /**
     * What a descriptor's direction says of a subject's dimension, as a predicate that reads in a
     * sentence: "rises", "is fragile", "is a win" ("naik", "rapuh", "adalah kemenangan"). A word the
     * templates do not know is quoted ("is described as “soars”").
     */
    static Predicate predicate(String word) {
        return new Predicate(word);
    }

    /** A strength or base score, shown with two decimals as the reader writes them ("0.75", "0,75"). */
    static Score score(double value) {
        return new Score(value);
    }

    /** The same sentence starting with a capital letter, for one that opens with a clause ("if …"). */
    Sentence capitalised() {
        return new Sentence(key, args, true, later);
    }

    public String key() { return now().key; }

    Object[] args() { return now().args; }

    /** What a sentence worded when read stands for now. */
    Sentence now() {
        return later != null ? later.get().now() : this;
    }

    boolean isCapitalised() { return capitalised; }

    /** In English, as the command line and its tests read it. */
    public String text() {
        return Wording.render(this, Locale.ENGLISH, Wording.LOGINS);
    }

    /** In the reader's language, people by login. */
    public String text(Locale locale) {
        return Wording.render(this, locale, Wording.LOGINS);
    }

    /**
     * In the reader's language, people by the names the caller knows.
     *
     * @param names a person's name by login; null (or a null answer) keeps the login
     */
    public String text(Locale locale, UnaryOperator<String> names) {
        return Wording.render(this, locale, names == null ? Wording.LOGINS : names);
    }

    @Override
    public String toString() {
        return text();
    }

    public record Listing(List<?> items) {}

    /** A participant by login (see {@link #person}). */
    public record Participant(String login) {}

    record Descriptor(String word) {}

    record Predicate(String word) {}

    record Score(double value) {}
}
