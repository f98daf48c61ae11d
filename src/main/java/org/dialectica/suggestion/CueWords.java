package org.dialectica.suggestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Vocabulary;

/**
 * The cue words of each language ({@code cues_en.txt}, {@code cues_id.txt} beside this class), with
 * the direction words of the descriptor vocabulary added to the English ones: for each word, the
 * group of opposites it belongs to and its side in it, and the negations.
 */
final class CueWords {
    /** A group of opposed words: a pair of poles (sides +1 and -1) or a value set of {@code size} members (side = member). */
    record Group(String name, boolean poles, boolean trend, int size) {}

    /** Where a word belongs. */
    record Place(int group, int side) {}

    private final List<Group> groups = new ArrayList<>();
    private final Map<Language, Map<String, Place>> places = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> negations = new EnumMap<>(Language.class);
    private final Tokens tokens;

    CueWords(Tokens tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        for (Language language : Language.values()) {
            places.put(language, new HashMap<>());
            negations.put(language, new HashSet<>());
        }
        Set<String> ignored = new HashSet<>();
        read(Language.ENGLISH, "cues_en.txt", ignored);
        read(Language.INDONESIAN, "cues_id.txt", new HashSet<>());
        if (vocabulary != null) vocabulary.opposed().forEach(o -> addVocabulary(o, ignored));
    }

    Group group(int index) {
        return groups.get(index);
    }

    /** Where the word belongs, or null for a word that is no cue. */
    Place place(Language language, String cueKey) {
        return cueKey == null ? null : places.get(language).get(cueKey);
    }

    boolean negation(Language language, String surface) {
        return negations.get(language).contains(surface);
    }

    /** The side a descriptor's direction word takes among the English cue words: ±1, or 0 if it has none. */
    int side(String direction) {
        Place place = place(Language.ENGLISH, tokens.cueKey(Language.ENGLISH, direction));
        return place != null && groups.get(place.group()).poles() ? place.side() : 0;
    }

    private void read(Language language, String resource, Set<String> ignored) {
        try (InputStream in = CueWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the cue words " + resource + " are missing from the build");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                String kind = colon < 0 ? "" : line.substring(0, colon).strip();
                String words = colon < 0 ? "" : line.substring(colon + 1).strip();
                switch (kind) {
                    case "trend", "opposite" -> {
                        String[] poles = words.split("\\|");
                        if (poles.length != 2) throw new IllegalStateException(resource + ":" + number + ": a pair needs two poles split by |");
                        int group = newGroup(poles[0].strip().split("\\s+")[0] + " / " + poles[1].strip().split("\\s+")[0], true, kind.equals("trend"), 2);
                        add(language, group, 1, split(poles[0]), resource, number);
                        add(language, group, -1, split(poles[1]), resource, number);
                    }
                    case "negation" -> split(words).forEach(w -> negations.get(language).add(w));
                    case "ignore" -> ignored.addAll(split(words).stream().map(w -> tokens.cueKey(language, w)).toList());
                    default -> throw new IllegalStateException(resource + ":" + number + ": expected trend:, opposite:, negation: or ignore:");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Language language, int group, int side, List<String> words, String resource, int line) {
        for (String word : words) {
            String key = tokens.cueKey(language, word);
            if (key == null) throw new IllegalStateException(resource + ":" + line + ": '" + word + "' is not one word");
            Place before = places.get(language).putIfAbsent(key, new Place(group, side));
            if (before != null && !before.equals(new Place(group, side))) {
                throw new IllegalStateException(resource + ":" + line + ": '" + word + "' already belongs to " + groups.get(before.group()).name());
            }
        }
    }

    /**
     * A pair of the vocabulary joins the trend pair that already holds one of its words (on the
     * same sides), else becomes a group of its own; the words the lists know keep their place.
     */
    private void addVocabulary(Vocabulary.Opposed opposed, Set<String> ignored) {
        Map<String, Place> english = places.get(Language.ENGLISH);
        List<List<String>> keys = opposed.sides().stream()
                .map(side -> side.stream().map(w -> tokens.cueKey(Language.ENGLISH, w)).filter(k -> k != null && !ignored.contains(k)).toList())
                .toList();
        if (!opposed.poles()) {
            int group = newGroup(opposed.name(), false, false, keys.size());
            for (int member = 0; member < keys.size(); member++) {
                for (String key : keys.get(member)) english.putIfAbsent(key, new Place(group, member));
            }
            return;
        }
        Place known = null;
        int knownSide = 0;
        for (int s = 0; s < 2 && known == null; s++) {
            for (String key : keys.get(s)) {
                Place p = english.get(key);
                if (p != null && groups.get(p.group()).poles()) {
                    known = p;
                    knownSide = s == 0 ? p.side() : -p.side();
                    break;
                }
            }
        }
        int group = known != null ? known.group() : newGroup(opposed.name(), true, true, 2);
        int first = known != null ? knownSide : 1;
        for (int s = 0; s < 2; s++) {
            for (String key : keys.get(s)) english.putIfAbsent(key, new Place(group, s == 0 ? first : -first));
        }
    }

    private int newGroup(String name, boolean poles, boolean trend, int size) {
        groups.add(new Group(name, poles, trend, size));
        return groups.size() - 1;
    }

    private static List<String> split(String words) {
        return Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
