package org.dialectica.reasoning;

import java.util.Arrays;

/**
 * Grounded labelling of structured arguments, computed on claims in near-linear time.
 *
 * <p>The arguments are those of ASPIC+ with defeasible inferences: a prima facie claim (sourced
 * evidence; every argument of an abstract framework) is an argument on its own; an inference (a
 * drawn support, or a linked-premise argument) with an argument for each premise is an argument
 * for its conclusion. An argument is defeated on any of its sub-conclusions by an argument whose
 * conclusion defeats that claim (attacks it and is not less preferred: the caller passes only the
 * attacks that succeed), and on any of its inferences by an argument for a claim that undercuts
 * it. The grounded labelling of those arguments is read back onto claims: OUT when an IN argument
 * defeats the claim itself, IN when some argument for it is IN, UNDEC when some argument for it is
 * not OUT, UNSUPPORTED when every argument for it (if any) is OUT without the claim itself being
 * defeated — it has no standing grounds.
 *
 * <p>Arguments are never enumerated (there can be exponentially many). Per claim the labelling
 * keeps two monotone facts: <em>has an IN argument</em> (a least fixpoint, grown with counters)
 * and <em>has no argument that is not OUT</em> (grown as grounds are lost). Losing grounds is
 * exact with counters except inside a support cycle, where a claim may seem supported only by
 * itself; such a strongly connected component is re-derived as a whole when its inputs change.
 * Every claim enters each state once, every edge is followed a constant number of times, plus
 * the size of a support cycle each time one of its grounds is lost. {@code EvidentialOracleTest}
 * compares it with the argument-by-argument definition.
 */
final class EvidentialLabelling {
    private EvidentialLabelling() {}

    /**
     * What the labelling reads, all by int index. A session builds one per relabelling from what it
     * keeps between edits (see {@link Verdicts.Inferences#shape}): the rows that depend only on the
     * supports are shared from one relabelling to the next, so only the defeats are grouped anew.
     */
    static final class Structure {
        final int claims;
        final boolean[] primaFacie;
        final IntLists.Buffer conclusions;
        final IntLists.Buffer premiseStarts;
        final IntLists.Buffer premises;
        final IntLists.Buffer defeatFrom;
        final IntLists.Buffer defeatTo;
        final IntLists.Buffer undercutFrom;
        final IntLists.Buffer undercutOn;
        /*
         * Rows grouped from the lists above, when first read; adding to a list forgets those built
         * from it. Labelling, strengths and explanations read the same rows. IntLists and Cycles have
         * only final fields, so a row read from another thread is seen whole.
         */
        private volatile IntLists into, premiseOf, defeatsOut, defeatersOf, undercutsOut, undercuttersOf;
        private volatile Cycles cycles;

        Structure(int claims, boolean[] primaFacie) {
            this.claims = claims;
            this.primaFacie = primaFacie;
            conclusions = new IntLists.Buffer();
            premiseStarts = new IntLists.Buffer();
            premises = new IntLists.Buffer();
            defeatFrom = new IntLists.Buffer();
            defeatTo = new IntLists.Buffer();
            undercutFrom = new IntLists.Buffer();
            undercutOn = new IntLists.Buffer();
            premiseStarts.add(0);
        }

        /**
         * A structure over {@code claims} claims with the inferences and undercuts of {@code shape}
         * (its rows shared, not copied) and the defeats {@code defeatFrom[i] → defeatTo[i]}.
         */
        Structure(int claims, boolean[] primaFacie, Verdicts.Shape shape, int[] defeatFrom, int[] defeatTo) {
            this.claims = claims;
            this.primaFacie = primaFacie;
            // exact-size arrays: adding to a shared list copies it first (Buffer.add grows a full array)
            conclusions = IntLists.Buffer.of(shape.conclusion());
            premiseStarts = IntLists.Buffer.of(shape.premiseStarts());
            premises = IntLists.Buffer.of(shape.premises());
            this.defeatFrom = IntLists.Buffer.of(defeatFrom);
            this.defeatTo = IntLists.Buffer.of(defeatTo);
            undercutFrom = IntLists.Buffer.of(shape.undercutFrom());
            undercutOn = IntLists.Buffer.of(shape.undercutOn());
            into = shape.into();
            premiseOf = shape.premiseOf();
            undercutsOut = shape.undercutsOut();
            undercuttersOf = shape.undercuttersOf();
            cycles = shape.cycles();
        }

