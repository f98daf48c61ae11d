package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/**
 * A session keeps its supports grouped into inferences, and the rows the labelling reads, from one
 * edit to the next: a new support or undercut is added to them, a removed claim or a suspended one
 * taken out of them. After random edit sequences (seeded, the seed is in the failure message) what
 * it kept must be exactly what grouping the map from scratch gives, the labelling on it the same
 * labelling, and the strengths the same bits as the strengths in Kahn's order by rank (how they
 * were computed before the first part of the order became a plain queue). A fresh session on the
 * same map with the same standing must agree on every result, findings included (the checking
 * rules now see the labels only when findings are read).
 */
class IncrementalLabellingPropertyTest {

    @Test
    void what_a_session_keeps_between_edits_is_what_a_labelling_from_scratch_computes() {
        Random seeds = new Random(20261206L);
        for (int run = 0; run < 40; run++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            Standing standing = new Standing();
            try (ReasoningSession session = ReasoningSession.open(Given.RULES, start())) {
                for (int step = 0; step < 60; step++) {
                    String where = "seed " + seed + ", step " + step;
                    String edit = edit(session, standing, random);
                    check(session, standing, where + " after " + edit);
                }
            }
        }
    }

    /** Three claims, one of them concluding a linked-premise argument of two others. */
    private static ArgumentMap start() {
        ArgumentMap map = new ArgumentMap("m", "m");
        for (String id : List.of("c0", "c1", "c2", "c3")) map.putClaim(claim(id, id.equals("c1") || id.equals("c2")));
        map.addArgument(new Argument("a0", "A", null, List.of("c1", "c2"), "c0"));
        return map;
    }

    private static Claim claim(String id, boolean evidence) {
        return new Claim(id, id, id, null, null, evidence ? ClaimKind.EVIDENCE : ClaimKind.CLAIM, null, null,
                evidence ? new Source("p", "p. 1", "q") : null, null, null, null, List.of());
    }

    private static final class Standing {
        Set<String> granted = Set.of();
        Set<String> suspended = Set.of();
    }

    /** One random edit; says which. */
    private static String edit(ReasoningSession session, Standing standing, Random random) {
        ArgumentMap map = session.map();
        List<String> ids = map.claimIds();
        int choice = ids.size() < 4 ? 0 : random.nextInt(12);
        try {
            switch (choice) {
                case 0, 1 -> session.putClaim(claim("c" + random.nextInt(14), random.nextInt(3) == 0));
                case 2 -> session.removeClaim(pick(ids, random));
                case 3, 4 -> session.addSupport(new Support(pick(ids, random), pick(ids, random)));
                case 5 -> session.addArgument(new Argument("a" + random.nextInt(4), "A", null,
                        List.of(pick(ids, random), pick(ids, random)), pick(ids, random)));
                case 6 -> session.addAttack(Attack.onClaim(pick(ids, random), pick(ids, random)));
                case 7 -> {
                    List<Support> supports = new ArrayList<>(map.supports());
                    if (!supports.isEmpty()) session.addAttack(Attack.onSupport(pick(ids, random), supports.get(random.nextInt(supports.size()))));
                }
                case 8 -> {
                    List<Support> supports = new ArrayList<>(map.supports());
                    if (!supports.isEmpty()) session.removeSupport(supports.get(random.nextInt(supports.size())).id());
                }
                case 9 -> {
                    List<Attack> attacks = new ArrayList<>(map.attacks());
                    if (!attacks.isEmpty()) session.removeAttack(attacks.get(random.nextInt(attacks.size())).id());
                }
                case 10 -> { // one more claim suspended (a challenge lapsed): the kept inferences lose those into it
                    Set<String> more = new LinkedHashSet<>(standing.suspended);
                    more.add(pick(ids, random));
                    standing.suspended = more;
                    session.setStanding(standing.granted, standing.suspended);
                }
                default -> { // any standing: claims granted, suspensions lifted (grouped again)
                    Set<String> granted = new LinkedHashSet<>(), suspended = new LinkedHashSet<>();
                    for (String id : ids) {
                        if (random.nextInt(4) == 0) granted.add(id);
                        if (random.nextInt(5) == 0 && standing.suspended.contains(id)) suspended.add(id);
                    }
                    standing.granted = granted;
                    standing.suspended = suspended;
                    session.setStanding(granted, suspended);
                }
            }
        } catch (IllegalArgumentException refused) {
            // a random pick the map refuses (a claim supporting itself, say): the session is unchanged
        }
        return "edit " + choice;
    }

