package org.dialectica.suggestion;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
import org.dialectica.map.Text;

/** A claim as the suggester reads it: its paper, actors, descriptor and the reading of each of its texts. */
final class ClaimText {
    final Claim claim;
    final String paper;
    /** the actors and the descriptor's subject, compared as {@link Text#key} compares words */
    final Set<String> actors = new LinkedHashSet<>();
    final Map<Language, Reading> readings = new EnumMap<>(Language.class);

    ClaimText(Claim claim, Tokens tokens, CueWords cues) {
        this.claim = claim;
        this.paper = claim.source() == null ? null : claim.source().paper();
        claim.actors().forEach(a -> actors.add(Text.key(a)));
        if (claim.proposition() != null) actors.add(Text.key(claim.proposition().subject()));
        actors.remove(null);
        actors.remove("");
        String english = claim.title() == null ? claim.text() : claim.title() + ". " + claim.text();
        readings.put(Language.ENGLISH, new Reading(Language.ENGLISH, tokens.of(Language.ENGLISH, english), cues));
        if (claim.originalText() != null) {
            Language language = Language.of(claim.language());
            Reading original = new Reading(language, tokens.of(language, claim.originalText()), cues);
            if (readings.containsKey(language)) readings.get(language).absorb(original);
            else readings.put(language, original);
        }
    }

    Proposition proposition() {
        return claim.proposition();
    }

    String id() {
        return claim.id();
    }
}
