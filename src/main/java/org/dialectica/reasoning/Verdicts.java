package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;

/**
 * One labelling of a map, kept as the labeller left it (int arrays) so that reading a claim's
 * status, strength, grounds and reasons costs only that claim, and so that what-if questions
 * ("if «A» were preferred over «B»") are answered by labelling again, not guessed. Immutable.
 */
public final class Verdicts {
    final ArgumentMap map;
    final String[] ids;
    private final java.util.function.Function<String, Integer> lookup;
    final boolean[] present;
    final EvidentialLabelling.Structure structure;
    final EvidentialLabelling.Result result;
    final Inferences inferences;
    /** the supports that make up each inference */
    final List<List<Support>> inferenceSupports;
    private final List<AttackEdge> attacks;
    private final List<Defeat> defeats;
    /** the inferences into each claim */
    final IntLists into;
    private volatile Map<String, List<AttackEdge>> attacksOn;
    private volatile Map<String, List<Defeat>> defeatsOn;
    private volatile double[] strength;
    private final Map<String, List<LabelReason>> reasons = new ConcurrentHashMap<>();
    /** each claim's place in the order of ids, which breaks ties in the strengths */
    private final int[] rank;
    /** each claim's base score by index, as the session keeps it (not looked up in the map per claim) */
    private final double[] base;

    /**
     * The map's supports grouped into inferences (a drawn support alone; the supports of one
     * linked-premise argument together) by claim index. They change only when supports do, so a
     * session keeps them between edits.
     */
    record Inferences(int[] conclusion, int[][] premises, List<List<Support>> supports, Map<String, Integer> ofSupport,
            int[] undercutFrom, int[] undercutOn) {
        /** @param suspended claims whose grounds do not count now (a debate challenge left unanswered) */
        static Inferences of(ArgumentMap map, java.util.function.Function<String, Integer> index, java.util.Set<String> suspended) {
            // only undercut supports are ever looked up by id: keep the map small on big maps
            java.util.Set<String> undercut = new java.util.HashSet<>();
            for (Attack a : map.attacks()) if (a.onSupport()) undercut.add(a.target());
            IntLists.Buffer conclusions = new IntLists.Buffer();
            List<int[]> premises = new ArrayList<>();
            List<List<Support>> supports = new ArrayList<>();
            Map<String, Integer> ofSupport = new HashMap<>();
            Map<String, List<Support>> linked = new LinkedHashMap<>();
            boolean anySuspended = !suspended.isEmpty(), anyUndercut = !undercut.isEmpty();
            for (Support s : map.supports()) {
                if (anySuspended && suspended.contains(s.to())) continue;
                if (s.argumentId() == null) {
                    if (anyUndercut && undercut.contains(s.id())) ofSupport.put(s.id(), supports.size());
                    supports.add(List.of(s));
                    conclusions.add(index.apply(s.to()));
                    premises.add(new int[] {index.apply(s.from())});
                } else {
                    linked.computeIfAbsent(s.argumentId() + "\u0000" + s.to(), k -> new ArrayList<>()).add(s);
                }
            }
            for (List<Support> group : linked.values()) {
                for (Support s : group) if (undercut.contains(s.id())) ofSupport.put(s.id(), supports.size());
                supports.add(List.copyOf(group));
                conclusions.add(index.apply(group.get(0).to()));
                premises.add(group.stream().mapToInt(s -> index.apply(s.from())).toArray());
            }
            // the undercuts, by claim and inference (none on a suspended inference)
            IntLists.Buffer undercutFrom = new IntLists.Buffer(), undercutOn = new IntLists.Buffer();
            if (anyUndercut) {
                for (Attack a : map.attacks()) {
                    Integer inference = a.onSupport() ? ofSupport.get(a.target()) : null;
                    if (inference == null) continue;
                    undercutFrom.add(index.apply(a.from()));
                    undercutOn.add(inference);
                }
            }
            return new Inferences(java.util.Arrays.copyOf(conclusions.data, conclusions.size), premises.toArray(int[][]::new),
                    List.copyOf(supports), ofSupport, java.util.Arrays.copyOf(undercutFrom.data, undercutFrom.size),
                    java.util.Arrays.copyOf(undercutOn.data, undercutOn.size));
        }

        /**
         * These and one more drawn support, from {@code from} to {@code to} (claim indexes): what a
         * new support needs, without grouping every support again.
         */
        Inferences plus(Support support, int from, int to) {
            int m = conclusion.length;
            int[] conclusions = java.util.Arrays.copyOf(conclusion, m + 1);
            conclusions[m] = to;
            int[][] premisesNow = java.util.Arrays.copyOf(premises, m + 1);
            premisesNow[m] = new int[] {from};
            List<List<Support>> supportsNow = new ArrayList<>(m + 1);
            supportsNow.addAll(supports);
            supportsNow.add(List.of(support));
            return new Inferences(conclusions, premisesNow, java.util.Collections.unmodifiableList(supportsNow), ofSupport,
                    undercutFrom, undercutOn);
        }
    }

