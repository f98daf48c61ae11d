package org.dialectica.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words students use for the same thing in the seed maps' field, in English and Indonesian:
 * each group is written as one word before the text is analysed («won», «winner», «victor» → win;
 * «Moscow», «Russian» → russia), so that «Russia won the war» and «Russia is the clear winner of the
 * ceasefire» share their words. Two claims that name opposite outcomes (win / lose, stronger /
 * weaker) or different actors only are not the same claim, however many words they share.
 */
final class Paraphrases {
    private Paraphrases() {}

    /** word group → the one word it is written as; English and Indonesian apart (each field has its own analyser). */
    private static final List<Map.Entry<Pattern, String>> ENGLISH = groups(Map.of(
            "win", "win|wins|won|winning|winners?|victors?|victory|victorious|triumph(?:ed|s)?",
            "lose", "lose|loses|lost|losing|losers?|defeat(?:ed|s)?",
            "strong", "strong|stronger|strongest|strength|strengthen(?:ed|s|ing)?",
            "weak", "weak|weaker|weakest|weakness|weaken(?:ed|s|ing)?|declin(?:e|es|ed|ing)",
            "hegemon", "hegemon|hegemony|dominance|dominant|dominat(?:e|es|ed|ing)",
            "ceasefire", "ceasefire|cease-fire|truce|armistice",
            "help", "help(?:ed|s|ing)?|assist(?:ed|s|ance)?|aid(?:ed)?",
            "depend", "depend(?:s|ed|ent|ence)?|reli(?:es|ed|ant|ance)|rely",
            "mediate", "mediat(?:e|ed|es|ing|ion|or|ors)|broker(?:ed|s)?",
            "settle", "settle(?:d|ment)?|resolv(?:e|ed|es)|resolution"), Map.of(
            "durable", "for good|durabl[ey]|lasting|long-lasting|permanent(?:ly)?",
            "fighting", "fighting|hostilities|armed phase|combat",
            "uncertain", "uncertain(?:ty|ties)?|unclear"), Map.of(
            "russia", "russia|russian|russians|moscow|kremlin",
            "azerbaijan", "azerbaijan|azerbaijani|azerbaijanis|baku",
            "turkey", "turkey|turkish|ankara|türkiye",
            "armenia", "armenia|armenian|armenians|yerevan",
            "china", "china|chinese|beijing"));

    private static final List<Map.Entry<Pattern, String>> INDONESIAN = groups(Map.of(
            "menang", "menang|memenangkan|memenangi|pemenang|kemenangan|menangnya",
            "kalah", "kalah|kekalahan|dikalahkan|mengalahkan",
            "kuat", "kuat|menguat|memperkuat|diperkuat|kekuatan|lebih kuat",
            "lemah", "lemah|melemah|melemahnya|kelemahan|melemahkan",
            "gencatan", "gencatan senjata|gencatan",
            "bantu", "bantu|membantu|bantuan|dibantu",
            "gantung", "bergantung|ketergantungan|tergantung",
            "langgeng", "langgeng|permanen|abadi|selamanya"), Map.of(
            "rusia", "rusia|moskow|moskwa",
            "azerbaijan", "azerbaijan|baku",
            "turki", "turki|turkiye|türkiye|ankara",
            "armenia", "armenia|yerevan",
            "china", "china|tiongkok|cina|beijing"));

    /** Outcomes that exclude each other: a claim of one and a claim of the other are never the same. */
    private static final List<Set<String>> OPPOSITES = List.of(Set.of("win", "lose"), Set.of("strong", "weak"),
            Set.of("menang", "kalah"), Set.of("kuat", "lemah"));

    private static final Set<String> ACTORS = Set.of("russia", "azerbaijan", "turkey", "armenia", "china", "rusia", "turki");

    static String english(String text) {
        return rewrite(text, ENGLISH);
    }

    static String indonesian(String text) {
        return rewrite(text, INDONESIAN);
    }

    /** The actors and outcomes a rewritten text names, for {@link #exclude}. */
    static Set<String> marks(String rewritten) {
        Set<String> out = new HashSet<>();
        for (String w : rewritten.split("[^\\p{L}\\p{N}]+")) {
            if (ACTORS.contains(w) || OPPOSITES.stream().anyMatch(p -> p.contains(w))) out.add(w);
        }
        return out;
    }

    /**
     * Whether two claims' marks say they cannot say the same: one names an outcome the other
     * opposes (and not that outcome itself), or both name actors and none in common.
     */
    static boolean exclude(Set<String> a, Set<String> b) {
        for (Set<String> pair : OPPOSITES) {
            for (String x : pair) {
                for (String y : pair) {
                    if (!x.equals(y) && a.contains(x) && !a.contains(y) && b.contains(y) && !b.contains(x)) return true;
                }
            }
        }
        Set<String> actorsA = new HashSet<>(a), actorsB = new HashSet<>(b);
        actorsA.retainAll(ACTORS);
        actorsB.retainAll(ACTORS);
        if (actorsA.isEmpty() || actorsB.isEmpty()) return false;
        actorsA.retainAll(actorsB);
        return actorsA.isEmpty();
    }

    private static String rewrite(String text, List<Map.Entry<Pattern, String>> groups) {
        String out = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> g : groups) {
            Matcher m = g.getKey().matcher(out);
            out = m.replaceAll(g.getValue());
        }
        return out;
    }

    @SafeVarargs
    private static List<Map.Entry<Pattern, String>> groups(Map<String, String>... byWord) {
        List<Map.Entry<Pattern, String>> out = new java.util.ArrayList<>();
        for (Map<String, String> m : byWord) {
            // sorted, so that the rewriting does not depend on a map's order
            new java.util.TreeMap<>(m).forEach((word, forms) ->
                    out.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + forms + ")(?:'s)?(?![\\p{L}\\p{N}])"), word)));
        }
        return out;
    }
}
