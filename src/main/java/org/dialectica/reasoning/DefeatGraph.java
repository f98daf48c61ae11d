package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims' indices and the defeats between them as int arrays, kept up to date edge by edge as the rules derive and
 * withdraw them, so labelling after an edit walks arrays instead of looking up tens of thousands
 * of string ids (which, measured, cost more than the rules themselves). Claims keep their index
 * for the life of the session; a removed claim's slot is simply left out of the labelling.
 */
final class DefeatGraph {
    // concurrent: snapshots read it from viewers' threads while the session adds claims
    private final Map<String, Integer> index = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private boolean[] present = new boolean[64];
    private boolean[] primaFacie = new boolean[64];
    private double[] base = new double[64];
    /** distinct (from, to) pairs → {how many attack facts share it, its slot in from/to} */
    private final Map<Long, int[]> edges = new HashMap<>();
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int edgeCount;
    private int[] rank = new int[0];
    /** the slots ordered by their claims' ids */
    private int[] bySlot = new int[64];
    /**
     * The claims' arrays as last handed out, shared by every labelling until a claim is added,
     * changed or removed (most edits add a relation, not a claim). Whoever reads them never writes them.
     */
    private String[] idsShown;
    private boolean[] presentShown, primaFacieShown;
    private double[] baseShown;

    int indexOf(String claimId) {
        Integer i = index.get(claimId);
        if (i != null) return i;
        int next = ids.size();
        index.put(claimId, next);
        ids.add(claimId);
        claimsChanged();
        if (next >= present.length) {
            present = Arrays.copyOf(present, present.length * 2);
            primaFacie = Arrays.copyOf(primaFacie, primaFacie.length * 2);
            base = Arrays.copyOf(base, base.length * 2);
        }
        return next;
    }

    /** How many claims have an index (removed ones too). */
    int size() {
        return ids.size();
    }

    /** The index of a claim seen before, or null; never adds one. */
    Integer lookup(String claimId) {
        return index.get(claimId);
    }

    /**
     * @param stands whether the claim stands on its own (sourced evidence, or any argument of a framework)
     * @param base the claim's base score for its strength
     */
    void claimAdded(String claimId, boolean stands, double base) {
        int i = indexOf(claimId); // may grow present[], so index first
        if (present[i] && primaFacie[i] == stands && Double.compare(this.base[i], base) == 0) return;
        present[i] = true;
        primaFacie[i] = stands;
        this.base[i] = base;
        claimsChanged();
    }

    private void claimsChanged() {
        idsShown = null;
        presentShown = primaFacieShown = null;
        baseShown = null;
    }

    /** Each claim's base score by index; 0 for a removed claim. */
    double[] baseNow() {
        if (baseShown == null) {
            double[] out = Arrays.copyOf(base, ids.size());
            for (int i = 0; i < out.length; i++) if (!present[i]) out[i] = 0;
            baseShown = out;
        }
        return baseShown;
    }

    boolean[] presentNow() {
        if (presentShown == null) presentShown = Arrays.copyOf(present, ids.size());
        return presentShown;
    }

    boolean[] primaFacieNow() {
        if (primaFacieShown == null) {
            boolean[] out = Arrays.copyOf(primaFacie, ids.size());
            for (int i = 0; i < out.length; i++) out[i] &= present[i];
            primaFacieShown = out;
        }
        return primaFacieShown;
    }

    void claimRemoved(String claimId) {
        Integer i = index.get(claimId);
        if (i != null) {
            present[i] = false;
            primaFacie[i] = false;
            claimsChanged();
        }
    }

    void defeatAdded(String attacker, String target) {
        int f = indexOf(attacker), t = indexOf(target);
        int[] entry = edges.get(key(f, t));
        if (entry != null) {
            entry[0]++;
            return;
        }
        if (edgeCount == from.length) {
            from = Arrays.copyOf(from, edgeCount * 2);
            to = Arrays.copyOf(to, edgeCount * 2);
        }
        from[edgeCount] = f;
        to[edgeCount] = t;
        edges.put(key(f, t), new int[] {1, edgeCount});
        edgeCount++;
    }

    void defeatRemoved(String attacker, String target) {
        Integer f = index.get(attacker), t = index.get(target);
        if (f == null || t == null) return;
        long key = key(f, t);
        int[] entry = edges.get(key);
        if (entry == null || --entry[0] > 0) return;
        edges.remove(key);
        // move the last edge into the freed slot
        int slot = entry[1], last = --edgeCount;
        if (slot != last) {
            from[slot] = from[last];
            to[slot] = to[last];
            edges.get(key(from[slot], to[slot]))[1] = slot;
        }
    }

    /** Claim ids by index; null in the slots of removed claims. */
    String[] ids() {
        if (idsShown == null) {
            String[] out = new String[ids.size()];
            for (int i = 0; i < out.length; i++) out[i] = present[i] ? ids.get(i) : null;
            idsShown = out;
        }
        return idsShown;
    }

    /**
     * Each slot's place among all claims ever indexed, ordered by id: the order of ids among the
     * claims present, which is all the strengths need. A new claim is put in its place (a binary
     * search) rather than all of them sorted again.
     */
    int[] rankById() {
        int n = ids.size();
        if (rank.length != n) {
            if (bySlot.length < n) bySlot = Arrays.copyOf(bySlot, Math.max(n, 2 * bySlot.length));
            for (int slot = rank.length; slot < n; slot++) {
                String id = ids.get(slot);
                int low = 0, high = slot; // bySlot[0 .. slot) holds the earlier slots, by id
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (ids.get(bySlot[middle]).compareTo(id) < 0) low = middle + 1;
                    else high = middle;
                }
                System.arraycopy(bySlot, low, bySlot, low + 1, slot - low);
                bySlot[low] = slot;
            }
            rank = new int[n];
            for (int r = 0; r < n; r++) rank[bySlot[r]] = r;
        }
        return rank;
    }

    boolean present(int i) {
        return present[i];
    }

    /** The distinct defeats, each once: their attackers and, at the same places, their targets (copies). */
    int[] defeatFromNow() {
        return Arrays.copyOf(from, edgeCount);
    }

    int[] defeatToNow() {
        return Arrays.copyOf(to, edgeCount);
    }

    String id(int i) {
        return ids.get(i);
    }

    private static long key(int f, int t) {
        return ((long) f << 32) | (t & 0xffffffffL);
    }
}
