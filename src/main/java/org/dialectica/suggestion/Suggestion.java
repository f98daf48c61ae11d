package org.dialectica.suggestion;

import java.util.List;
import java.util.Objects;

/**
 * A conflict the texts suggest between two claims of different papers: {@code a} is the smaller
 * id, the score in (0, 1] ranks suggestions (the higher, the likelier), and {@code why} lists the
 * cues that triggered it with the words of each claim.
 */
public record Suggestion(String a, String b, double score, List<Cue> why) {
    public Suggestion {
        why = List.copyOf(why);
    }

    public Pair pair() {
        return new Pair(a, b);
    }

    /** Two claims in either order, kept as the smaller id first: how a dismissed suggestion is remembered. */
    public record Pair(String a, String b) {
        public Pair {
            Objects.requireNonNull(a);
            Objects.requireNonNull(b);
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
        }
    }

    /**
     * One reason for a suggestion and the words behind it, as the claims write them.
     *
     * @param inA the words of claim a (for a negation or a shared word, possibly only one side's)
     */
    public record Cue(Kind kind, List<String> inA, List<String> inB) {
        public Cue {
            inA = List.copyOf(inA);
            inB = List.copyOf(inB);
        }

        public enum Kind {
            /** words of opposite poles of one pair ("weakened" / "stronger") or different values of one set */
            OPPOSITE,
            /** descriptors on one subject with opposite directions on different dimensions */
            DIRECTION,
            /** words on opposite sides of two different trend pairs ("weakness" / "winner") */
            TONE,
            /** one text denies ("not", "tidak") and the other does not */
            NEGATION,
            /** the topic words both texts use: context, not a reason by itself */
            SHARED;

            public String word() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }
}
