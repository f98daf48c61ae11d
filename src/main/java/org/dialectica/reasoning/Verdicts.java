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
    /** claims found to depend on more than {@link #WHAT_IF_LIMIT} claims; shared by the threads that explain, only ever set */
    private volatile boolean[] tooLarge;
    private final Map<String, List<LabelReason>> reasons = new ConcurrentHashMap<>();
    /** each claim's place in the order of ids, which breaks ties in the strengths */
    final int[] rank;
    /** each claim's base score by index, as the session keeps it (not looked up in the map per claim) */
    final double[] base;

    /**
     * The map's supports grouped into inferences (a drawn support alone; the supports of one
     * linked-premise argument together) by claim index. They change only when supports do, so a
     * session keeps them between edits, and with them the rows the labelling groups from them
     * ({@link #shape}). Immutable.
     */
    static final class Inferences {
        private final int[] conclusion;
        private final int[][] premises;
        private final List<List<Support>> supports;
        /** how many inferences come first that are one drawn support each; the linked-premise arguments' follow */
        private final int drawn;
        private final Map<String, Integer> ofSupport;
        private final int[] undercutFrom, undercutOn;
        /** the support each undercut attacks */
        private final String[] undercutTarget;
        /** the rows grouped from these, for the number of claims they were last asked for */
        private volatile Shape shape;

        private Inferences(int[] conclusion, int[][] premises, List<List<Support>> supports, int drawn,
                Map<String, Integer> ofSupport, int[] undercutFrom, int[] undercutOn, String[] undercutTarget) {
            this.conclusion = conclusion;
            this.premises = premises;
            this.supports = supports;
            this.drawn = drawn;
            this.ofSupport = ofSupport;
            this.undercutFrom = undercutFrom;
            this.undercutOn = undercutOn;
            this.undercutTarget = undercutTarget;
        }

        int[] conclusion() { return conclusion; }
        int[][] premises() { return premises; }
        List<List<Support>> supports() { return supports; }
        /** the inference of each undercut support */
        Map<String, Integer> ofSupport() { return ofSupport; }
        int[] undercutFrom() { return undercutFrom; }
        int[] undercutOn() { return undercutOn; }

        /**
         * The supports grouped from scratch: the drawn ones in the map's order, then each argument's.
         * Every other way to get Inferences ({@link #plus}, {@link #plusUndercut}, {@link #without})
         * gives what this gives on the map as it is after the edit.
         *
         * @param suspended claims whose grounds do not count now (a debate challenge left unanswered)
         */
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
            int drawn = supports.size();
            for (List<Support> group : linked.values()) {
                for (Support s : group) if (undercut.contains(s.id())) ofSupport.put(s.id(), supports.size());
                supports.add(List.copyOf(group));
                conclusions.add(index.apply(group.get(0).to()));
                premises.add(group.stream().mapToInt(s -> index.apply(s.from())).toArray());
            }
            // the undercuts, by claim and inference (none on a suspended inference)
            IntLists.Buffer undercutFrom = new IntLists.Buffer(), undercutOn = new IntLists.Buffer();
            List<String> targets = new ArrayList<>();
            if (anyUndercut) {
                for (Attack a : map.attacks()) {
                    Integer inference = a.onSupport() ? ofSupport.get(a.target()) : null;
                    if (inference == null) continue;
                    undercutFrom.add(index.apply(a.from()));
                    undercutOn.add(inference);
                    targets.add(a.target());
                }
            }
            return new Inferences(java.util.Arrays.copyOf(conclusions.data, conclusions.size), premises.toArray(int[][]::new),
                    List.copyOf(supports), drawn, ofSupport, java.util.Arrays.copyOf(undercutFrom.data, undercutFrom.size),
                    java.util.Arrays.copyOf(undercutOn.data, undercutOn.size), targets.toArray(String[]::new));
        }

        /**
         * These and one more drawn support, from {@code from} to {@code to} (claim indexes), the
         * newest of the map's: placed after the other drawn ones, as grouping every support again would.
         */
        Inferences plus(Support support, int from, int to) {
            int m = conclusion.length, at = drawn;
            int[] conclusions = new int[m + 1];
            System.arraycopy(conclusion, 0, conclusions, 0, at);
            conclusions[at] = to;
            System.arraycopy(conclusion, at, conclusions, at + 1, m - at);
            int[][] premisesNow = new int[m + 1][];
            System.arraycopy(premises, 0, premisesNow, 0, at);
            premisesNow[at] = new int[] {from};
            System.arraycopy(premises, at, premisesNow, at + 1, m - at);
            List<List<Support>> supportsNow = new ArrayList<>(m + 1);
            supportsNow.addAll(supports.subList(0, at));
            supportsNow.add(List.of(support));
            supportsNow.addAll(supports.subList(at, m));
            Inferences next;
            if (at == m) { // no argument after it: nothing moves
                next = new Inferences(conclusions, premisesNow, java.util.Collections.unmodifiableList(supportsNow), drawn + 1,
                        ofSupport, undercutFrom, undercutOn, undercutTarget);
            } else { // the arguments' inferences move up by one
                Map<String, Integer> ofSupportNow = new HashMap<>();
                ofSupport.forEach((id, g) -> ofSupportNow.put(id, g >= at ? g + 1 : g));
                int[] on = undercutOn.clone();
                for (int u = 0; u < on.length; u++) if (on[u] >= at) on[u]++;
                next = new Inferences(conclusions, premisesNow, java.util.Collections.unmodifiableList(supportsNow), drawn + 1,
                        ofSupportNow, undercutFrom, on, undercutTarget);
            }
            Shape rows = shape;
            if (rows != null) next.shape = rows.grown(Math.max(rows.claims(), Math.max(from, to) + 1)).plus(at, from, to, next);
            return next;
        }

        /**
         * These and one more undercut, by claim {@code from} of the support {@code support}, the
         * newest of the map's attacks; the same when the support is left out (an unanswered challenge
         * suspends it), as grouping again would leave the undercut out.
         */
        Inferences plusUndercut(String support, int from) {
            Integer inference = ofSupport.get(support);
            for (int g = supports.size() - 1; g >= 0 && inference == null; g--) {
                for (Support s : supports.get(g)) if (s.id().equals(support)) inference = g;
            }
            if (inference == null) return this;
            Map<String, Integer> ofSupportNow = ofSupport;
            if (!ofSupport.containsKey(support)) {
                ofSupportNow = new HashMap<>(ofSupport);
                ofSupportNow.put(support, inference);
            }
            int u = undercutFrom.length;
            int[] from2 = java.util.Arrays.copyOf(undercutFrom, u + 1), on2 = java.util.Arrays.copyOf(undercutOn, u + 1);
            String[] target2 = java.util.Arrays.copyOf(undercutTarget, u + 1);
            from2[u] = from;
            on2[u] = inference;
            target2[u] = support;
            return new Inferences(conclusion, premises, supports, drawn, ofSupportNow, from2, on2, target2);
        }

        /**
         * These without the inferences {@code drop} names and the undercuts on them or by a claim
         * {@code gone} names (a removed claim's; claim indexes), in the same order: what grouping
         * again gives after a claim outside every argument is removed, or after claims are suspended.
         */
        Inferences without(java.util.function.IntPredicate drop, java.util.function.IntPredicate gone) {
            int m = conclusion.length;
            int[] newIndex = new int[m];
            int kept = 0, drawnNow = 0;
            for (int g = 0; g < m; g++) {
                if (drop.test(g)) {
                    newIndex[g] = -1;
                } else {
                    if (g < drawn) drawnNow++;
                    newIndex[g] = kept++;
                }
            }
            if (kept == m && java.util.Arrays.stream(undercutFrom).noneMatch(gone::test)) return this;
            int[] conclusions = new int[kept];
            int[][] premisesNow = new int[kept][];
            List<List<Support>> supportsNow = new ArrayList<>(kept);
            for (int g = 0; g < m; g++) {
                if (newIndex[g] < 0) continue;
                conclusions[newIndex[g]] = conclusion[g];
                premisesNow[newIndex[g]] = premises[g];
                supportsNow.add(supports.get(g));
            }
            IntLists.Buffer from = new IntLists.Buffer(), on = new IntLists.Buffer();
            List<String> targets = new ArrayList<>();
            Map<String, Integer> ofSupportNow = new HashMap<>();
            for (int u = 0; u < undercutFrom.length; u++) {
                int g = newIndex[undercutOn[u]];
                if (g < 0 || gone.test(undercutFrom[u])) continue;
                from.add(undercutFrom[u]);
                on.add(g);
                targets.add(undercutTarget[u]);
                ofSupportNow.put(undercutTarget[u], g);
            }
            return new Inferences(conclusions, premisesNow, java.util.Collections.unmodifiableList(supportsNow), drawnNow,
                    ofSupportNow, java.util.Arrays.copyOf(from.data, from.size), java.util.Arrays.copyOf(on.data, on.size),
                    targets.toArray(String[]::new));
        }

        /** These without the inferences that involve {@code claim} (a claim index) and the undercuts by it. */
        Inferences withoutClaim(int claim) {
            return without(g -> {
                if (conclusion[g] == claim) return true;
                for (int p : premises[g]) if (p == claim) return true;
                return false;
            }, c -> c == claim);
        }

        /** These without the inferences into the claims {@code suspended} holds (claim indexes). */
        Inferences withoutInto(java.util.function.IntPredicate suspended) {
            return without(g -> suspended.test(conclusion[g]), c -> false);
        }

        /** Whether these are what {@link #of} gives on the same map: the same inferences, supports and undercuts, in the same order. */
        boolean sameAs(Inferences other) {
            return java.util.Arrays.equals(conclusion, other.conclusion) && java.util.Arrays.deepEquals(premises, other.premises)
                    && supports.equals(other.supports) && drawn == other.drawn && ofSupport.equals(other.ofSupport)
                    && java.util.Arrays.equals(undercutFrom, other.undercutFrom) && java.util.Arrays.equals(undercutOn, other.undercutOn)
                    && java.util.Arrays.equals(undercutTarget, other.undercutTarget);
        }

        /** The rows the labelling groups from these inferences over {@code claims} claims, kept for the next labelling. */
        Shape shape(int claims) {
            Shape now = shape;
            if (now == null || now.claims() > claims) now = Shape.of(this, claims);
            else if (now.claims() < claims) now = now.grown(claims);
            shape = now;
            return now;
        }
    }

    /**
     * The inferences and undercuts of {@link Inferences} as the labelling reads them: flat arrays,
     * and the rows grouped from them (inferences into and from each claim, undercuts by claim and by
     * inference, the support cycles). Only the defeats, which change with almost every edit, are
     * grouped per labelling.
     */
    record Shape(int claims, int[] conclusion, int[] premiseStarts, int[] premises, int[] undercutFrom, int[] undercutOn,
            IntLists into, IntLists premiseOf, IntLists undercutsOut, IntLists undercuttersOf, EvidentialLabelling.Cycles cycles) {
        static Shape of(Inferences inferences, int claims) {
            int m = inferences.conclusion().length;
            int[] starts = new int[m + 1];
            for (int g = 0; g < m; g++) starts[g + 1] = starts[g] + inferences.premises()[g].length;
            int[] flat = new int[starts[m]];
            for (int g = 0; g < m; g++) System.arraycopy(inferences.premises()[g], 0, flat, starts[g], inferences.premises()[g].length);
            int[] conclusion = inferences.conclusion();
            int[] from = inferences.undercutFrom(), on = inferences.undercutOn();
            IntLists premiseOf = EvidentialLabelling.Structure.premiseOfOf(claims, starts, flat, m);
            return new Shape(claims, conclusion, starts, flat, from, on,
                    EvidentialLabelling.Structure.intoOf(claims, conclusion, m), premiseOf,
                    IntLists.of(claims, from, on, from.length), IntLists.of(m, on, from, from.length),
                    EvidentialLabelling.Cycles.of(claims, premiseOf, conclusion));
        }

        /**
         * The same with one more inference, {@code from} alone to {@code to}, at index {@code at} (the
         * later ones move up by one) as {@code now} holds it: each row gets it in its place, without
         * grouping every inference again. The support cycles are found again unless the premise is the
         * newest claim and concluded by nothing: then it is a cycle of its own, numbered last, as before.
         */
        Shape plus(int at, int from, int to, Inferences now) {
            int m = conclusion.length;
            int[] starts = new int[m + 2];
            System.arraycopy(premiseStarts, 0, starts, 0, at + 1);
            for (int g = at; g <= m; g++) starts[g + 1] = premiseStarts[g] + 1;
            int[] flat = new int[premises.length + 1];
            int p = premiseStarts[at];
            System.arraycopy(premises, 0, flat, 0, p);
            flat[p] = from;
            System.arraycopy(premises, p, flat, p + 1, premises.length - p);
            IntLists premiseOfNow = inserted(premiseOf, from, at);
            int[] on = now.undercutOn();
            int[] outStart = undercutsOut.start, outItems = undercutsOut.items.clone();
            for (int i = 0; i < outItems.length; i++) if (outItems[i] >= at) outItems[i]++;
            int[] byStart = new int[m + 2];
            System.arraycopy(undercuttersOf.start, 0, byStart, 0, at + 1);
            System.arraycopy(undercuttersOf.start, at, byStart, at + 1, m + 1 - at);
            EvidentialLabelling.Cycles cyclesNow = from == claims - 1 && into.size(from) == 0 ? cycles
                    : EvidentialLabelling.Cycles.of(claims, premiseOfNow, now.conclusion());
            return new Shape(claims, now.conclusion(), starts, flat, undercutFrom, on, inserted(into, to, at), premiseOfNow,
                    new IntLists(outStart, outItems), new IntLists(byStart, undercuttersOf.items), cyclesNow);
        }

        /** Rows of inference indexes with {@code at} put into row {@code key} in order, and every later index moved up by one. */
        private static IntLists inserted(IntLists rows, int key, int at) {
            int[] start = new int[rows.start.length], items = new int[rows.items.length + 1];
            int to = 0;
            for (int k = 0; k + 1 < rows.start.length; k++) {
                start[k] = to;
                boolean placed = k != key;
                for (int i = rows.start[k]; i < rows.start[k + 1]; i++) {
                    int g = rows.items[i];
                    if (!placed && g >= at) {
                        items[to++] = at;
                        placed = true;
                    }
                    items[to++] = g >= at ? g + 1 : g;
                }
                if (!placed) items[to++] = at;
            }
            start[rows.start.length - 1] = to;
            return new IntLists(start, items);
        }

        /** The same with claims added that no inference or undercut names yet (the newest indexes). */
        Shape grown(int claimsNow) {
            return new Shape(claimsNow, conclusion, premiseStarts, premises, undercutFrom, undercutOn, into.grown(claimsNow),
                    premiseOf.grown(claimsNow), undercutsOut.grown(claimsNow), undercuttersOf, cycles.grown(claimsNow));
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
            boolean[] primaFacie, Inferences inferences, int[] defeatFrom, int[] defeatTo,
            List<AttackEdge> attacks, List<Defeat> defeatFacts, int[] rank, double[] base, EvidentialLabelling.Scratch scratch) {
        EvidentialLabelling.Structure structure = new EvidentialLabelling.Structure(ids.length, primaFacie,
                inferences.shape(ids.length), defeatFrom, defeatTo);
        return new Verdicts(map, ids, lookup, present, structure, inferences, attacks, defeatFacts,
                EvidentialLabelling.label(structure, scratch), rank, base);
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

    /**
     * What the strength says, in one line a student can read: above, below or at the claim's base score,
     * and why (DF-QuAD moves it up exactly when the support that counts outweighs the attacks). Compared
     * as shown, to two decimals.
     */
    public Sentence strengthMeaning(String claimId) {
        Double strength = strength(claimId);
        if (strength == null) return null;
        double base = map.claim(claimId).map(Claim::baseScore).orElse(Claim.DEFAULT_WEIGHT);
        long shown = Math.round(strength * 100), start = Math.round(base * 100);
        String key = shown > start ? "strength.above" : shown < start ? "strength.below" : "strength.same";
        return Sentence.of(key, Sentence.score(strength), Sentence.score(base));
    }

    private double[] strengths() {
        double[] s = strength;
        if (s == null) {
            s = Strength.dfQuad(structure, base, rank, notLost());
            strength = s;
        }
        return s;
    }

    /** For each inference, whether it can still ground its conclusion: no undercutter IN, every premise IN or UNDEC. */
    boolean[] notLost() {
        Label[] labels = result.labels();
        IntLists premises = structure.premisesByInference();
        boolean[] passes = new boolean[structure.inferences()];
        for (int g = 0; g < passes.length; g++) {
            boolean standing = undercutBy(g) < 0;
            for (int j = premises.start[g]; j < premises.start[g + 1] && standing; j++) {
                Label p = labels[premises.items[j]];
                standing = p == Label.IN || p == Label.UNDEC;
            }
            passes[g] = standing;
        }
        return passes;
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

    /**
     * The most claims a what-if of one claim's explanation labels again: a counterfactual is labelled on
     * the claims its claim depends on, and one that depends on more is not stated (a bounded cost per
     * sentence, so explaining every claim of a large map never costs a labelling of the whole map each).
     */
    static final int WHAT_IF_LIMIT = 1_000;

    /** The status of every claim were {@code changes} made: the whole map labelled again. */
    Label[] relabelled(List<Change> changes) {
        Edits edits = edits(changes);
        EvidentialLabelling.Structure changed = structure.variant((f, t) -> !edits.blocked.contains(pair(f, t)),
                edits.extra.toArray(int[][]::new), edits.defeated.stream().mapToInt(Integer::intValue).toArray());
        for (int c : edits.established) changed.primaFacie[c] = true;
        Label[] labels = EvidentialLabelling.label(changed).labels();
        return Arrays.copyOf(labels, ids.length);
    }

    /**
     * The status {@code claim} would have were {@code changes} made, found by labelling only what it
     * depends on (its premises, defeaters and undercutters, theirs, and so on, as the changes leave
     * them): a claim's status is decided by those alone. Null when that is more than {@link #WHAT_IF_LIMIT} claims.
     */
    Label relabelled(int claim, List<Change> changes) {
        Edits edits = edits(changes);
        IntLists defeaters = defeatersOf(), undercutters = undercuttersOf(), premises = structure.premisesByInference();
        Map<Integer, List<Integer>> extraInto = new HashMap<>();
        for (int[] d : edits.extra) extraInto.computeIfAbsent(d[1], k -> new ArrayList<>()).add(d[0]);
        // the claims it depends on, by a walk against the edges, numbered in the order found (the claim is 0).
        // Without a ruling among the changes, a claim found before to depend on too many still does (new
        // defeats only add to what it depends on); a ruling can cut a claim off from what it depended on.
        boolean[] tooLarge = edits.blocked.isEmpty() ? tooLarge() : new boolean[0];
        if (tooLarge.length > 0 && tooLarge[claim]) return null;
        Scratch scratch = SCRATCH.get().fit(ids.length);
        int[] order = scratch.order;
        int k = 0;
        scratch.mark(claim, k);
        order[k++] = claim;
        for (int head = 0; head < k; head++) {
            int x = order[head];
            if (tooLarge.length > 0 && tooLarge[x]) return giveUp(claim, edits);
            for (int i = defeaters.start[x]; i < defeaters.start[x + 1]; i++) {
                int y = defeaters.items[i];
                if (!scratch.seen(y) && !edits.blocked.contains(pair(y, x))) {
                    if (k == WHAT_IF_LIMIT) return giveUp(claim, edits);
                    scratch.mark(y, k);
                    order[k++] = y;
                }
            }
            for (int y : extraInto.getOrDefault(x, List.of())) {
                if (scratch.seen(y)) continue;
                if (k == WHAT_IF_LIMIT) return giveUp(claim, edits);
                scratch.mark(y, k);
                order[k++] = y;
            }
            for (int j = into.start[x]; j < into.start[x + 1]; j++) {
                int g = into.items[j];
                for (int q = premises.start[g]; q < premises.start[g + 1]; q++) {
                    int y = premises.items[q];
                    if (scratch.seen(y)) continue;
                    if (k == WHAT_IF_LIMIT) return giveUp(claim, edits);
                    scratch.mark(y, k);
                    order[k++] = y;
                }
                for (int q = undercutters.start[g]; q < undercutters.start[g + 1]; q++) {
                    int y = undercutters.items[q];
                    if (scratch.seen(y)) continue;
                    if (k == WHAT_IF_LIMIT) return giveUp(claim, edits);
                    scratch.mark(y, k);
                    order[k++] = y;
                }
            }
        }
        List<Integer> defeated = edits.defeated.stream().filter(scratch::seen).toList();
        boolean[] pf = new boolean[k + defeated.size()];
        for (int i = 0; i < k; i++) pf[i] = structure.primaFacie[order[i]] || edits.established.contains(order[i]);
        for (int i = 0; i < defeated.size(); i++) pf[k + i] = true;
        EvidentialLabelling.Structure sub = new EvidentialLabelling.Structure(pf.length, pf);
        for (int i = 0; i < k; i++) {
            int x = order[i];
            for (int j = into.start[x]; j < into.start[x + 1]; j++) {
                int g = into.items[j];
                int[] ps = new int[premises.size(g)];
                for (int p = 0; p < ps.length; p++) ps[p] = scratch.local(premises.items[premises.start[g] + p]);
                int mine = sub.inference(i, ps);
                for (int u = undercutters.start[g]; u < undercutters.start[g + 1]; u++) sub.undercut(scratch.local(undercutters.items[u]), mine);
            }
            for (int d = defeaters.start[x]; d < defeaters.start[x + 1]; d++) {
                if (!edits.blocked.contains(pair(defeaters.items[d], x))) sub.defeat(scratch.local(defeaters.items[d]), i);
            }
            for (int f : extraInto.getOrDefault(x, List.of())) sub.defeat(scratch.local(f), i);
        }
        for (int i = 0; i < defeated.size(); i++) sub.defeat(k + i, scratch.local(defeated.get(i)));
        return EvidentialLabelling.label(sub).labels()[0];
    }

    /**
     * Remembers a claim that depends on too many claims as the map stands (no defeat added or taken
     * away), so that a later walk reaching it stops there: what is remembered only saves work, the
     * answer is the same.
     */
    private Label giveUp(int claim, Edits edits) {
        if (edits.extra.isEmpty() && edits.blocked.isEmpty()) tooLarge()[claim] = true;
        return null;
    }

    private boolean[] tooLarge() {
        boolean[] t = tooLarge;
        if (t == null) tooLarge = t = new boolean[ids.length];
        return t;
    }

    /**
     * Per thread, the walk's numbering by claim index, reused from one what-if to the next so that a
     * walk costs what it visits, not the size of the map (a new stamp forgets the last walk).
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        int[] stamp = new int[0], local = new int[0];
        final int[] order = new int[WHAT_IF_LIMIT];
        int now;

        Scratch fit(int claims) {
            if (stamp.length < claims) {
                stamp = new int[claims];
                local = new int[claims];
                now = 0;
            }
            now++;
            return this;
        }

        boolean seen(int claim) { return stamp[claim] == now; }

        void mark(int claim, int index) {
            stamp[claim] = now;
            local[claim] = index;
        }

        int local(int claim) { return local[claim]; }
    }

    /** What a list of changes does to the labelling's structure: defeats left out and added, claims defeated or standing alone. */
    private record Edits(java.util.Set<Long> blocked, List<int[]> extra, java.util.Set<Integer> defeated, java.util.Set<Integer> established) {}

    private Edits edits(List<Change> changes) {
        Edits edits = new Edits(new java.util.HashSet<>(), new ArrayList<>(), new java.util.LinkedHashSet<>(), new java.util.HashSet<>());
        for (Change change : changes) {
            switch (change) {
                case Change.Prefer(String preferred, String over) -> {
                    int w = index(preferred), l = index(over);
                    edits.blocked.add(pair(l, w));
                    edits.blocked.add(pair(w, l));
                    if (attacksOn().getOrDefault(over, List.of()).stream().anyMatch(e -> e.getFrom().equals(preferred))) {
                        edits.extra.add(new int[] {w, l});
                    }
                }
                case Change.Defeat(String claim) -> edits.defeated.add(index(claim));
                case Change.Establish(String claim) -> edits.established.add(index(claim));
            }
        }
        return edits;
    }

    private int index(String claimId) {
        int i = indexOf(claimId);
        if (i < 0 || !present[i]) throw new IllegalArgumentException("no claim '" + claimId + "' to change");
        return i;
    }

    static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** The claims that defeat each claim, and the claims that undercut each inference: what a what-if walks back along. */
    IntLists defeatersOf() {
        return structure.defeatersOf();
    }

    IntLists undercuttersOf() {
        return structure.undercuttersOf();
    }

    /** Each claim's index, for the what-if labellings of {@link Comparison}. */
    int indexOf(String claimId) {
        Integer i = lookup.apply(claimId);
        return i == null || i >= ids.length ? -1 : i;
    }
}
