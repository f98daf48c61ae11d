package org.dialectica.debate.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;

/**
 * The theses a new debate gives its sides when the form names none: first the two whose positions
 * (each thesis and what supports it) clash closest to the theses themselves, so the default debate
 * is between rivals, then the map's other theses in their order. British Parliamentary's four teams
 * get the two rivals on their benches, the closing teams extending them ({@link #britishParliamentary}).
 */
final class RivalTheses {
    private final List<String> theses;
    private final List<String[]> clashes = new ArrayList<>();
    private final Map<String, List<String>> supporters = new HashMap<>();
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

    private RivalTheses(Analysis analysis) {
        this.theses = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).map(Claim::id).toList();
        for (Conflict c : analysis.conflicts()) clashes.add(new String[] {c.getA(), c.getB()});
        for (AttackEdge e : analysis.attacks()) if (e.isOnClaim()) clashes.add(new String[] {e.getFrom(), e.getTo()});
        for (Support s : analysis.map().supports()) supporters.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
    }

    static List<String> of(Analysis analysis) {
        RivalTheses rivals = new RivalTheses(analysis);
        List<String> pair = rivals.pair();
        if (pair.isEmpty()) return rivals.theses;
        List<String> ordered = new ArrayList<>(pair);
        rivals.theses.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }

    /**
     * British Parliamentary's theses for the teams the form left without one (Opening Government,
     * Opening Opposition, Closing Government, Closing Opposition, as {@code Setup} orders them). The
     * government bench defends one thesis and the opposition bench its rival: an opening team left
     * empty gets the rival of the other opening team's thesis (both empty: the map's closest rivals).
     * A closing team left empty gets a direct support of its opening team's thesis: a side's thesis
     * is its own (the engine knows whose claims a side may concede, challenge or retract by them, so
     * {@code Setup} refuses one thesis on two sides), and in this format the closing team extends its
     * bench's case with a line of its own rather than repeat it; the support most in dispute on the
     * map is taken, so the extension is where the debate can turn.
     *
     * @param chosen each team's theses as the form has them, empty where left to the default
     * @return every team's theses, or empty when the map has nothing fitting for a team left empty
     *     (no two theses that clash, or an opening thesis without a support of its own): the teams'
     *     theses must then be chosen, rather than give a team one unrelated to its bench
     */
    static Optional<List<List<String>>> britishParliamentary(Analysis analysis, List<List<String>> chosen) {
        if (chosen.size() != 4) throw new IllegalArgumentException("four teams, not " + chosen.size());
        List<List<String>> teams = new ArrayList<>(chosen.stream().map(List::copyOf).toList());
        if (teams.stream().noneMatch(List::isEmpty)) return Optional.of(teams);
        RivalTheses rivals = new RivalTheses(analysis);
        Set<String> taken = new HashSet<>();
        teams.forEach(taken::addAll);
        if (teams.get(0).isEmpty() || teams.get(1).isEmpty()) {
            String government = teams.get(0).isEmpty() ? null : teams.get(0).getFirst();
            String opposition = teams.get(1).isEmpty() ? null : teams.get(1).getFirst();
            if (government == null && opposition == null) {
                List<String> pair = rivals.pair();
                if (pair.isEmpty()) return Optional.empty();
                government = pair.get(0);
                opposition = pair.get(1);
            } else if (government == null) {
                government = rivals.rivalOf(opposition);
            } else {
                opposition = rivals.rivalOf(government);
            }
            if (government == null || opposition == null) return Optional.empty();
            if (teams.get(0).isEmpty()) teams.set(0, List.of(government));
            if (teams.get(1).isEmpty()) teams.set(1, List.of(opposition));
            taken.add(government);
            taken.add(opposition);
        }
        for (int closing = 2; closing < 4; closing++) {
            if (!teams.get(closing).isEmpty()) continue;
            String extension = rivals.extension(teams.get(closing - 2), teams.get(3 - closing), taken);
            if (extension == null) return Optional.empty();
            teams.set(closing, List.of(extension));
            taken.add(extension);
        }
        return Optional.of(teams);
    }

    /** The two theses whose positions clash closest, in the map's order; empty when no two clash. */
    private List<String> pair() {
        int best = Integer.MAX_VALUE;
        List<String> pair = List.of();
        for (int i = 0; i < theses.size(); i++) {
            for (int j = i + 1; j < theses.size(); j++) {
                int score = clash(theses.get(i), theses.get(j));
                if (score < best) {
                    best = score;
                    pair = List.of(theses.get(i), theses.get(j));
                }
            }
        }
        return pair;
    }

    /** The map's thesis whose position clashes closest with this claim's, or null when none does. */
    private String rivalOf(String claim) {
        int best = Integer.MAX_VALUE;
        String rival = null;
        for (String t : theses) {
            if (t.equals(claim)) continue;
            int score = clash(claim, t);
            if (score < best) {
                best = score;
                rival = t;
            }
        }
        return rival;
    }

    /**
     * A direct support of the bench's theses that is neither taken nor on the other bench's
     * position (common ground extends neither), the one most clashes touch first; null if none.
     */
    private String extension(List<String> bench, List<String> otherBench, Set<String> taken) {
        Set<String> common = new HashSet<>();
        otherBench.forEach(t -> common.addAll(position(t).keySet()));
        List<String> candidates = new ArrayList<>();
        for (String thesis : bench) {
            for (String s : supporters.getOrDefault(thesis, List.of())) {
                if (!taken.contains(s) && !common.contains(s) && !candidates.contains(s)) candidates.add(s);
            }
        }
        // a stable sort keeps the map's order among equals
        return candidates.stream().sorted(Comparator.comparingLong(this::disputes).reversed()).findFirst().orElse(null);
    }

    private long disputes(String claim) {
        return clashes.stream().filter(c -> c[0].equals(claim) || c[1].equals(claim)).count();
    }

    /** How close to the two theses their positions clash (supports away); MAX_VALUE when they do not. */
    private int clash(String first, String second) {
        Map<String, Integer> a = position(first), b = position(second);
        int best = Integer.MAX_VALUE;
        for (String[] clash : clashes) {
            best = Math.min(best, Math.min(distance(a, clash[0], b, clash[1]), distance(a, clash[1], b, clash[0])));
        }
        return best;
    }

    private static int distance(Map<String, Integer> a, String x, Map<String, Integer> b, String y) {
        Integer dx = a.get(x), dy = b.get(y);
        // a claim on both positions is common ground, not a clash between them
        if (dx == null || dy == null || b.containsKey(x) || a.containsKey(y)) return Integer.MAX_VALUE;
        return dx + dy;
    }

    /** The thesis and every claim that supports it, directly or through others, with how many supports away. */
    private Map<String, Integer> position(String thesis) {
        return positions.computeIfAbsent(thesis, t -> {
            Map<String, Integer> depth = new HashMap<>(Map.of(t, 0));
            Deque<String> next = new ArrayDeque<>(List.of(t));
            while (!next.isEmpty()) {
                String claim = next.poll();
                for (String supporter : supporters.getOrDefault(claim, List.of())) {
                    if (depth.putIfAbsent(supporter, depth.get(claim) + 1) == null) next.add(supporter);
                }
            }
            return depth;
        });
    }
}
