package org.dialectica.reasoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;

/**
 * Rival theses side by side: each thesis with its status, strength and grounds tree; the
 * conflicts between the positions (everything a thesis rests on, down its supports); and the
 * cruxes — the conflicts between the positions (a ruling either way, or for one side in all of them)
 * and every claim the theses' statuses depend on whose defeat or establishment changes what the
 * theses come to, each with its outcomes found by labelling the map again, never guessed.
 *
 * <p>Cost: positions are found by one walk down the supports per thesis, and what the theses
 * depend on by one walk back along supports, defeats and undercuts; each what-if is one labelling
 * of the whole map (near-linear), one change at a time (never a subset of claims). At most
 * {@link #MAX_WHAT_IFS} labellings are made; {@link #bounded()} says when candidates were left unchecked.
 */
public final class Comparison {
    static final int MAX_WHAT_IFS = 200;

    public record Thesis(String id, Label label, double strength, List<String> grounds) {}

    /** Two claims of rival positions in conflict; {@code kind} is the conflict's or the drawn attack's. */
    public record Clash(String a, String b, Enum<?> kind, Sentence explanation) {}

    /** What the theses come to were {@code changes} made together: found by labelling the map again; {@code condition} words the changes. */
    public record Outcome(List<Change> changes, Sentence condition, Map<String, Label> labels) {}

    public record Crux(List<String> claims, Sentence explanation, List<Outcome> outcomes) {}

    private final List<Thesis> theses = new ArrayList<>();
    private final List<Clash> conflicts = new ArrayList<>();
    private final List<Crux> cruxes = new ArrayList<>();
    private boolean bounded;

    public List<Thesis> theses() { return theses; }
    public List<Clash> conflicts() { return conflicts; }
    public List<Crux> cruxes() { return cruxes; }

    /** True when there were more candidate cruxes than {@link #MAX_WHAT_IFS} labellings allow. */
    public boolean bounded() { return bounded; }

    /**
     * What is wrong with comparing these ids as the theses of {@code map}, in one line, or null when
     * nothing is: an id the map does not hold, one named twice, a claim that is not a thesis, or fewer
     * than two. The command line and the compare page ask this; a debate's sides may hold other claims.
     */
    public static Sentence problem(org.dialectica.map.ArgumentMap map, List<String> thesisIds) {
        Set<String> seen = new java.util.HashSet<>();
        for (String id : thesisIds) {
            Claim claim = map.claim(id).orElse(null);
            if (claim == null) return Sentence.of("compare.problem.unknown", id);
            if (!seen.add(id)) return Sentence.of("compare.problem.twice", Explain.title(claim), id);
            if (claim.kind() != org.dialectica.map.ClaimKind.THESIS) {
                return Sentence.of("compare.problem.not-thesis", Explain.title(claim), id, claim.kind());
            }
        }
        return seen.size() < 2 ? Sentence.of("compare.problem.fewer") : null;
    }

