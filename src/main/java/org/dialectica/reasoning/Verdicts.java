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
    final Map<String, Integer> index;
    final boolean[] present;
    final EvidentialLabelling.Structure structure;
    final EvidentialLabelling.Result result;
    /** the supports that make up each inference */
    final List<List<Support>> inferenceSupports;
    final Map<String, Integer> inferenceOfSupport;
    /** attacks on claims by target, defeating or not; defeats by target */
    final Map<String, List<AttackEdge>> attacksOn;
    final Map<String, List<Defeat>> defeatsOn;
    /** the inferences into each claim */
    final IntLists into;
    private volatile double[] strength;
    private final Map<String, List<LabelReason>> reasons = new ConcurrentHashMap<>();

    private Verdicts(ArgumentMap map, String[] ids, Map<String, Integer> index, boolean[] present,
            EvidentialLabelling.Structure structure, List<List<Support>> inferenceSupports,
            Map<String, Integer> inferenceOfSupport, Map<String, List<AttackEdge>> attacksOn,
            Map<String, List<Defeat>> defeatsOn, EvidentialLabelling.Result result) {
        this.map = map;
        this.ids = ids;
        this.index = index;
        this.present = present;
        this.structure = structure;
        this.result = result != null ? result : EvidentialLabelling.label(structure);
        this.inferenceSupports = inferenceSupports;
        this.inferenceOfSupport = inferenceOfSupport;
        this.attacksOn = attacksOn;
        this.defeatsOn = defeatsOn;
        int m = structure.inferences();
        int[] conclusions = new int[m], all = new int[m];
        for (int g = 0; g < m; g++) {
            conclusions[g] = structure.conclusion(g);
            all[g] = g;
        }
        this.into = IntLists.of(ids.length, conclusions, all, m);
    }

    /**
     * Labels a map whose claims have the given indices ({@code ids[i]} null or absent from the map:
     * a removed slot). {@code defeats} are the attacks on claims that succeed, from the rules.
     */
    static Verdicts of(ArgumentMap map, String[] ids, java.util.function.Consumer<EvidentialLabelling.Structure> defeats,
            Iterable<AttackEdge> attacks, Iterable<Defeat> defeatFacts) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        boolean[] present = new boolean[ids.length];
        boolean[] primaFacie = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) continue;
            index.put(ids[i], i);
            Claim claim = map.claim(ids[i]).orElse(null);
            present[i] = claim != null;
            primaFacie[i] = claim != null && (map.isAbstractFramework() || claim.isSourcedEvidence());
        }
        EvidentialLabelling.Structure structure = new EvidentialLabelling.Structure(ids.length, primaFacie);
        List<List<Support>> inferenceSupports = new ArrayList<>();
        Map<String, Integer> inferenceOfSupport = new HashMap<>();
        Map<String, List<Support>> linked = new LinkedHashMap<>();
        for (Support s : map.supports()) {
            if (s.argumentId() == null) {
                inferenceOfSupport.put(s.id(), inferenceSupports.size());
                inferenceSupports.add(List.of(s));
                structure.inference(index.get(s.to()), index.get(s.from()));
            } else {
                linked.computeIfAbsent(s.argumentId() + "\u0000" + s.to(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Support> group : linked.values()) {
            int[] premises = group.stream().mapToInt(s -> index.get(s.from())).toArray();
            group.forEach(s -> inferenceOfSupport.put(s.id(), inferenceSupports.size()));
            inferenceSupports.add(List.copyOf(group));
            structure.inference(index.get(group.get(0).to()), premises);
        }
        defeats.accept(structure);
        for (Attack a : map.attacks()) {
            if (a.onSupport()) structure.undercut(index.get(a.from()), inferenceOfSupport.get(a.target()));
        }
        Map<String, List<AttackEdge>> attacksOn = new HashMap<>();
        for (AttackEdge e : attacks) if (e.isOnClaim()) attacksOn.computeIfAbsent(e.getTo(), k -> new ArrayList<>()).add(e);
        Map<String, List<Defeat>> defeatsOn = new HashMap<>();
        for (Defeat d : defeatFacts) defeatsOn.computeIfAbsent(d.getTo(), k -> new ArrayList<>()).add(d);
        return new Verdicts(map, ids, index, present, structure, inferenceSupports, inferenceOfSupport, attacksOn, defeatsOn,
                null);
    }

    /** The same labelling, reading claims from {@code copy} (a snapshot of the same map). */
    Verdicts on(ArgumentMap copy) {
        return new Verdicts(copy, ids, index, present, structure, inferenceSupports, inferenceOfSupport, attacksOn,
                defeatsOn, result);
    }

    public Label label(String claimId) {
        Integer i = index.get(claimId);
        return i == null || !present[i] ? null : result.labels()[i];
    }

    /** DF-QuAD strength in [0, 1], computed for the whole map when first asked. */
    public Double strength(String claimId) {
        Integer i = index.get(claimId);
        return i == null || !present[i] ? null : strengths()[i];
    }

    private double[] strengths() {
        double[] s = strength;
        if (s == null) {
            double[] base = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                base[i] = present[i] ? map.claim(ids[i]).map(Claim::baseScore).orElse(Claim.DEFAULT_WEIGHT) : 0;
            }
            Integer[] byId = new Integer[ids.length];
            for (int i = 0; i < ids.length; i++) byId[i] = i;
            Arrays.sort(byId, java.util.Comparator.comparing(i -> ids[i] == null ? "" : ids[i]));
            int[] rank = new int[ids.length];
            for (int r = 0; r < byId.length; r++) rank[byId[r]] = r;
            s = Strength.dfQuad(structure, base, rank).strength();
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
        Integer i = index.get(claimId);
        if (i == null || !present[i]) return List.of();
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
        Integer i = index.get(claimId);
        if (i == null || !present[i]) return List.of();
        return reasons.computeIfAbsent(claimId, id -> Reasons.of(this, i));
    }

    /** Each claim's index, for the what-if labellings of {@link Comparison}. */
    int indexOf(String claimId) {
        Integer i = index.get(claimId);
        return i == null ? -1 : i;
    }
}
