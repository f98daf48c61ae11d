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
 * <p>Our restriction (docs/strength.md): an inference passes support only while it is not lost —
 * every premise IN or UNDEC and no undercutter IN — as evidential support does for the labels, so
 * a claim without standing grounds never rises above its base score (two claims that only support
 * each other would otherwise climb to 1).
 *
 * <p>DF-QuAD is defined on acyclic graphs. Claims are visited in topological order, so on an
 * acyclic map one pass gives the exact scores and a second confirms them; on cycles (every
 * conflict is one) passes repeat from τ until no score moves by more than {@link #TOLERANCE}, or
 * at most {@link #MAX_PASSES} passes; the scores of the last pass stand.
 */
final class Strength {
    static final double TOLERANCE = 1e-9;
    static final int MAX_PASSES = 200;

    private Strength() {}

    /**
     * @param rank a total order of the claims (by id) that breaks ties, so the scores on cycles do not
     *     depend on the order the claims were added in
     * @param passes for each inference, whether it is not lost (only those pass support on)
     */
    static double[] dfQuad(EvidentialLabelling.Structure s, double[] base, int[] rank, boolean[] passes) {
        int n = s.claims, m = s.inferences();
        int[] conclusion = s.conclusions.data;
        IntLists attackersOf = IntLists.of(n, s.defeatTo.data, s.defeatFrom.data, s.defeatFrom.size);
        IntLists undercuttersOf = IntLists.of(m, s.undercutOn.data, s.undercutFrom.data, s.undercutFrom.size);
        IntLists into = s.into();
        IntLists premises = s.premisesByInference();

        int[] order = topologicalOrder(s, premises, rank);
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
                    if (!passes[g]) continue;
                    double keepUndercut = 1;
                    for (int j = undercuttersOf.start[g]; j < undercuttersOf.start[g + 1]; j++) {
                        keepUndercut *= 1 - sigma[undercuttersOf.items[j]];
                    }
                    for (int j = premises.start[g]; j < premises.start[g + 1]; j++) {
                        keepSup *= 1 - sigma[premises.items[j]] * keepUndercut;
                    }
                }
                double vAtt = 1 - keepAtt, vSup = 1 - keepSup, tau = base[c];
                double next = vSup >= vAtt ? tau + (1 - tau) * (vSup - vAtt) : tau - tau * (vAtt - vSup);
                moved = Math.max(moved, Math.abs(next - sigma[c]));
                sigma[c] = next;
            }
        }
        return sigma;
    }

    /** Kahn's order on everything that feeds a score, ties by rank; claims on cycles follow by rank. */
    private static int[] topologicalOrder(EvidentialLabelling.Structure s, IntLists premises, int[] rank) {
        int n = s.claims;
        int[] conclusion = s.conclusions.data;
        IntLists.Buffer from = new IntLists.Buffer(), to = new IntLists.Buffer();
        for (int g = 0; g < s.inferences(); g++) {
            for (int j = premises.start[g]; j < premises.start[g + 1]; j++) { from.add(premises.items[j]); to.add(conclusion[g]); }
        }
        for (int i = 0; i < s.defeatFrom.size; i++) { from.add(s.defeatFrom.data[i]); to.add(s.defeatTo.data[i]); }
        for (int i = 0; i < s.undercutFrom.size; i++) { from.add(s.undercutFrom.data[i]); to.add(conclusion[s.undercutOn.data[i]]); }
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
