package org.dialectica.debate.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;

/**
 * The theses a new debate gives its sides when the form names none: first the two whose positions
 * (each thesis and what supports it) clash closest to the theses themselves, so the default debate
 * is between rivals, then the map's other theses in their order.
 */
final class RivalTheses {
    private RivalTheses() {}

    static List<String> of(Analysis analysis) {
        List<String> theses = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).map(Claim::id).toList();
        Map<String, Map<String, Integer>> depth = new HashMap<>();
        for (String thesis : theses) depth.put(thesis, position(analysis, thesis));
        List<String[]> clashes = new ArrayList<>();
        for (Conflict c : analysis.conflicts()) clashes.add(new String[] {c.getA(), c.getB()});
        for (AttackEdge e : analysis.attacks()) if (e.isOnClaim()) clashes.add(new String[] {e.getFrom(), e.getTo()});
        int best = Integer.MAX_VALUE;
        String first = null, second = null;
        for (int i = 0; i < theses.size(); i++) {
            for (int j = i + 1; j < theses.size(); j++) {
                Map<String, Integer> a = depth.get(theses.get(i)), b = depth.get(theses.get(j));
                for (String[] clash : clashes) {
                    int score = Math.min(distance(a, clash[0], b, clash[1]), distance(a, clash[1], b, clash[0]));
                    if (score < best) {
                        best = score;
                        first = theses.get(i);
                        second = theses.get(j);
                    }
                }
            }
        }
        if (first == null) return theses;
        List<String> ordered = new ArrayList<>(List.of(first, second));
        theses.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }

    private static int distance(Map<String, Integer> a, String x, Map<String, Integer> b, String y) {
        Integer dx = a.get(x), dy = b.get(y);
        // a claim on both positions is common ground, not a clash between them
        if (dx == null || dy == null || b.containsKey(x) || a.containsKey(y)) return Integer.MAX_VALUE;
        return dx + dy;
    }

    /** The thesis and every claim that supports it, directly or through others, with how many supports away. */
    private static Map<String, Integer> position(Analysis analysis, String thesis) {
        Map<String, List<String>> supporters = new HashMap<>();
        for (Support s : analysis.map().supports()) supporters.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
        Map<String, Integer> depth = new HashMap<>(Map.of(thesis, 0));
        Deque<String> next = new ArrayDeque<>(List.of(thesis));
        while (!next.isEmpty()) {
            String claim = next.poll();
            for (String supporter : supporters.getOrDefault(claim, List.of())) {
                if (depth.putIfAbsent(supporter, depth.get(claim) + 1) == null) next.add(supporter);
            }
        }
        return depth;
    }
}
