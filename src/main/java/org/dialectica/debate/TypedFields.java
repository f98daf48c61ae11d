package org.dialectica.debate;

import org.dialectica.map.TypedText;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.FieldLimits;

/**
 * What a person may type into a debate: as long as the same text may be in a claim of a map, and
 * without the invisible controls {@link TypedText} refuses. Checked before a move is played or a
 * debate is opened, so a refused text is neither judged nor stored.
 */
final class TypedFields {
    /** A claim move's text, title and source: a claim's text, title and paper on a map. */
    static final int TEXT = FieldLimits.LONG, TITLE = FieldLimits.MEDIUM, SOURCE = FieldLimits.MEDIUM;
    /** The ids a move names (a new claim's, or the claims it is about) and a claim's kind. */
    static final int NAME = FieldLimits.MEDIUM;
    /** A debate's title (its column, V7) and a side's name. */
    static final int DEBATE_TITLE = 1000, SIDE_NAME = FieldLimits.SHORT;

    private TypedFields() {}

    /** Why the move's typed text is refused, or null. The mover and their side the server sets itself. */
    static Sentence problem(Move m) {
        Sentence problem = problem("text", m.text(), TEXT);
        if (problem == null) problem = problem("title", m.title(), TITLE);
        if (problem == null) problem = problem("source", m.source(), SOURCE);
        if (problem == null) problem = problem("id", m.id(), NAME);
        if (problem == null) problem = problem("kind", m.kind(), NAME);
        for (String named : new String[] {m.from(), m.to(), m.target(), m.preferred(), m.over(), m.claim()}) {
            if (problem == null) problem = problem("claim", named, NAME);
        }
        return problem;
    }

    /**
     * Why one typed value is refused, or null: too long (checked first, so a huge text is not
     * scanned), or holding a refused character.
     *
     * @param field the field's word in {@code debate.field-word.*}
     */
    static Sentence problem(String field, String value, int max) {
        if (value == null) return null;
        Sentence name = Sentence.of("debate.field-word." + field);
        if (value.length() > max) return Sentence.of("debate.refused.too-long", name, max, value.length());
        try {
            TypedText.check(field, value);
            return null;
        } catch (TypedText.ForbiddenCharacterException e) {
            return Sentence.of("debate.refused.character", name, TypedText.describe(e.codePoint()), e.position());
        }
    }
}
