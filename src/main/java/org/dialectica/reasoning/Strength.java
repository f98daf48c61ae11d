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
 * acyclic map one pass gives the exact scores; on cycles (every conflict is one) passes over the
 * claims on and after cycles repeat from τ until no score moves by more than {@link #TOLERANCE}, or
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
        int n = s.claims;
        IntLists attackersOf = s.defeatersOf();
        IntLists undercuttersOf = s.undercuttersOf();
        IntLists into = s.into();
        IntLists premises = s.premisesByInference();

        int[] order = new int[n];
        // the claims before `settled` in the order feed no cycle: one pass gives their exact scores, and
        // later passes, which only repeat them, walk the claims on and after cycles alone
        int settled = topologicalOrder(s, rank, order);
        double[] sigma = Arrays.copyOf(base, n);
        int pass = 0;
        double moved = Double.MAX_VALUE;
        while (moved > TOLERANCE && pass < MAX_PASSES && (pass == 0 || settled < n)) {
            pass++;
            moved = 0;
            for (int k = pass == 1 ? 0 : settled; k < n; k++) {
                int c = order[k];
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

    /**
     * Into {@code order}: first every claim that feeds a score and is on or after no cycle, each
     * after all it depends on (Kahn's order); then the claims on and after cycles, by rank. Returns
     * how many claims Kahn's order placed. The first part's scores are exact after one pass in any
     * such order (each is worked out from final scores only), so a queue does, not a heap by rank;
     * the second part's order decides the passes' sums and stays by rank.
     */
    private static int topologicalOrder(EvidentialLabelling.Structure s, int[] rank, int[] order) {
        int n = s.claims, m = s.inferences();
        int[] conclusion = s.conclusions.data, premiseStarts = s.premiseStarts.data;
        int[] indegree = new int[n];
        for (int g = 0; g < m; g++) indegree[conclusion[g]] += premiseStarts[g + 1] - premiseStarts[g];
        for (int i = 0; i < s.defeatTo.size; i++) indegree[s.defeatTo.data[i]]++;
        for (int i = 0; i < s.undercutOn.size; i++) indegree[conclusion[s.undercutOn.data[i]]]++;
        IntLists premiseOf = s.premiseOf(), defeatsOut = s.defeatsOut(), undercutsOut = s.undercutsOut();
        int tail = 0;
        for (int c = 0; c < n; c++) if (indegree[c] == 0) order[tail++] = c;
        for (int head = 0; head < tail; head++) {
            int c = order[head];
            for (int i = premiseOf.start[c]; i < premiseOf.start[c + 1]; i++) {
                int t = conclusion[premiseOf.items[i]];
                if (--indegree[t] == 0) order[tail++] = t;
            }
            for (int i = defeatsOut.start[c]; i < defeatsOut.start[c + 1]; i++) {
                int t = defeatsOut.items[i];
                if (--indegree[t] == 0) order[tail++] = t;
            }
            for (int i = undercutsOut.start[c]; i < undercutsOut.start[c + 1]; i++) {
                int t = conclusion[undercutsOut.items[i]];
                if (--indegree[t] == 0) order[tail++] = t;
            }
        }
        int settled = tail;
        if (settled < n) {
            // placed claims have indegree 0 from here on; the others never reached it
            int[] byRank = new int[n];
            for (int c = 0; c < n; c++) byRank[rank[c]] = c;
            for (int r = 0; r < n; r++) if (indegree[byRank[r]] > 0) order[tail++] = byRank[r];
        }
        return settled;
    }
}