        /** Adds an inference from all of {@code premiseIds} together to {@code conclusion}; returns its index. */
        int inference(int conclusion, int... premiseIds) {
            for (int p : premiseIds) premises.add(p);
            premiseStarts.add(premises.size);
            conclusions.add(conclusion);
            into = null;
            premiseOf = null;
            undercuttersOf = null;
            cycles = null;
            return conclusions.size - 1;
        }

        /** An attack of {@code from} on the claim {@code to} that succeeds as a defeat. */
        void defeat(int from, int to) {
            defeatFrom.add(from);
            defeatTo.add(to);
            defeatsOut = null;
            defeatersOf = null;
        }

        /** {@code from} undercuts the inference {@code inference}; undercuts always succeed. */
        void undercut(int from, int inference) {
            undercutFrom.add(from);
            undercutOn.add(inference);
            undercutsOut = null;
            undercuttersOf = null;
        }

        int inferences() {
            return conclusions.size;
        }

        /**
         * A what-if copy: the defeats {@code keep} rejects are left out, the {@code extra} defeats
         * {from, to} added, and each claim in {@code defeated} gets an unattacked prima facie attacker
         * (it is defeated for sure). Its prima facie flags are its own, to change.
         */
        Structure variant(java.util.function.BiPredicate<Integer, Integer> keep, int[][] extra, int... defeated) {
            boolean[] pf = Arrays.copyOf(primaFacie, claims + defeated.length);
            for (int i = 0; i < defeated.length; i++) pf[claims + i] = true;
            Structure copy = new Structure(claims + defeated.length, pf);
            for (int g = 0; g < inferences(); g++) copy.inference(conclusion(g), premises(g));
            for (int i = 0; i < defeatFrom.size; i++) {
                if (keep.test(defeatFrom.data[i], defeatTo.data[i])) copy.defeat(defeatFrom.data[i], defeatTo.data[i]);
            }
            for (int[] d : extra) copy.defeat(d[0], d[1]);
            for (int i = 0; i < defeated.length; i++) copy.defeat(claims + i, defeated[i]);
            for (int i = 0; i < undercutFrom.size; i++) copy.undercut(undercutFrom.data[i], undercutOn.data[i]);
            return copy;
        }

        int conclusion(int inference) {
            return conclusions.data[inference];
        }

        /** The premises of each inference, as rows over the structure's own arrays (no copy). */
        IntLists premisesByInference() {
            return new IntLists(premiseStarts.data, premises.data);
        }

        /** The inferences into each claim: what labelling, strength and explanations all walk. */
        IntLists into() {
            IntLists rows = into;
            if (rows == null) into = rows = intoOf(claims, conclusions.data, inferences());
            return rows;
        }

        /** The inferences each claim is a premise of. */
        IntLists premiseOf() {
            IntLists rows = premiseOf;
            if (rows == null) premiseOf = rows = premiseOfOf(claims, premiseStarts.data, premises.data, inferences());
            return rows;
        }

        /** The claims each claim defeats. */
        IntLists defeatsOut() {
            IntLists rows = defeatsOut;
            if (rows == null) defeatsOut = rows = IntLists.of(claims, defeatFrom.data, defeatTo.data, defeatFrom.size);
            return rows;
        }

        /** The claims that defeat each claim. */
        IntLists defeatersOf() {
            IntLists rows = defeatersOf;
            if (rows == null) defeatersOf = rows = IntLists.of(claims, defeatTo.data, defeatFrom.data, defeatFrom.size);
            return rows;
        }

        /** The inferences each claim undercuts. */
        IntLists undercutsOut() {
            IntLists rows = undercutsOut;
            if (rows == null) undercutsOut = rows = IntLists.of(claims, undercutFrom.data, undercutOn.data, undercutFrom.size);
            return rows;
        }

        /** The claims that undercut each inference. */
        IntLists undercuttersOf() {
            IntLists rows = undercuttersOf;
            if (rows == null) undercuttersOf = rows = IntLists.of(inferences(), undercutOn.data, undercutFrom.data, undercutFrom.size);
            return rows;
        }