    /**
     * @throws IllegalArgumentException naming an id the map does not hold, or when fewer than two
     *     distinct theses are given
     */
    public static Comparison of(Analysis analysis, List<String> thesisIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(thesisIds));
        if (ids.size() < 2) throw new IllegalArgumentException("name at least two different theses to compare");
        for (String id : ids) {
            if (!analysis.map().hasClaim(id)) throw new IllegalArgumentException("no claim '" + id + "' in the map");
        }
        Comparison comparison = new Comparison();
        comparison.build(analysis, ids);
        return comparison;
    }

    private void build(Analysis analysis, List<String> ids) {
        Verdicts v = analysis.verdicts();
        for (String id : ids) {
            theses.add(new Thesis(id, v.label(id), v.strength(id), groundsTree(v, id)));
        }
        // which thesis each claim of a position belongs to; a claim shared by two positions is common ground
        Map<String, Set<String>> positionOf = new LinkedHashMap<>();
        Map<String, List<String>> supportersOf = new LinkedHashMap<>();
        for (Support s : analysis.map().supports()) supportersOf.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
        for (String id : ids) for (String c : position(supportersOf, id)) positionOf.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(id);

        Map<String, AttackEdge> clashes = new LinkedHashMap<>();
        for (AttackEdge e : analysis.attacks()) {
            if (!e.isOnClaim()) continue;
            Set<String> from = positionOf.getOrDefault(e.getFrom(), Set.of()), to = positionOf.getOrDefault(e.getTo(), Set.of());
            if (from.isEmpty() || to.isEmpty() || from.equals(to)) continue;
            String key = e.getFrom().compareTo(e.getTo()) < 0 ? e.getFrom() + "|" + e.getTo() : e.getTo() + "|" + e.getFrom();
            clashes.putIfAbsent(key, e);
        }
        for (AttackEdge e : clashes.values()) {
            String a = e.getFrom().compareTo(e.getTo()) < 0 ? e.getFrom() : e.getTo();
            String b = a.equals(e.getFrom()) ? e.getTo() : e.getFrom();
            // the conflict's own sentence says why the two cannot both stand; a drawn attack says what it hits
            Conflict conflict = analysis.conflicts().stream().filter(c -> c.involves(a) && c.involves(b)).findFirst().orElse(null);
            conflicts.add(conflict != null
                    ? new Clash(a, b, conflict.getKind(), conflict.explanation())
                    : new Clash(a, b, e.getKind(), e.explanation()));
        }

        Map<String, Label> now = labels(v, ids, v.result.labels());
        int budget = MAX_WHAT_IFS;
        // one position over another in every conflict between them: what a ruling for a side decides
        for (String winner : ids) {
            for (String loser : ids) {
                if (winner.equals(loser)) continue;
                List<Clash> between = conflicts.stream().filter(c -> sides(positionOf, c, winner, loser)).toList();
                if (between.size() < 2) continue; // one conflict: its own crux below says it
                if (budget < 1) { bounded = true; break; }
                budget--;
                List<Change> changes = between.stream().<Change>map(c -> positionOf.get(c.a()).contains(winner)
                        ? new Change.Prefer(c.a(), c.b()) : new Change.Prefer(c.b(), c.a())).toList();
                Outcome outcome = outcome(v, ids, changes, between.size() == 2
                        ? Sentence.of("compare.if.side.two", name(analysis, winner), name(analysis, loser))
                        : Sentence.of("compare.if.side", name(analysis, winner), between.size(), name(analysis, loser)));
                if (!outcome.labels().equals(now)) {
                    List<String> claims = between.stream().flatMap(c -> java.util.stream.Stream.of(c.a(), c.b())).distinct().toList();
                    cruxes.add(new Crux(claims, crux(analysis, outcome), List.of(outcome)));
                }
            }
        }
        for (Clash clash : conflicts) {
            if (budget < 2) { bounded = true; break; }
            budget -= 2;
            Outcome aWins = preferred(analysis, ids, clash.a(), clash.b());
            Outcome bWins = preferred(analysis, ids, clash.b(), clash.a());
            if (!aWins.labels().equals(bWins.labels()) || !aWins.labels().equals(now)) {
                cruxes.add(new Crux(List.of(clash.a(), clash.b()), Sentence.of("compare.crux.two",
                        sentence(analysis, aWins), sentence(analysis, bWins)).capitalised(), List.of(aWins, bWins)));
            }
        }
        // every claim the theses depend on, nearest first: would its defeat, or its standing on its own, turn a thesis?
        for (String c : dependencies(v, ids)) {
            Label label = v.label(c);
            List<Change> candidates = new ArrayList<>();
            if (label == Label.IN || label == Label.UNDEC) candidates.add(new Change.Defeat(c));
            if (label == Label.UNDEC || label == Label.UNSUPPORTED) candidates.add(new Change.Establish(c));
            for (Change change : candidates) {
                if (budget < 1) { bounded = true; break; }
                budget--;
                String key = change instanceof Change.Defeat ? "compare.if.defeated" : "compare.if.established";
                Outcome outcome = outcome(v, ids, List.of(change), Sentence.of(key, name(analysis, c)));
                // said even when a ruling's outcome is the same: the defeat of one claim is a crux of its own
                if (outcome.labels().equals(now)) continue;
                cruxes.add(new Crux(List.of(c), crux(analysis, outcome), List.of(outcome)));
            }
            if (bounded) break;
        }
    }

    /**
     * The claims the theses' statuses depend on, nearest first: their premises, the claims that defeat
     * them and those that undercut their inferences, and theirs in turn (the theses themselves left
     * out). Nothing else can change what the theses come to, one claim at a time.
     */
    private static List<String> dependencies(Verdicts v, List<String> ids) {
        IntLists undercutters = v.undercuttersOf(), premises = v.structure.premisesByInference();
        IntLists defeaters = v.defeatersOf();
        Set<Integer> seen = new LinkedHashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (String id : ids) { seen.add(v.indexOf(id)); todo.add(v.indexOf(id)); }
        List<String> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            int x = todo.removeFirst();
            List<Integer> next = new ArrayList<>();
            for (int i = defeaters.start[x]; i < defeaters.start[x + 1]; i++) next.add(defeaters.items[i]);
            for (int k = v.into.start[x]; k < v.into.start[x + 1]; k++) {
                int g = v.into.items[k];
                for (int j = premises.start[g]; j < premises.start[g + 1]; j++) next.add(premises.items[j]);
                for (int j = undercutters.start[g]; j < undercutters.start[g + 1]; j++) next.add(undercutters.items[j]);
            }
            for (int y : next) {
                if (seen.add(y)) {
                    todo.addLast(y);
                    out.add(v.ids[y]);
                }
            }
        }
        return out;
    }

    /**
     * Labels the map as if a ruling put {@code winner} over {@code loser}: the loser's attacks on
     * the winner fail, and the winner's attacks on the loser succeed (whatever was ruled before).
     */
    private static Outcome preferred(Analysis analysis, List<String> ids, String winner, String loser) {
        return outcome(analysis.verdicts(), ids, List.of(new Change.Prefer(winner, loser)),
                Sentence.of("compare.if.preferred", name(analysis, winner), name(analysis, loser)));
    }

    private static Sentence crux(Analysis analysis, Outcome outcome) {
        return Sentence.of("compare.crux.one", sentence(analysis, outcome)).capitalised();
    }

    /** The conflict sets a claim of {@code winner}'s position against one of {@code loser}'s only. */
    private static boolean sides(Map<String, Set<String>> positionOf, Clash c, String winner, String loser) {
        Set<String> a = positionOf.get(c.a()), b = positionOf.get(c.b());
        return (a.contains(winner) && !a.contains(loser) && b.contains(loser) && !b.contains(winner))
                || (b.contains(winner) && !b.contains(loser) && a.contains(loser) && !a.contains(winner));
    }

    private static Outcome outcome(Verdicts v, List<String> ids, List<Change> changes, Sentence condition) {
        return new Outcome(changes, condition, labels(v, ids, v.relabelled(changes)));
    }

    private static Map<String, Label> labels(Verdicts v, List<String> ids, Label[] labels) {
        Map<String, Label> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, labels[v.indexOf(id)]);
        return out;
    }

    /** "if «A» is preferred over «B», «T1» stands and «T2» is defeated" */
    private static Sentence sentence(Analysis analysis, Outcome outcome) {
        List<Sentence> parts = new ArrayList<>();
        outcome.labels().forEach((id, label) -> parts.add(Sentence.of("compare.then." + label.word(), name(analysis, id))));
        return Sentence.of("compare.outcome", outcome.condition(), Sentence.list(parts));
    }

    private static String name(Analysis analysis, String id) {
        return Explain.title(analysis.map().claim(id).orElse(Claim.of(id, "")));
    }

    /** The thesis and everything that supports it, directly or through other claims: one walk. */
    private static Set<String> position(Map<String, List<String>> supportersOf, String thesis) {
        Set<String> seen = new LinkedHashSet<>(List.of(thesis));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(thesis));
        while (!todo.isEmpty()) {
            for (String p : supportersOf.getOrDefault(todo.pop(), List.of())) if (seen.add(p)) todo.push(p);
        }
        return seen;
    }

    /** The grounds tree below a claim, following each claim's grounds once. */
    private static List<String> groundsTree(Verdicts v, String id) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(v.grounds(id));
        while (!todo.isEmpty()) {
            String c = todo.removeFirst();
            if (seen.add(c)) todo.addAll(v.grounds(c));
        }
        return List.copyOf(seen);
    }
}
