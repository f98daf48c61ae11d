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
 * cruxes — the conflicts, ungrounded premises and undecided claims whose resolution changes what the theses come to,
 * each with its outcomes found by labelling the map again, never guessed.
 *
 * <p>Cost: positions are found by one walk down the supports per thesis; each crux takes one or
 * two labellings of the whole map (near-linear). At most {@link #MAX_WHAT_IFS} labellings are
 * made; {@link #bounded()} says when candidates were left unchecked.
 */
public final class Comparison {
    static final int MAX_WHAT_IFS = 200;

    public record Thesis(String id, Label label, double strength, List<String> grounds) {}

    /** Two claims of rival positions in conflict; {@code kind} is the conflict's or the drawn attack's. */
    public record Clash(String a, String b, Enum<?> kind, Sentence explanation) {}

    public record Outcome(Sentence condition, Map<String, Label> labels) {}

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
                Set<Long> blocked = new java.util.HashSet<>();
                List<int[]> extra = new ArrayList<>();
                for (Clash c : between) {
                    boolean aWins = positionOf.get(c.a()).contains(winner);
                    String w = aWins ? c.a() : c.b(), l = aWins ? c.b() : c.a();
                    int wi = v.indexOf(w), li = v.indexOf(l);
                    blocked.add(pair(li, wi));
                    blocked.add(pair(wi, li));
                    if (v.attacksOn().getOrDefault(l, List.of()).stream().anyMatch(e -> e.getFrom().equals(w))) extra.add(new int[] {wi, li});
                }
                Outcome outcome = outcome(v, ids, Sentence.of("compare.if.side", name(analysis, winner), between.size(), name(analysis, loser)),
                        v.structure.variant((f, t) -> !blocked.contains(pair(f, t)), extra.toArray(int[][]::new)));
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
        // a premise nothing grounds: would the outcome change if it were established?
        for (String c : positionOf.keySet()) {
            if (v.label(c) != Label.UNSUPPORTED || ids.contains(c) || v.into.size(v.indexOf(c)) > 0) continue;
            if (budget < 1) { bounded = true; break; }
            budget--;
            Outcome grounded = outcome(v, ids, Sentence.of("compare.if.established", name(analysis, c)),
                    v.structure.granting(v.indexOf(c)));
            if (!grounded.labels().equals(now)) {
                cruxes.add(new Crux(List.of(c), crux(analysis, grounded), List.of(grounded)));
            }
        }
        for (String c : positionOf.keySet()) {
            if (v.label(c) != Label.UNDEC || ids.contains(c) || inCrux(c)) continue;
            if (budget < 1) { bounded = true; break; }
            budget--;
            Outcome defeated = outcome(v, ids, Sentence.of("compare.if.defeated", name(analysis, c)), v.structure.variant((f, t) -> true, v.indexOf(c)));
            if (!defeated.labels().equals(now)) {
                cruxes.add(new Crux(List.of(c), crux(analysis, defeated), List.of(defeated)));
            }
        }
    }

    /**
     * Labels the map as if a ruling put {@code winner} over {@code loser}: the loser's attacks on
     * the winner fail, and the winner's attacks on the loser succeed (whatever was ruled before).
     */
    private static Outcome preferred(Analysis analysis, List<String> ids, String winner, String loser) {
        Verdicts v = analysis.verdicts();
        int w = v.indexOf(winner), l = v.indexOf(loser);
        boolean attacks = v.attacksOn().getOrDefault(loser, List.of()).stream().anyMatch(e -> e.getFrom().equals(winner));
        int[][] extra = attacks ? new int[][] {{w, l}} : new int[0][];
        return outcome(v, ids, Sentence.of("compare.if.preferred", name(analysis, winner), name(analysis, loser)),
                v.structure.variant((f, t) -> !(f == l && t == w) && !(f == w && t == l), extra));
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

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** Whether a conflict crux already names the claim (its preference what-ifs say more than its defeat). */
    private boolean inCrux(String claim) {
        return cruxes.stream().anyMatch(x -> x.claims().size() == 2 && x.outcomes().size() == 2 && x.claims().contains(claim));
    }

    private static Outcome outcome(Verdicts v, List<String> ids, Sentence condition, EvidentialLabelling.Structure variant) {
        return new Outcome(condition, labels(v, ids, EvidentialLabelling.label(variant).labels()));
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
