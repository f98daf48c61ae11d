package org.dialectica.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialectica.suggestion.SuggestedSentence.Kind;

/**
 * The phrases of {@code claim_cues.txt} (beside this class), looked up by their first word, so a
 * sentence's words are matched in one pass whatever the length of the list.
 */
final class ClaimCues {
    record Phrase(Kind kind, List<String> words) {
        String text() {
            return String.join(" ", words);
        }
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    ClaimCues() {
        try (InputStream in = ClaimCues.class.getResourceAsStream("claim_cues.txt")) {
            if (in == null) throw new IllegalStateException("the claim cues claim_cues.txt are missing from the build");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\\\\\R", " ");
            int number = 0;
            for (String line : text.lines().toList()) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                Kind kind;
                try {
                    kind = Kind.valueOf(line.substring(0, Math.max(colon, 0)).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("claim_cues.txt: entry " + number + ": expected a kind of " + List.of(Kind.values()) + " and a colon");
                }
                for (String phrase : line.substring(colon + 1).split(",")) {
                    List<String> words = words(phrase);
                    if (words.isEmpty()) continue;
                    byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(new Phrase(kind, words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kinds the words fire, each with the phrases that fired it as written in the list, in the
     * order met. The longest phrase at a place wins and its words fire nothing else: "oleh karena
     * itu" is a consequence, not also a cause for its "karena".
     */
    Map<Kind, List<String>> fired(List<String> words) {
        Map<Kind, List<String>> fired = new EnumMap<>(Kind.class);
        int i = 0;
        while (i < words.size()) {
            Phrase longest = null;
            for (Phrase phrase : byFirstWord.getOrDefault(words.get(i), List.of())) {
                int n = phrase.words().size();
                if (i + n <= words.size() && words.subList(i, i + n).equals(phrase.words())
                        && (longest == null || n > longest.words().size())) longest = phrase;
            }
            if (longest == null) {
                i++;
                continue;
            }
            List<String> found = fired.computeIfAbsent(longest.kind(), k -> new ArrayList<>());
            if (!found.contains(longest.text())) found.add(longest.text());
            i += longest.words().size();
        }
        return fired;
    }

    /** A text's words: runs of letters and digits, lower case. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
