package org.dialectica.debate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/**
 * The scoreboard of a debate at one moment. A side stands when it has stated theses and all of
 * them are IN; the winner is the one side that stands. Cruxes come from comparing the sides'
 * theses (bounded what-if labellings, {@link Comparison}).
 */
final class Scores {
    private Scores() {}

    static Scoreboard of(Debate debate, Analysis analysis, List<ThesisState> theses) {
        List<Comparison.Crux> cruxes = List.of();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> sides = new LinkedHashSet<>();
        for (ThesisState t : theses) {
            ids.add(t.id());
            sides.add(t.side());
        }
        if (ids.size() >= 2 && sides.size() >= 2) {
            // a crux the moderator has already ruled on is decided: no longer offered
            cruxes = Comparison.of(analysis, List.copyOf(ids)).cruxes().stream().filter(c -> !ruled(analysis, c)).toList();
        }
        return new Scoreboard(theses, debate.turningMovesNow(), debate.challengesNow(), cruxes, debate.concessionsNow(),
                debate.turnNow(), result(debate.setup(), theses, debate.closed()));
    }

    /** Whether the moderator has ruled between two claims whose ruling the crux turns on. */
    private static boolean ruled(Analysis analysis, Comparison.Crux crux) {
        for (Comparison.Outcome outcome : crux.outcomes()) {
            for (org.dialectica.reasoning.Change change : outcome.changes()) {
                if (change instanceof org.dialectica.reasoning.Change.Prefer p && (prefers(analysis, p.preferred(), p.over())
                        || prefers(analysis, p.over(), p.preferred()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean prefers(Analysis analysis, String preferred, String over) {
        return analysis.map().claim(preferred).map(c -> c.preferredOver().contains(over)).orElse(false);
    }

    static Result result(Setup setup, List<ThesisState> theses, boolean closed) {
        List<String> standing = new ArrayList<>();
        for (Side s : setup.sides()) {
            List<ThesisState> own = theses.stream().filter(t -> t.side().equals(s.name())).toList();
            if (!own.isEmpty() && own.stream().allMatch(t -> t.label() == Label.IN)) standing.add(s.name());
        }
        Object states = Sentence.list(theses.stream()
                .map(t -> Sentence.of("debate.thesis-state", t.title(), Sentence.word(t.label()))).toList());
        Sentence why;
        String winner = null;
        if (standing.size() == 1) {
            winner = standing.get(0);
            String w = winner;
            why = Sentence.of("debate.result.winner", winner, Sentence.list(theses.stream().filter(t -> t.side().equals(w))
                    .map(t -> Sentence.of("debate.thesis-state", t.title(), Sentence.word(t.label()))).toList()));
        } else if (standing.isEmpty()) {
            why = Sentence.of("debate.result.none", states);
        } else {
            why = Sentence.of("debate.result.several", String.join(", ", standing));
        }
        return new Result(winner, closed ? why : Sentence.of("debate.result.open", why), closed);
    }
}
