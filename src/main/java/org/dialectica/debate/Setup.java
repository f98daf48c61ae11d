package org.dialectica.debate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dialectica.reasoning.Sentence;

/**
 * How a debate is run.
 *
 * @param rounds how many times each side has its turn in {@code rounds}; 0: no limit
 * @param movesPerTurn moves a side makes before its turn passes; 0: until it passes
 * @param turnSeconds the time of a turn (a speech); 0: no timer
 * @param debatersVote whether debaters may vote on claims' weights too (the audience always may)
 */
public record Setup(String title, Format format, String moderator, List<Side> sides, int rounds, int movesPerTurn,
        int turnSeconds, boolean debatersVote) {

    /** British Parliamentary: the eight speeches, the team (by position) that gives each, and its speaker. */
    static final int[] BP_TEAM = {0, 1, 0, 1, 2, 3, 2, 3};
    static final String[] BP_SPEAKER = {"PM", "LO", "DPM", "DLO", "MG", "MO", "GW", "OW"};

    public Setup {
        Objects.requireNonNull(format, "format");
        title = title == null || title.isBlank() ? "Debate" : title.strip();
        moderator = moderator == null || moderator.isBlank() ? null : moderator.strip();
        sides = sides == null ? List.of() : List.copyOf(sides);
        if (sides.size() < 2 || sides.size() > 4) {
            throw new SetupException("debate.setup.sides", sides.size());
        }
        if (format == Format.BRITISH_PARLIAMENTARY && sides.size() != 4) {
            throw new SetupException("debate.setup.bp-teams", sides.size());
        }
        if (rounds < 0 || movesPerTurn < 0 || turnSeconds < 0) throw new SetupException("debate.setup.negative");
        Set<String> names = new HashSet<>(), people = new HashSet<>(), theses = new HashSet<>();
        for (Side s : sides) {
            if (!names.add(s.name())) throw new SetupException("debate.setup.same-name", s.name());
            for (String t : s.theses()) {
                if (!theses.add(t)) throw new SetupException("debate.setup.thesis-twice", t);
            }
            for (String m : s.members()) {
                if (!people.add(m)) throw new SetupException("debate.setup.member-twice", Sentence.person(m));
                if (m.equals(moderator)) throw new SetupException("debate.setup.moderator-on-side", Sentence.person(m));
            }
        }
    }

    public Side side(String name) {
        for (Side s : sides) if (s.name().equals(name)) return s;
        return null;
    }

    /** The side a participant is a member of, or null. */
    public Side sideOf(String person) {
        for (Side s : sides) if (s.members().contains(person)) return s;
        return null;
    }

    /** The side whose thesis a claim is, or null. */
    String sideOfThesis(String claimId) {
        for (Side s : sides) if (s.theses().contains(claimId)) return s.name();
        return null;
    }

    /** British Parliamentary: government teams are the first and third. */
    String bench(String side) {
        if (format != Format.BRITISH_PARLIAMENTARY || side == null) return null;
        int i = sides.indexOf(side(side));
        return i < 0 ? null : i % 2 == 0 ? "government" : "opposition";
    }
}
