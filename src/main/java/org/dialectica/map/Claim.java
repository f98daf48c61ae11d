package org.dialectica.map;

import java.util.List;
import java.util.Objects;

/**
 * A statement in a map.
 *
 * @param id stable identifier, unique in a map (kebab-case)
 * @param title short human title on one line, as in Argdown's {@code [Title]}
 * @param text the claim in English
 * @param originalText the claim in the language of its source, if that is not English
 * @param language ISO code of {@code originalText} (e.g. "id" for Indonesian)
 * @param assertedBy the author or debate side that asserts it; defaults to the source paper
 * @param weight base score τ in [0, 1] for the gradual strength; null for the default 0.5
 * @param preferredOver a ruling: the claims this one is preferred to when they conflict
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
        String assertedBy,
        Double weight,
        List<String> preferredOver) {

    /** The base score of a claim without a {@code weight}. */
    public static final double DEFAULT_WEIGHT = 0.5;

    public Claim {
        Objects.requireNonNull(id, "claim id");
        if (id.isBlank()) throw new IllegalArgumentException("claim id is blank");
        // a title names the claim in one line, as Argdown's [Title] does; blank is none
        title = Text.oneLine(title);
        text = text == null ? "" : text.strip();
        originalText = Text.blankToNull(originalText);
        language = Text.blankToNull(language);
        kind = kind == null ? ClaimKind.CLAIM : kind;
        // list items are stripped like every other text; a blank item is none, a tag is a one-line name given once
        actors = Text.items(actors, Text::blankToNull);
        tags = Text.items(tags, Text::oneLine).stream().distinct().toList();
        source = source == null || source.isEmpty() ? null : source;
        assertedBy = Text.blankToNull(assertedBy);
        if (weight != null && !(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight of claim '" + id + "' must be between 0 and 1, not " + weight);
        }
        preferredOver = preferredOver == null ? List.of()
                : preferredOver.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
        if (preferredOver.contains(id)) {
            throw new IllegalArgumentException("claim '" + id + "' cannot be preferred over itself");
        }
    }

    /** A claim without weight or preferences. */
    public Claim(String id, String title, String text, String originalText, String language, ClaimKind kind,
            List<String> actors, List<String> tags, Source source, Proposition proposition, String assertedBy) {
        this(id, title, text, originalText, language, kind, actors, tags, source, proposition, assertedBy, null, null);
    }

    /** The base score τ: the weight, or 0.5. */
    public double baseScore() {
        return weight == null ? DEFAULT_WEIGHT : weight;
    }

    public static Claim of(String id, String text) {
        return new Claim(id, null, text, null, null, ClaimKind.CLAIM, null, null, null, null, null);
    }

    /** Who is taken to assert the claim: the named author or side, else the source paper. */
    public String assertor() {
        if (assertedBy != null) return assertedBy;
        return source == null ? null : source.paper();
    }

    /** Sourced evidence: stands on its own unless defeated. Anything else needs standing grounds. */
    public boolean isSourcedEvidence() {
        return kind == ClaimKind.EVIDENCE && source != null;
    }

    public String displayTitle() {
        return title != null ? title : id;
    }

    /** The descriptor's topic (subject / dimension), or null: what contrary claims share. */
    public String topic() {
        return proposition == null ? null : proposition.topic();
    }

    public Claim withText(String newText) {
        return new Claim(id, title, newText, originalText, language, kind, actors, tags, source, proposition, assertedBy,
                weight, preferredOver);
    }

    public Claim withTags(List<String> newTags) {
        return new Claim(id, title, text, originalText, language, kind, actors, newTags, source, proposition, assertedBy,
                weight, preferredOver);
    }
}