        /** The support cycles: each claim's strongly connected component of the support graph, and each component's claims. */
        Cycles cycles() {
            Cycles c = cycles;
            if (c == null) cycles = c = Cycles.of(claims, premiseOf(), conclusions.data);
            return c;
        }

        int[] premises(int inference) {
            return Arrays.copyOfRange(premises.data, premiseStarts.data[inference], premiseStarts.data[inference + 1]);
        }

        static IntLists intoOf(int claims, int[] conclusion, int inferences) {
            int[] all = new int[inferences];
            for (int g = 0; g < inferences; g++) all[g] = g;
            return IntLists.of(claims, conclusion, all, inferences);
        }

        static IntLists premiseOfOf(int claims, int[] premiseStarts, int[] premises, int inferences) {
            int count = premiseStarts[inferences];
            int[] owner = new int[count];
            for (int g = 0; g < inferences; g++) {
                for (int i = premiseStarts[g]; i < premiseStarts[g + 1]; i++) owner[i] = g;
            }
            return IntLists.of(claims, premises, owner, count);
        }
    }

    /** The strongly connected components of the support graph: each claim's, numbered as Tarjan's algorithm finds them, and each one's claims. */
    record Cycles(int[] component, IntLists members) {
        static Cycles of(int claims, IntLists premiseOf, int[] conclusion) {
            int[] scc = SupportCycles.components(claims, premiseOf, conclusion);
            int components = 0;
            for (int c = 0; c < claims; c++) components = Math.max(components, scc[c] + 1);
            int[] claimIds = new int[claims];
            for (int c = 0; c < claims; c++) claimIds[c] = c;
            return new Cycles(scc, IntLists.of(components, scc, claimIds, claims));
        }

        /**
         * The same with claims {@code component.length … claims-1} added, none in any support: each
         * its own component, numbered after the others, as Tarjan's algorithm numbers them.
         */
        Cycles grown(int claims) {
            int old = component.length, components = members.start.length - 1;
            if (claims == old) return this;
            int[] scc = Arrays.copyOf(component, claims);
            int[] start = Arrays.copyOf(members.start, components + claims - old + 1);
            int[] items = Arrays.copyOf(members.items, claims);
            for (int c = old; c < claims; c++) {
                int k = components + c - old;
                scc[c] = k;
                items[c] = c;
                start[k + 1] = c + 1;
            }
            return new Cycles(scc, new IntLists(start, items));
        }
    }

    /**
     * The work arrays of a labelling, kept by a session for the next one: labelling after every edit
     * of a large map otherwise allocates a dozen arrays of its size each time. Not for two
     * labellings at once.
     */
    static final class Scratch {
        private final int[][] ints = new int[11][0];
        private final boolean[][] booleans = new boolean[6][0];

        /** Slot {@code slot}'s array, at least {@code size} long, its first {@code size} set to {@code fill} (null: left as they are). */
        int[] ints(int slot, int size, Integer fill) {
            if (ints[slot].length < size) ints[slot] = new int[Math.max(size, ints[slot].length + (ints[slot].length >> 1))];
            if (fill != null) Arrays.fill(ints[slot], 0, size, fill);
            return ints[slot];
        }

        boolean[] booleans(int slot, int size, boolean fill) {
            if (booleans[slot].length < size) booleans[slot] = new boolean[Math.max(size, booleans[slot].length + (booleans[slot].length >> 1))];
            Arrays.fill(booleans[slot], 0, size, fill);
            return booleans[slot];
        }
    }

    /** The labels, and for each the witness an explanation starts from. */
    record Result(Label[] labels, int[] groundedBy, int[] undercutBy, int[] component) {
        /** For an IN claim, the inference whose premises stand; -1 when it is prima facie or not IN. */
        int grounds(int claim) {
            return groundedBy[claim];
        }
    }

    static Result label(Structure s) {
        return label(s, null);
    }

    /** @param scratch work arrays to reuse (the caller's, one labelling at a time), or null for new ones */
    static Result label(Structure s, Scratch scratch) {
        return new Run(s, scratch).run();
    }

