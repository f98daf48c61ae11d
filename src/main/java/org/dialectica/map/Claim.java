package org.dialectica.map;

import java.util.List;
import java.util.Objects;

/**
 * A statement in a map.
 *
 * @param id stable identifier, unique in a map (kebab-case)
 * @param title short human title, as in Argdown's {@code [Title]}
 * @param text the claim in English
 * @param originalText the claim in the language of its source, if that is not English
 * @param language ISO code of {@code originalText} (e.g. "id" for Indonesian)
 * @param assertedBy the author or debate side that asserts it; defaults to the source paper
 */
public record Claim(
        String id,
        String title,
        String text,
        String originalText,
        String language,
        ClaimKind kind,
        List<String> actors,
        List<String> tags,
        Source source,
        Proposition proposition,
        String assertedBy) {

    public Claim {
        Objects.requireNonNull(id, "claim id");
        if (id.isBlank()) throw new IllegalArgumentException("claim id is blank");
        title = Text.blankToNull(title);
        text = text == null ? "" : text.strip();
        originalText = Text.blankToNull(originalText);
        language = Text.blankToNull(language);
        kind = kind == null ? ClaimKind.CLAIM : kind;
        actors = actors == null ? List.of() : List.copyOf(actors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        source = source == null || source.isEmpty() ? null : source;
        assertedBy = Text.blankToNull(assertedBy);
    }

    public static Claim of(String id, String text) {
        return new Claim(id, null, text, null, null, ClaimKind.CLAIM, null, null, null, null, null);
    }

    /** Who is taken to assert the claim: the named author or side, else the source paper. */
    public String assertor() {
        if (assertedBy != null) return assertedBy;
        return source == null ? null : source.paper();
    }

    public String displayTitle() {
        return title != null ? title : id;
    }

    /** The descriptor's topic (subject / dimension), or null: what contrary claims share. */
    public String topic() {
        return proposition == null ? null : proposition.topic();
    }

    public Claim withText(String newText) {
        return new Claim(id, title, newText, originalText, language, kind, actors, tags, source, proposition, assertedBy);
    }
}
