package org.dialectica.suggestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dialectica.map.Proposition;
import org.dialectica.map.Text;
import org.dialectica.map.Vocabulary;
import org.dialectica.suggestion.Suggestion.Cue;

/**
 * Scores one pair of claims: how much they are about the same thing (topic: shared words in a
 * language both are written in, shared actors) times how strongly their words oppose (each kind of
 * cue once: 1 - the product of 1 - its weight), lowered where the descriptors say the two agree or
 * are years apart. A pair with no opposing cue is no suggestion, however close its topic.
 */
final class Scorer {
    static final double OPPOSITE = 0.8, DIRECTION = 0.5, TONE = 0.35, NEGATION = 0.25;
    /** the descriptors say the same thing, or opposite things in years that do not overlap */
    static final double AGREE = 0.5;
    static final int SHARED_SHOWN = 5;

    private final CueWords cues;
    private final Vocabulary vocabulary;

    Scorer(CueWords cues, Vocabulary vocabulary) {
        this.cues = cues;
        this.vocabulary = vocabulary;
    }

    /** The suggestion for the two claims, or null when nothing opposes them or it scores below {@code min}. */
    Suggestion score(ClaimText x, ClaimText y, double min) {
        boolean ordered = x.id().compareTo(y.id()) < 0;
        ClaimText a = ordered ? x : y, b = ordered ? y : x;
        double score = score(a, b, null);
        if (score <= 0 || score < min) return null;
        List<Cue> why = new ArrayList<>();
        score(a, b, why); // again, now writing down the words: most pairs never get this far
        return new Suggestion(a.id(), b.id(), score, why);
    }

    /** The pair's score; with {@code why} not null, the cues are added to it. */
    private double score(ClaimText a, ClaimText b, List<Cue> why) {
        Set<Cue.Kind> kinds = EnumSet.noneOf(Cue.Kind.class);
        double text = 0;
        Language closest = null;
        for (Map.Entry<Language, Reading> entry : a.readings.entrySet()) {
            Reading ra = entry.getValue(), rb = b.readings.get(entry.getKey());
            if (rb == null || (entry.getKey() == Language.OTHER && !sameLanguage(a, b))) continue;
            double cosine = cosine(ra, rb);
            if (cosine > text) {
                text = cosine;
                closest = entry.getKey();
            }
            compare(ra, rb, why, kinds);
        }
        double factor = descriptors(a.proposition(), b.proposition(), why, kinds);
        if (kinds.isEmpty()) return 0;
        double actors = overlap(a, b);
        double topic = actors < 0 ? text : (text + actors) / 2;
        double opposition = 1;
        for (Cue.Kind kind : kinds) opposition *= 1 - weight(kind);
        if (why != null && closest != null) shared(a.readings.get(closest), b.readings.get(closest), why);
        return Math.round(topic * (1 - opposition) * factor * 1000) / 1000.0;
    }

    /** The cues between two readings of one language. */
    private void compare(Reading a, Reading b, List<Cue> why, Set<Cue.Kind> kinds) {
        boolean opposite = false;
        for (int group : a.cues.keySet()) {
            if (!b.cues.containsKey(group)) continue;
            int sa = a.side(group), sb = b.side(group);
            if (sa == Reading.NONE || sb == Reading.NONE) continue;
            boolean opposed = cues.group(group).poles() ? sa == -sb : sa != sb;
            if (!opposed) continue;
            opposite = true;
            if (why != null) why.add(new Cue(Cue.Kind.OPPOSITE, a.cueWords(group, sa), b.cueWords(group, sb)));
        }
        if (opposite) {
            kinds.add(Cue.Kind.OPPOSITE);
        } else if (a.tone() != 0 && a.tone() == -b.tone()) {
            kinds.add(Cue.Kind.TONE);
            if (why != null) why.add(new Cue(Cue.Kind.TONE, a.toneWords(a.tone()), b.toneWords(b.tone())));
        }
        if (a.freeNegations.isEmpty() != b.freeNegations.isEmpty()) {
            kinds.add(Cue.Kind.NEGATION);
            if (why != null) why.add(new Cue(Cue.Kind.NEGATION, List.copyOf(a.freeNegations), List.copyOf(b.freeNegations)));
        }
    }

    /**
     * What the two descriptors say: on one subject and different dimensions, opposite directions
     * are a cue; on one dimension the rules decide, and the same direction (or opposite ones in
     * years apart) lowers the score.
     */
    private double descriptors(Proposition p, Proposition q, List<Cue> why, Set<Cue.Kind> kinds) {
        if (p == null || q == null || !Objects.equals(Text.key(p.subject()), Text.key(q.subject()))) return 1;
        int sp = side(p.direction()), sq = side(q.direction());
        boolean opposed = (sp != 0 && sp == -sq) || (vocabulary != null && vocabulary.differentValues(p.direction(), q.direction()));
        boolean sameDimension = Objects.equals(Text.key(p.dimension()), Text.key(q.dimension()));
        if (sameDimension) {
            boolean agree = p.directionKey().equals(q.directionKey()) || (sp != 0 && sp == sq);
            return agree || (opposed && !p.span().overlaps(q.span())) ? AGREE : 1;
        }
        if (opposed) {
            kinds.add(Cue.Kind.DIRECTION);
            if (why != null) why.add(new Cue(Cue.Kind.DIRECTION, List.of(p.dimension() + ": " + p.direction()), List.of(q.dimension() + ": " + q.direction())));
        }
        return 1;
    }

    /** A direction's side: its pole in the vocabulary, else its cue word's side (a value such as "winner"). */
    private int side(String direction) {
        int side = vocabulary == null ? 0 : vocabulary.side(direction);
        return side != 0 ? side : cues.side(direction);
    }

    private static void shared(Reading a, Reading b, List<Cue> why) {
        List<String> inA = new ArrayList<>(), inB = new ArrayList<>();
        for (Map.Entry<String, String> w : a.words.entrySet()) {
            if (inA.size() == SHARED_SHOWN) break;
            String theirs = b.words.get(w.getKey());
            if (theirs == null) continue;
            inA.add(w.getValue());
            inB.add(theirs);
        }
        if (!inA.isEmpty()) why.add(new Cue(Cue.Kind.SHARED, inA, inB));
    }

    static double cosine(Reading a, Reading b) {
        if (a.words.isEmpty() || b.words.isEmpty()) return 0;
        int common = 0;
        for (String w : a.words.keySet()) if (b.words.containsKey(w)) common++;
        return common / Math.sqrt((double) a.words.size() * b.words.size());
    }

    /** Shared actors over the fewer of the two; -1 when either names none. */
    static double overlap(ClaimText a, ClaimText b) {
        if (a.actors.isEmpty() || b.actors.isEmpty()) return -1;
        int common = 0;
        for (String actor : a.actors) if (b.actors.contains(actor)) common++;
        return common / (double) Math.min(a.actors.size(), b.actors.size());
    }

    private static boolean sameLanguage(ClaimText a, ClaimText b) {
        return Objects.equals(Text.key(a.claim.language()), Text.key(b.claim.language()));
    }

    private static double weight(Cue.Kind kind) {
        return switch (kind) {
            case OPPOSITE -> OPPOSITE;
            case DIRECTION -> DIRECTION;
            case TONE -> TONE;
            case NEGATION -> NEGATION;
            case SHARED -> 0;
        };
    }
}