    private static final class Run {
        final Structure s;
        final int n, m;
        final IntLists defeatsOut, undercutsOut, premiseOf, into, premisesOf, sccMembers;
        final int[] conclusion;
        final int[] scc;
        // has-an-IN-argument side
        final int[] liveDefeaters, liveUndercutters, missingPremises, readyInto, groundedBy;
        final boolean[] hasIn, ready;
        // has-no-argument-that-is-not-OUT side
        final boolean[] alive, blocked, killed;
        final int[] deadPremises, aliveGroups, undercutBy;
        // work queues; each claim enters inQueue and deadQueue at most once
        final int[] inQueue, deadQueue;
        int inHead, inTail, deadHead, deadTail;
        final int[] sccQueue;
        final boolean[] sccPending;
        int sccHead, sccSize;
        // scratch for re-deriving a support cycle
        final int[] insideMissing, stamp;
        int stampNow;

        Run(Structure s, Scratch scratch) {
            this.s = s;
            n = s.claims;
            m = s.inferences();
            conclusion = s.conclusions.data;
            defeatsOut = s.defeatsOut();
            undercutsOut = s.undercutsOut();
            premiseOf = s.premiseOf();
            into = s.into();
            premisesOf = s.premisesByInference();
            Cycles cycles = s.cycles();
            scc = cycles.component();
            sccMembers = cycles.members();
            int components = sccMembers.start.length - 1;

            Scratch w = scratch != null ? scratch : new Scratch();
            liveDefeaters = w.ints(0, n, 0);
            for (int i = 0; i < s.defeatTo.size; i++) liveDefeaters[s.defeatTo.data[i]]++;
            liveUndercutters = w.ints(1, m, 0);
            for (int i = 0; i < s.undercutOn.size; i++) liveUndercutters[s.undercutOn.data[i]]++;
            missingPremises = w.ints(2, m, 0);
            for (int g = 0; g < m; g++) missingPremises[g] = premisesOf.size(g);
            readyInto = w.ints(3, n, -1);
            groundedBy = new int[n];
            Arrays.fill(groundedBy, -1);
            hasIn = w.booleans(0, n, false);
            ready = w.booleans(1, m, false);
            alive = w.booleans(2, n, true);
            blocked = w.booleans(3, n, false);
            killed = w.booleans(4, m, false);
            deadPremises = w.ints(4, m, 0);
            aliveGroups = w.ints(5, n, 0);
            for (int c = 0; c < n; c++) aliveGroups[c] = into.size(c);
            undercutBy = new int[m];
            Arrays.fill(undercutBy, -1);
            // written before they are read: not cleared
            inQueue = w.ints(6, n, null);
            deadQueue = w.ints(7, n, null);
            sccQueue = w.ints(8, components, null); // a ring: any length from `components` on keeps its order
            sccPending = w.booleans(5, components, false);
            insideMissing = w.ints(9, m, null);
            stamp = w.ints(10, n, 0);
        }

        Result run() {
            // start from "everything has an argument" and take away what has none
            for (int c = 0; c < n; c++) if (!s.primaFacie[c] && into.size(c) == 0) makeDead(c);
            for (int k = 0; k < sccMembers.start.length - 1; k++) if (sccMembers.size(k) > 1) schedule(k);
            for (int c = 0; c < n; c++) tryIn(c);
            while (true) {
                if (inHead < inTail) stands(inQueue[inHead++]);
                else if (deadHead < deadTail) fallen(deadQueue[deadHead++]);
                else if (sccSize > 0) rederive(nextScc());
                else break;
            }
            Label[] labels = new Label[n];
            for (int c = 0; c < n; c++) {
                labels[c] = blocked[c] ? Label.OUT : hasIn[c] ? Label.IN : alive[c] ? Label.UNDEC : Label.UNSUPPORTED;
            }
            return new Result(labels, groundedBy, undercutBy, scc);
        }

        private void tryIn(int c) {
            if (hasIn[c] || liveDefeaters[c] > 0) return;
            if (s.primaFacie[c]) setIn(c, -1);
            else if (readyInto[c] >= 0) setIn(c, readyInto[c]);
        }

        private void setIn(int c, int inference) {
            hasIn[c] = true;
            groundedBy[c] = inference;
            inQueue[inTail++] = c;
        }

        private void checkReady(int g) {
            if (ready[g] || liveUndercutters[g] > 0 || missingPremises[g] > 0) return;
            ready[g] = true;
            int c = conclusion[g];
            if (readyInto[c] < 0) readyInto[c] = g;
            tryIn(c);
        }

