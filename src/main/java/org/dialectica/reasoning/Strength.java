package org.dialectica.reasoning;

import java.util.Arrays;

/**
 * Gradual strength by DF-QuAD (Rago, Toni, Aurisicchio, Baroni 2016): from a base score τ,
 * v_att = 1 − ∏(1 − σ(attacker)), v_sup = 1 − ∏(1 − σ(supporter)), and σ = τ + (1 − τ)(v_sup −
 * v_att) when v_sup ≥ v_att, else τ − τ(v_att − v_sup). Attackers are the attacks that succeed as
 * defeats (a preferred claim is not weakened by a less preferred rival). Each premise of an
 * inference is a supporter; an undercut weakens what the inference passes on:
 * the premise counts with σ(premise)·(1 − v_undercut).
 *
 * <p>DF-QuAD is defined on acyclic graphs. Claims are visited in topological order, so on an
 * acyclic map one pass gives the exact scores and a second confirms them; on cycles (every
 * conflict is one) passes repeat from τ until no score moves by more than {@link #TOLERANCE}, or
 * at most {@link #MAX_PASSES} passes, after which the claims still moving are reported unsettled.
 */
final class Strength {
    static final double TOLERANCE = 1e-9;
    static final int MAX_PASSES = 200;

    private Strength() {}

    record Scores(double[] strength, int passes, boolean settled) {}

    /**
     * @param rank a total order of the claims (by id) that breaks ties, so the scores on cycles do not
     *     depend on the order the claims were added in
     */
    static Scores dfQuad(EvidentialLabelling.Structure s, double[] base, int[] rank) {
        int n = s.claims, m = s.inferences();
        int[] defeatFrom = s.defeatFrom.data, defeatTo = s.defeatTo.data, undercutFrom = s.undercutFrom.data;
        int[] undercutOn = s.undercutOn.data;
        int defeats = s.defeatFrom.size, undercuts = s.undercutFrom.size;
        int[] conclusion = new int[m];
        for (int g = 0; g < m; g++) conclusion[g] = s.conclusion(g);
        IntLists attackersOf = IntLists.of(n, defeatTo, defeatFrom, defeats);
        IntLists undercuttersOf = IntLists.of(m, undercutOn, undercutFrom, undercuts);
        int[] all = new int[m];
        for (int g = 0; g < m; g++) all[g] = g;
        IntLists into = IntLists.of(n, conclusion, all, m);
        int[][] premises = new int[m][];
        for (int g = 0; g < m; g++) premises[g] = s.premises(g);

        int[] order = topologicalOrder(n, m, premises, conclusion, defeatFrom, defeatTo, defeats, undercutFrom,
                undercutOn, undercuts, rank);
        double[] sigma = Arrays.copyOf(base, n);
        int pass = 0;
        double moved = Double.MAX_VALUE;
        while (moved > TOLERANCE && pass < MAX_PASSES) {
            pass++;
            moved = 0;
            for (int c : order) {
                double keepAtt = 1;
                for (int i = attackersOf.start[c]; i < attackersOf.start[c + 1]; i++) keepAtt *= 1 - sigma[attackersOf.items[i]];
                double keepSup = 1;
                for (int i = into.start[c]; i < into.start[c + 1]; i++) {
                    int g = into.items[i];
                    double keepUndercut = 1;
                    for (int j = undercuttersOf.start[g]; j < undercuttersOf.start[g + 1]; j++) {
                        keepUndercut *= 1 - sigma[undercuttersOf.items[j]];
                    }
                    for (int p : premises[g]) keepSup *= 1 - sigma[p] * keepUndercut;
                }
                double vAtt = 1 - keepAtt, vSup = 1 - keepSup, tau = base[c];
                double next = vSup >= vAtt ? tau + (1 - tau) * (vSup - vAtt) : tau - tau * (vAtt - vSup);
                moved = Math.max(moved, Math.abs(next - sigma[c]));
                sigma[c] = next;
            }
        }
        return new Scores(sigma, pass, moved <= TOLERANCE);
    }

    /** Kahn's order on everything that feeds a score; claims on cycles follow in index order. */
    private static int[] topologicalOrder(int n, int m, int[][] premises, int[] conclusion, int[] defeatFrom,
            int[] defeatTo, int defeats, int[] undercutFrom, int[] undercutOn, int undercuts, int[] rank) {
        IntLists.Buffer from = new IntLists.Buffer(), to = new IntLists.Buffer();
        for (int g = 0; g < m; g++) {
            for (int p : premises[g]) { from.add(p); to.add(conclusion[g]); }
        }
        for (int i = 0; i < defeats; i++) { from.add(defeatFrom[i]); to.add(defeatTo[i]); }
        for (int i = 0; i < undercuts; i++) { from.add(undercutFrom[i]); to.add(conclusion[undercutOn[i]]); }
        IntLists out = IntLists.of(n, from.data, to.data, from.size);
        int[] indegree = new int[n];
        for (int i = 0; i < from.size; i++) indegree[to.data[i]]++;
        int[] order = new int[n];
        boolean[] placed = new boolean[n];
        int tail = 0;
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(c -> rank[c]));
        for (int c = 0; c < n; c++) if (indegree[c] == 0) ready.add(c);
        while (!ready.isEmpty()) {
            int c = ready.poll();
            order[tail++] = c;
            placed[c] = true;
            for (int i = out.start[c]; i < out.start[c + 1]; i++) {
                int t = out.items[i];
                if (--indegree[t] == 0) ready.add(t);
            }
        }
        Integer[] rest = new Integer[n - tail];
        int k = 0;
        for (int c = 0; c < n; c++) if (!placed[c]) rest[k++] = c;
        java.util.Arrays.sort(rest, java.util.Comparator.comparingInt(c -> rank[c]));
        for (Integer c : rest) order[tail++] = c;
        return order;
    }
}
