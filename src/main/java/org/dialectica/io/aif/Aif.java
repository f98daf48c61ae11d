package org.dialectica.io.aif;

import java.util.Locale;

/** The words AIF and this reader and writer share: node types, default scheme names, Dialectica's own field. */
final class Aif {
    private Aif() {}

    static final String I = "I", RA = "RA", CA = "CA", PA = "PA", MA = "MA", L = "L", YA = "YA", TA = "TA";

    /**
     * The field on nodes and at the top in which Dialectica keeps what AIF has no place for (a claim's
     * id, title, kind and source; an argument's id and title; the map's title). AIFdb and OVA3 ignore it.
     */
    static final String EXTRA = "dialectica";

    static final String DEFAULT_INFERENCE = "Default Inference", DEFAULT_CONFLICT = "Default Conflict",
            DEFAULT_PREFERENCE = "Default Preference", CONTRARY_CONFLICT = "Contrary Conflict",
            CONTRADICTORY_CONFLICT = "Contradictory Conflict";

    /** What a person calls a kind of node, for warnings: "RA node", "L-node". */
    static String kind(String type) {
        return type.equals(I) || type.equals(L) ? type + "-node" : type + " node";
    }

    /** How many nodes of a kind, with what they are: "16 L-nodes (locutions)". */
    static String count(String type, int n) {
        String gloss = switch (type) {
            case I -> "claim";
            case RA -> "inference";
            case CA -> "conflict";
            case PA -> "preference";
            case MA -> "rephrase";
            case L -> "locution";
            case YA -> "illocution";
            case TA -> "transition";
            default -> null;
        };
        String plural = n == 1 ? "" : "s";
        return n + " " + kind(type) + plural + (gloss == null ? "" : " (" + gloss + plural + ")");
    }

    /** AIFdb names the plain inference "RA" or "Default Inference"; any other name is a scheme worth keeping. */
    static boolean defaultInference(String text) {
        if (text == null || text.isBlank()) return true;
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("ra") || t.equals("default inference") || t.equals("inference");
    }
}