        /** {@code c} has an IN argument: it grounds what it is a premise of, and defeats and undercuts. */
        private void stands(int c) {
            for (int i = premiseOf.start[c]; i < premiseOf.start[c + 1]; i++) {
                int g = premiseOf.items[i];
                if (--missingPremises[g] == 0) checkReady(g);
            }
            for (int i = defeatsOut.start[c]; i < defeatsOut.start[c + 1]; i++) {
                int t = defeatsOut.items[i];
                if (!blocked[t]) {
                    blocked[t] = true;
                    makeDead(t);
                }
            }
            for (int i = undercutsOut.start[c]; i < undercutsOut.start[c + 1]; i++) {
                int g = undercutsOut.items[i];
                if (!killed[g]) {
                    killed[g] = true;
                    undercutBy[g] = c;
                    if (deadPremises[g] == 0) groupLost(g);
                }
            }
        }

        private void makeDead(int c) {
            if (!alive[c]) return;
            alive[c] = false;
            deadQueue[deadTail++] = c;
        }

        /** Every argument for {@code c} is OUT: its defeats and undercuts no longer count. */
        private void fallen(int c) {
            for (int i = defeatsOut.start[c]; i < defeatsOut.start[c + 1]; i++) {
                int t = defeatsOut.items[i];
                if (--liveDefeaters[t] == 0) tryIn(t);
            }
            for (int i = undercutsOut.start[c]; i < undercutsOut.start[c + 1]; i++) {
                int g = undercutsOut.items[i];
                if (--liveUndercutters[g] == 0) checkReady(g);
            }
            for (int i = premiseOf.start[c]; i < premiseOf.start[c + 1]; i++) {
                int g = premiseOf.items[i];
                if (deadPremises[g]++ == 0 && !killed[g]) groupLost(g);
            }
        }

        /** Inference {@code g} can no longer give its conclusion an argument that is not OUT. */
        private void groupLost(int g) {
            int c = conclusion[g];
            if (sccMembers.size(scc[c]) > 1) schedule(scc[c]);
            else if (--aliveGroups[c] == 0 && !s.primaFacie[c]) makeDead(c);
        }

        private void schedule(int component) {
            if (sccPending[component]) return;
            sccPending[component] = true;
            sccQueue[(sccHead + sccSize++) % sccQueue.length] = component;
        }

        private int nextScc() {
            int component = sccQueue[sccHead];
            sccHead = (sccHead + 1) % sccQueue.length;
            sccSize--;
            sccPending[component] = false;
            return component;
        }

        /**
         * Which members of a support cycle still have an argument that is not OUT: a least fixpoint
         * inside the component, from grounds outside it, so the cycle cannot hold itself up.
         */
        private void rederive(int component) {
            int mark = ++stampNow;
            int[] stack = new int[sccMembers.size(component)];
            int top = 0;
            for (int i = sccMembers.start[component]; i < sccMembers.start[component + 1]; i++) {
                int member = sccMembers.items[i];
                if (!alive[member]) continue;
                boolean seed = s.primaFacie[member];
                for (int j = into.start[member]; j < into.start[member + 1]; j++) {
                    int g = into.items[j];
                    int inside = 0;
                    boolean outsideOk = !killed[g];
                    for (int k = premisesOf.start[g]; k < premisesOf.start[g + 1] && outsideOk; k++) {
                        int p = premisesOf.items[k];
                        if (scc[p] == component) inside++;
                        else outsideOk = alive[p];
                    }
                    insideMissing[g] = outsideOk ? inside : -1;
                    if (outsideOk && inside == 0) seed = true;
                }
                if (seed) {
                    stamp[member] = mark;
                    stack[top++] = member;
                }
            }
            while (top > 0) {
                int p = stack[--top];
                for (int i = premiseOf.start[p]; i < premiseOf.start[p + 1]; i++) {
                    int g = premiseOf.items[i];
                    int c = conclusion[g];
                    if (scc[c] != component || insideMissing[g] <= 0) continue;
                    if (--insideMissing[g] == 0 && alive[c] && stamp[c] != mark) {
                        stamp[c] = mark;
                        stack[top++] = c;
                    }
                }
            }
            for (int i = sccMembers.start[component]; i < sccMembers.start[component + 1]; i++) {
                int member = sccMembers.items[i];
                if (alive[member] && stamp[member] != mark) makeDead(member);
            }
        }
    }
}
