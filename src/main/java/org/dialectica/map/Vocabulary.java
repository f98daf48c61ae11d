package org.dialectica.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words proposition descriptors may use and which of them contradict each other: pairs of
 * opposite directions (rises / falls, each pole with its synonyms), value sets whose distinct
 * members are contrary (winner / loser), and the dimensions claims may be compared on. It is data
 * ({@code rules/descriptors.yaml}), so a paper with new words needs no new code. Words are
 * compared as {@link Text#key} compares them.
 */
public final class Vocabulary {
    /** Where a direction word belongs: one side (+1 or -1) of a pair of opposites, or a value (side 0) of a set. */
    private record Place(String scale, int side, String value) {}

    /** A descriptor word the vocabulary does not list; {@code field} is "dimension" or "direction". */
    public record Unknown(String field, String word) {
        @Override
        public String toString() {
            return field + " '" + word + "'";
        }
    }

    /**
     * Direction words that oppose each other, as written: a pair's two poles (every word of each,
     * the first pole listed first), or a value set's members (one word each, any two opposed).
     */
    public record Opposed(String name, List<List<String>> sides, boolean poles) {
        public Opposed {
            sides = sides.stream().map(List::copyOf).toList();
        }
    }

    private final Map<String, Place> directions;
    private final Set<String> dimensions;
    private final String knownDirections;
    private final List<Opposed> opposed;

    private Vocabulary(Map<String, Place> directions, Set<String> dimensions, String knownDirections, List<Opposed> opposed) {
        this.directions = Map.copyOf(directions);
        this.dimensions = Set.copyOf(dimensions);
        this.knownDirections = knownDirections;
        this.opposed = List.copyOf(opposed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Same subject and dimension, overlapping years, and directions that are opposite poles of one
     * pair or two different values of one set. A word the vocabulary does not know contradicts nothing.
     */
    public boolean contrary(Proposition a, Proposition b) {
        if (a == null || b == null || !a.topic().equals(b.topic()) || !a.span().overlaps(b.span())) return false;
        Place p = directions.get(a.directionKey()), q = directions.get(b.directionKey());
        if (p == null || q == null || !p.scale().equals(q.scale())) return false;
        return p.side() != 0 ? p.side() == -q.side() : !p.value().equals(q.value());
    }

    /** The descriptor's dimension and direction if the vocabulary does not list them; empty when it knows both. */
    public List<Unknown> unknownWords(Proposition proposition) {
        List<Unknown> unknown = new ArrayList<>(2);
        if (!dimensions.contains(Text.key(proposition.dimension()))) unknown.add(new Unknown("dimension", proposition.dimension()));
        if (!directions.containsKey(proposition.directionKey())) unknown.add(new Unknown("direction", proposition.direction()));
        return unknown;
    }

    /** For messages: the poles of every pair and the members of every set, as written in the vocabulary. */
    public String knownDirections() {
        return knownDirections;
    }

    /** Every pair of poles and every value set, for readers of free text (the suggester). */
    public List<Opposed> opposed() {
        return opposed;
    }

    /**
     * +1 for a direction on the first pole of its pair, -1 on the second, 0 for a value of a set or
     * a word the vocabulary does not know.
     */
    public int side(String direction) {
        Place place = directions.get(Text.key(direction));
        return place == null ? 0 : place.side();
    }

    /** Two directions that are values of one set, different ones: contrary whatever their signs. */
    public boolean differentValues(String direction, String other) {
        Place p = directions.get(Text.key(direction)), q = directions.get(Text.key(other));
        return p != null && q != null && p.side() == 0 && p.scale().equals(q.scale()) && !p.value().equals(q.value());
    }

    public boolean knowsDimension(String dimension) {
        return dimensions.contains(Text.key(dimension));
    }

    public boolean knowsDirection(String direction) {
        return directions.containsKey(Text.key(direction));
    }

    /** Collects the words one at a time, so a reader can say where a word that does not fit was written. */
    public static final class Builder {
        private final Map<String, Place> directions = new LinkedHashMap<>();
        private final Set<String> dimensions = new LinkedHashSet<>();
        private final Map<String, List<String>> pairs = new LinkedHashMap<>();
        private final Map<String, List<List<String>>> poleWords = new LinkedHashMap<>();
        private final Map<String, List<String>> sets = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Declares that {@code word} names one pole of the pair {@code pair}: {@code positive} for one
         * side, not for the other. The first word given for a side is how the side is named.
         *
         * @throws IllegalArgumentException if the word already has a meaning
         */
        public Builder pole(String pair, boolean positive, String word) {
            String key = newDirection(word);
            directions.put(key, new Place("pair " + Text.key(pair), positive ? 1 : -1, null));
            List<String> poles = pairs.computeIfAbsent(pair, p -> new ArrayList<>(List.of("", "")));
            if (poles.get(positive ? 0 : 1).isEmpty()) poles.set(positive ? 0 : 1, word.strip());
            poleWords.computeIfAbsent(pair, p -> List.of(new ArrayList<>(), new ArrayList<>())).get(positive ? 0 : 1).add(word.strip());
            return this;
        }

        /** Declares {@code word} a member of the value set {@code set}. */
        public Builder value(String set, String word) {
            String key = newDirection(word);
            directions.put(key, new Place("set " + Text.key(set), 0, key));
            sets.computeIfAbsent(set, s -> new ArrayList<>()).add(word.strip());
            return this;
        }

        public Builder dimension(String name) {
            String key = Text.key(name);
            if (key == null || key.isEmpty()) throw new IllegalArgumentException("a dimension needs a name");
            if (!dimensions.add(key)) throw new IllegalArgumentException("the dimension '" + name.strip() + "' is listed twice");
            return this;
        }

        private String newDirection(String word) {
            String key = Text.key(word);
            if (key == null || key.isEmpty()) throw new IllegalArgumentException("a direction needs a word");
            if (directions.containsKey(key)) {
                throw new IllegalArgumentException("the direction '" + word.strip() + "' already has a meaning: each word may be listed once");
            }
            return key;
        }

        /** @throws IllegalArgumentException if a pair lacks a side or a set has fewer than two values */
        public Vocabulary build() {
            pairs.forEach((pair, poles) -> {
                if (poles.contains("")) throw new IllegalArgumentException("the pair '" + pair + "' needs two opposite sides");
            });
            sets.forEach((set, values) -> {
                if (values.size() < 2) throw new IllegalArgumentException("the value set '" + set + "' needs at least two values");
            });
            String known = pairs.values().stream().map(p -> p.get(0) + " / " + p.get(1)).collect(Collectors.joining(", "));
            String values = sets.entrySet().stream().map(e -> String.join(" | ", e.getValue()) + " (" + e.getKey() + ")")
                    .collect(Collectors.joining(", "));
            String both = known.isEmpty() ? values : values.isEmpty() ? known : known + "; values " + values;
            List<Opposed> opposed = new ArrayList<>();
            poleWords.forEach((pair, sides) -> opposed.add(new Opposed(pair, sides, true)));
            sets.forEach((set, members) -> opposed.add(new Opposed(set, members.stream().map(List::of).toList(), false)));
            return new Vocabulary(directions, dimensions, both.isEmpty() ? "none" : both, opposed);
        }
    }
}
