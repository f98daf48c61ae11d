package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The claim-level labelling against the argument-by-argument oracle, and on shapes that would explode. */
class EvidentialLabellingTest {

    @Test
    void matches_the_structured_argument_oracle_on_2000_random_small_maps() {
        int compared = 0;
        java.util.EnumMap<Label, Integer> seen = new java.util.EnumMap<>(Label.class);
        for (int seed = 0; seed < 2000; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(11);
            boolean[] pf = new boolean[n];
            for (int c = 0; c < n; c++) pf[c] = random.nextInt(3) == 0;
            List<StructuredArguments.Inference> inferences = new ArrayList<>();
            int m = random.nextInt(n + 3);
            for (int g = 0; g < m; g++) {
                int conclusion = random.nextInt(n);
                int premises = 1 + (random.nextInt(4) == 0 ? 1 : 0);
                int[] ps = new int[premises];
                for (int i = 0; i < premises; i++) {
                    int p;
                    do p = random.nextInt(n); while (p == conclusion);
                    ps[i] = p;
                }
                inferences.add(new StructuredArguments.Inference(conclusion, ps));
            }
            List<int[]> attacks = new ArrayList<>();
            for (int i = random.nextInt(n + 2); i > 0; i--) attacks.add(new int[] {random.nextInt(n), random.nextInt(n)});
            if (random.nextInt(4) == 0) { int a = random.nextInt(n); attacks.add(new int[] {a, a}); } // a self-attack on purpose
            List<int[]> undercuts = new ArrayList<>();
            for (int i = m == 0 ? 0 : random.nextInt(3); i > 0; i--) undercuts.add(new int[] {random.nextInt(n), random.nextInt(m)});
            List<int[]> preferred = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                int a = random.nextInt(n), b = random.nextInt(n);
                if (a != b) preferred.add(new int[] {a, b});
            }
            Label[] expected = StructuredArguments.label(n, pf, inferences, attacks, undercuts, preferred);
            if (expected == null) continue;
            EvidentialLabelling.Structure s = new EvidentialLabelling.Structure(n, pf);
            inferences.forEach(i -> s.inference(i.conclusion(), i.premises()));
            boolean[][] pref = new boolean[n][n];
            preferred.forEach(p -> pref[p[0]][p[1]] = true);
            for (int[] a : attacks) if (!(pref[a[1]][a[0]] && !pref[a[0]][a[1]])) s.defeat(a[0], a[1]);
            undercuts.forEach(u -> s.undercut(u[0], u[1]));
            Label[] actual = EvidentialLabelling.label(s).labels();
            assertThat(actual).as("seed %d: n=%d pf=%s inferences=%s attacks=%s undercuts=%s preferred=%s", seed, n,
                    Arrays.toString(pf), inferences.stream().map(i -> i.conclusion() + "<=" + Arrays.toString(i.premises())).toList(),
                    attacks.stream().map(Arrays::toString).toList(), undercuts.stream().map(Arrays::toString).toList(),
                    preferred.stream().map(Arrays::toString).toList()).containsExactly(expected);
            compared++;
            for (Label label : actual) seen.merge(label, 1, Integer::sum);
        }
        assertThat(compared).as("maps small enough for the oracle").isGreaterThan(1900);
        // the random maps exercise every status, not only the easy ones
        assertThat(seen.values()).allSatisfy(count -> assertThat(count).isGreaterThan(500));
        assertThat(seen).containsOnlyKeys(Label.values());
    }

    @Test
    void a_ladder_of_400_diamonds_is_labelled_without_enumerating_its_paths() {
        // level k has two claims both supported by both claims of level k-1: 2^400 support paths
        int levels = 400, n = 2 * levels + 1;
        boolean[] pf = new boolean[n];
        pf[0] = pf[1] = true;
        EvidentialLabelling.Structure s = new EvidentialLabelling.Structure(n, pf);
        for (int k = 1; k < levels; k++) {
            for (int j = 0; j < 2; j++) {
                s.inference(2 * k + j, 2 * (k - 1));
                s.inference(2 * k + j, 2 * (k - 1) + 1);
            }
        }
        s.inference(n - 1, 2 * (levels - 1), 2 * (levels - 1) + 1);
        Label[] labels = EvidentialLabelling.label(s).labels();
        assertThat(labels).containsOnly(Label.IN);
    }

    @Test
    void a_support_cycle_holds_nothing_up_and_loses_its_outside_ground_when_that_is_defeated() {
        // 0 evidence -> 1 ; 1 <-> 2 support each other ; 3 evidence defeats 0
        boolean[] pf = {true, false, false, true};
        EvidentialLabelling.Structure s = new EvidentialLabelling.Structure(4, pf);
        s.inference(1, 0);
        s.inference(2, 1);
        s.inference(1, 2);
        assertThat(EvidentialLabelling.label(s).labels()).containsExactly(Label.IN, Label.IN, Label.IN, Label.IN);
        s.defeat(3, 0);
        assertThat(EvidentialLabelling.label(s).labels())
                .containsExactly(Label.OUT, Label.UNSUPPORTED, Label.UNSUPPORTED, Label.IN);
    }
}
