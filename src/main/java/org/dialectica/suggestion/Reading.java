package org.dialectica.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a claim's text in one language says for the suggester: its topic words (stems, no stop
 * words), the cue words it carries with their side in each group (a negation just before a cue word
 * turns it to the other pole), and the negations that turned nothing.
 */
final class Reading {
    /** topic stems, each with its first form as written */
    final Map<String, String> words = new LinkedHashMap<>();
    /** group, then side, then the words as written that put the text there */
    final Map<Integer, Map<Integer, Set<String>>> cues = new LinkedHashMap<>();
    final Set<String> freeNegations = new LinkedHashSet<>();
    private final CueWords cueWords;

    /**
     * A negation turns the next word that is not a stop word when that word is a cue ("not stable",
     * "hardly be able"); when it is not ("not upset stability", "no solution"), the negation turns
     * nothing further on and stays free.
     */
    Reading(Language language, List<Token> tokens, CueWords cueWords) {
        this.cueWords = cueWords;
        String negation = null;
        for (Token t : tokens) {
            if (cueWords.negation(language, t.surface())) {
                if (negation != null) freeNegations.add(negation);
                negation = t.surface();
                continue;
            }
            CueWords.Place place = cueWords.place(language, t.cueKey());
            if (place != null) {
                boolean poles = cueWords.group(place.group()).poles();
                // a value of a set denied says no value: the negation is spent, the word counts for nothing
                if (negation == null || poles) {
                    int side = negation == null ? place.side() : -place.side();
                    cues.computeIfAbsent(place.group(), g -> new LinkedHashMap<>()).computeIfAbsent(side, s -> new LinkedHashSet<>())
                            .add(negation == null ? t.surface() : negation + " " + t.surface());
                }
                negation = null;
            } else if (!t.stop() && negation != null) {
                freeNegations.add(negation);
                negation = null;
            }
            if (!t.stop()) words.putIfAbsent(t.stem(), t.surface());
        }
        if (negation != null) freeNegations.add(negation);
    }

    /** Adds another text in the same language (the original of a claim written in English). */
    void absorb(Reading other) {
        other.words.forEach(words::putIfAbsent);
        other.cues.forEach((g, sides) -> sides.forEach((s, w) ->
                cues.computeIfAbsent(g, x -> new LinkedHashMap<>()).computeIfAbsent(s, x -> new LinkedHashSet<>()).addAll(w)));
        freeNegations.addAll(other.freeNegations);
    }

    /**
     * The text's side in a group: the one pole or value its words take, or NONE when they take none
     * or several. A text with words on both poles ("Armenia was defeated and Azerbaijan won")
     * contrasts two things; which of them another text's word is about, words alone cannot tell.
     */
    int side(int group) {
        Map<Integer, Set<String>> sides = cues.get(group);
        return sides == null || sides.size() != 1 ? NONE : sides.keySet().iterator().next();
    }

    static final int NONE = Integer.MIN_VALUE;

    /** The sign of the text's tone: its sides in the trend pairs added up; 0 when none or balanced. */
    int tone() {
        int sum = 0;
        for (int group : cues.keySet()) {
            CueWords.Group g = cueWords.group(group);
            int side = side(group);
            if (g.poles() && g.trend() && side != NONE) sum += side;
        }
        return Integer.signum(sum);
    }

    /** The words as written that put the text on this side of the trend pairs. */
    List<String> toneWords(int sign) {
        List<String> out = new ArrayList<>();
        cues.forEach((group, sides) -> {
            CueWords.Group g = cueWords.group(group);
            if (g.poles() && g.trend() && side(group) == sign) out.addAll(sides.get(sign));
        });
        return out;
    }

    List<String> cueWords(int group, int side) {
        return List.copyOf(cues.getOrDefault(group, Map.of()).getOrDefault(side, Set.of()));
    }
}
