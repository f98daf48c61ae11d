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
        int n = s.claims, m = s.inferences();
        int[] conclusion = s.conclusions.data;
        IntLists attackersOf = IntLists.of(n, s.defeatTo.data, s.defeatFrom.data, s.defeatFrom.size);
        IntLists undercuttersOf = IntLists.of(m, s.undercutOn.data, s.undercutFrom.data, s.undercutFrom.size);
        IntLists into = s.into();
        IntLists premises = s.premisesByInference();

        int[] order = new int[n];
        // the claims before `settled` in the order feed no cycle: one pass gives their exact scores, and
        // later passes, which only repeat them, walk the claims on and after cycles alone
        int settled = topologicalOrder(s, premises, rank, order);
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
     * Kahn's order on everything that feeds a score, ties by rank, into {@code order}; claims on and
     * after cycles follow by rank. Returns how many claims Kahn's order placed.
     */
    private static int topologicalOrder(EvidentialLabelling.Structure s, IntLists premises, int[] rank, int[] order) {
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
        int[] byRank = new int[n];
        for (int c = 0; c < n; c++) byRank[rank[c]] = c;
        boolean[] placed = new boolean[n];
        int tail = 0;
        // the claims ready to place, as a heap of their ranks (ints: this runs after every edit)
        int[] ready = new int[n];
        int size = 0;
        for (int c = 0; c < n; c++) if (indegree[c] == 0) size = push(ready, size, rank[c]);
        while (size > 0) {
            int c = byRank[ready[0]];
            size = pop(ready, size);
            order[tail++] = c;
            placed[c] = true;
            for (int i = out.start[c]; i < out.start[c + 1]; i++) {
                int t = out.items[i];
                if (--indegree[t] == 0) size = push(ready, size, rank[t]);
            }
        }
        int settled = tail;
        for (int r = 0; r < n; r++) if (!placed[byRank[r]]) order[tail++] = byRank[r];
        return settled;
    }

    private static int push(int[] heap, int size, int value) {
        int i = size;
        heap[i] = value;
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            int parent = (i - 1) / 2, swap = heap[parent];
            heap[parent] = heap[i];
            heap[i] = swap;
            i = parent;
        }
        return size + 1;
    }

    private static int pop(int[] heap, int size) {
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int least = i, left = 2 * i + 1, right = left + 1;
            if (left < size && heap[left] < heap[least]) least = left;
            if (right < size && heap[right] < heap[least]) least = right;
            if (least == i) return size;
            int swap = heap[least];
            heap[least] = heap[i];
            heap[i] = swap;
            i = least;
        }
    }
}