    private static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static void check(ReasoningSession session, Standing standing, String where) {
        Verdicts v = session.verdicts();
        Verdicts.Inferences kept = v.inferences, scratch = session.inferencesFromScratch();
        assertThat(kept.sameAs(scratch)).as(where + ": the inferences kept are those grouped from scratch").isTrue();

        int n = v.ids.length;
        Verdicts.Shape rows = kept.shape(n), again = Verdicts.Shape.of(scratch, n);
        assertSame(rows.into(), again.into(), where + " into");
        assertSame(rows.premiseOf(), again.premiseOf(), where + " premiseOf");
        assertSame(rows.undercutsOut(), again.undercutsOut(), where + " undercutsOut");
        assertSame(rows.undercuttersOf(), again.undercuttersOf(), where + " undercuttersOf");
        assertThat(rows.cycles().component()).as(where + " support cycles").isEqualTo(again.cycles().component());
        assertSame(rows.cycles().members(), again.cycles().members(), where + " support cycle members");

        // the labelling on the kept rows is the labelling on a structure built inference by inference
        EvidentialLabelling.Structure built = new EvidentialLabelling.Structure(n, v.structure.primaFacie.clone());
        for (int g = 0; g < scratch.conclusion().length; g++) built.inference(scratch.conclusion()[g], scratch.premises()[g]);
        for (int i = 0; i < v.structure.defeatFrom.size; i++) built.defeat(v.structure.defeatFrom.data[i], v.structure.defeatTo.data[i]);
        for (int u = 0; u < scratch.undercutFrom().length; u++) built.undercut(scratch.undercutFrom()[u], scratch.undercutOn()[u]);
        EvidentialLabelling.Result fromScratch = EvidentialLabelling.label(built);
        assertThat(v.result.labels()).as(where + " labels").isEqualTo(fromScratch.labels());
        assertThat(v.result.groundedBy()).as(where + " grounds").isEqualTo(fromScratch.groundedBy());
        assertThat(v.result.undercutBy()).as(where + " undercuts").isEqualTo(fromScratch.undercutBy());

        // the strengths: the same bits as in Kahn's order by rank throughout
        double[] byHeap = dfQuadByHeap(built, v.base, v.rank, v.notLost());
        for (int c = 0; c < n; c++) {
            if (!v.present[c]) continue;
            assertThat(Double.doubleToRawLongBits(v.strength(v.ids[c]))).as(where + " strength of " + v.ids[c])
                    .isEqualTo(Double.doubleToRawLongBits(byHeap[c]));
        }

        // and a fresh session on the same map with the same standing says the same
        try (ReasoningSession fresh = ReasoningSession.open(Given.RULES, session.map())) {
            fresh.setStanding(standing.granted, standing.suspended);
            Analysis live = session.analysis(), other = fresh.analysis();
            assertThat(live.labels()).as(where + " labels of a fresh session").isEqualTo(other.labels());
            for (Claim c : live.map().claims()) {
                assertThat(live.strength(c.id())).as(where + " strength of " + c.id() + " in a fresh session")
                        .isCloseTo(other.strength(c.id()), org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(live.findings().stream().map(Object::toString).toList()).as(where + " findings of a fresh session")
                    .isEqualTo(other.findings().stream().map(Object::toString).toList());
            assertThat(live.cycles().stream().map(Object::toString).toList()).as(where + " cycles of a fresh session")
                    .isEqualTo(other.cycles().stream().map(Object::toString).toList());
        }
    }

    private static void assertSame(IntLists a, IntLists b, String what) {
        assertThat(a.start).as(what + " starts").isEqualTo(b.start);
        assertThat(a.items).as(what + " items").isEqualTo(b.items);
    }

    /** DF-QuAD as {@link Strength} computed it with a heap: every claim fed by no cycle in Kahn's order, ties by rank, then the rest by rank. */
    private static double[] dfQuadByHeap(EvidentialLabelling.Structure s, double[] base, int[] rank, boolean[] passes) {
        int n = s.claims;
        int[] conclusion = s.conclusions.data;
        IntLists attackersOf = s.defeatersOf(), undercuttersOf = s.undercuttersOf(), into = s.into(), premises = s.premisesByInference();
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
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int c = 0; c < n; c++) if (indegree[c] == 0) ready.add(rank[c]);
        int[] order = new int[n];
        boolean[] placed = new boolean[n];
        int tail = 0;
        while (!ready.isEmpty()) {
            int c = byRank[ready.poll()];
            order[tail++] = c;
            placed[c] = true;
            for (int i = out.start[c]; i < out.start[c + 1]; i++) if (--indegree[out.items[i]] == 0) ready.add(rank[out.items[i]]);
        }
        int settled = tail;
        for (int r = 0; r < n; r++) if (!placed[byRank[r]]) order[tail++] = byRank[r];
        double[] sigma = Arrays.copyOf(base, n);
        int pass = 0;
        double moved = Double.MAX_VALUE;
        while (moved > Strength.TOLERANCE && pass < Strength.MAX_PASSES && (pass == 0 || settled < n)) {
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
                    for (int j = undercuttersOf.start[g]; j < undercuttersOf.start[g + 1]; j++) keepUndercut *= 1 - sigma[undercuttersOf.items[j]];
                    for (int j = premises.start[g]; j < premises.start[g + 1]; j++) keepSup *= 1 - sigma[premises.items[j]] * keepUndercut;
                }
                double vAtt = 1 - keepAtt, vSup = 1 - keepSup, tau = base[c];
                double next = vSup >= vAtt ? tau + (1 - tau) * (vSup - vAtt) : tau - tau * (vAtt - vSup);
                moved = Math.max(moved, Math.abs(next - sigma[c]));
                sigma[c] = next;
            }
        }
        return sigma;
    }
}