    private Verdicts(ArgumentMap map, String[] ids, java.util.function.Function<String, Integer> lookup, boolean[] present,
            EvidentialLabelling.Structure structure, Inferences inferences, List<AttackEdge> attacks, List<Defeat> defeats,
            EvidentialLabelling.Result result, int[] rank, double[] base) {
        this.map = map;
        this.rank = rank;
        this.base = base;
        this.ids = ids;
        this.lookup = lookup;
        this.present = present;
        this.structure = structure;
        this.result = result != null ? result : EvidentialLabelling.label(structure);
        this.inferences = inferences;
        this.inferenceSupports = inferences.supports();
        this.attacks = attacks;
        this.defeats = defeats;
        this.into = structure.into();
    }

    /**
     * Labels a map. {@code ids[i]} is the claim with index i, null for a removed claim;
     * {@code defeats} adds the attacks on claims that succeed, as the rules derived them.
     */
    static Verdicts of(ArgumentMap map, String[] ids, java.util.function.Function<String, Integer> lookup, boolean[] present,
            boolean[] primaFacie, Inferences inferences, java.util.function.Consumer<EvidentialLabelling.Structure> defeats,
            List<AttackEdge> attacks, List<Defeat> defeatFacts, int[] rank, double[] base) {
        EvidentialLabelling.Structure structure = new EvidentialLabelling.Structure(ids.length, primaFacie);
        for (int g = 0; g < inferences.conclusion().length; g++) structure.inference(inferences.conclusion()[g], inferences.premises()[g]);
        defeats.accept(structure);
        for (int u = 0; u < inferences.undercutFrom().length; u++) structure.undercut(inferences.undercutFrom()[u], inferences.undercutOn()[u]);
        return new Verdicts(map, ids, lookup, present, structure, inferences, attacks, defeatFacts, null, rank, base);
    }

    /** The same labelling with the attacks and defeats its explanations read, from {@code copy} (a snapshot of the same map). */
    Verdicts on(ArgumentMap copy, List<AttackEdge> attacksNow, List<Defeat> defeatsNow) {
        return new Verdicts(copy, ids, lookup, present, structure, inferences, attacksNow, defeatsNow, result, rank, base);
    }

    /** The same labelling, reading claims from {@code copy} (a snapshot of the same map). */
    Verdicts on(ArgumentMap copy) {
        return new Verdicts(copy, ids, lookup, present, structure, inferences, attacks, defeats, result, rank, base);
    }

    /** Attacks on claims, defeating or not, by target; built when an explanation first needs them. */
    Map<String, List<AttackEdge>> attacksOn() {
        Map<String, List<AttackEdge>> on = attacksOn;
        if (on == null) {
            on = new HashMap<>();
            for (AttackEdge e : attacks) if (e.isOnClaim()) on.computeIfAbsent(e.getTo(), k -> new ArrayList<>()).add(e);
            attacksOn = on;
        }
        return on;
    }

    Map<String, List<Defeat>> defeatsOn() {
        Map<String, List<Defeat>> on = defeatsOn;
        if (on == null) {
            on = new HashMap<>();
            for (Defeat d : defeats) on.computeIfAbsent(d.getTo(), k -> new ArrayList<>()).add(d);
            defeatsOn = on;
        }
        return on;
    }

    public Label label(String claimId) {
        int i = indexOf(claimId);
        return i < 0 || !present[i] ? null : result.labels()[i];
    }

    /** DF-QuAD strength in [0, 1], computed for the whole map when first asked. */
    public Double strength(String claimId) {
        int i = indexOf(claimId);
        return i < 0 || !present[i] ? null : strengths()[i];
    }

    private double[] strengths() {
        double[] s = strength;
        if (s == null) {
            s = Strength.dfQuad(structure, base, rank);
            strength = s;
        }
        return s;
    }

    /**
     * What the claim rests on: for a claim that stands, the premises of the support that grounds
     * it; for an undecided one, the premises of a support not lost; otherwise none. Following
     * grounds from a thesis gives its grounds tree down to evidence.
     */
    public List<String> grounds(String claimId) {
        int i = indexOf(claimId);
        if (i < 0 || !present[i]) return List.of();
        int g = groundingInference(i);
        return g < 0 ? List.of() : Arrays.stream(structure.premises(g)).mapToObj(p -> ids[p]).toList();
    }

    /** The inference an IN or UNDEC claim rests on, or -1. */
    int groundingInference(int claim) {
        Label label = result.labels()[claim];
        if (label == Label.IN) return result.grounds(claim);
        if (label != Label.UNDEC) return -1;
        for (int k = into.start[claim]; k < into.start[claim + 1]; k++) {
            int g = into.items[k];
            if (undercutBy(g) >= 0) continue;
            boolean standing = Arrays.stream(structure.premises(g))
                    .allMatch(p -> result.labels()[p] == Label.IN || result.labels()[p] == Label.UNDEC);
            if (standing) return g;
        }
        return -1;
    }

    int undercutBy(int inference) {
        return result.undercutBy()[inference];
    }

    /** Why the claim has its status, one sentence per reason; worded when first asked. */
    public List<LabelReason> reasons(String claimId) {
        int i = indexOf(claimId);
        if (i < 0 || !present[i]) return List.of();
        return reasons.computeIfAbsent(claimId, id -> Reasons.of(this, i));
    }

    /** Each claim's index, for the what-if labellings of {@link Comparison}. */
    int indexOf(String claimId) {
        Integer i = lookup.apply(claimId);
        return i == null || i >= ids.length ? -1 : i;
    }
}
