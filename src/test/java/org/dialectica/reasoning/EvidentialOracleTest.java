package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/**
 * The whole rule path (conflicts, attack kinds, preferences in Drools; labelling; the checking
 * rules) against the argument-by-argument oracle, on seeded random maps of up to 12 claims with
 * evidence, linked arguments, undercuts, contradictions and preferences.
 */
class EvidentialOracleTest {

    @Test
    void the_rule_path_agrees_with_the_structured_argument_oracle_on_1000_random_maps() {
        int compared = 0, selfAttacking = 0;
        for (int seed = 0; seed < 1100 && compared < 1000; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(11);
            ArgumentMap map = new ArgumentMap("oracle-" + seed, "random map");
            boolean[] pf = new boolean[n];
            for (int c = 0; c < n; c++) {
                int k = random.nextInt(6);
                ClaimKind kind = k < 2 ? ClaimKind.EVIDENCE : k < 5 ? ClaimKind.CLAIM : ClaimKind.THESIS;
                // evidence stands on its own only with a source
                Source source = random.nextInt(5) == 0 ? null : new Source("paper.txt", "p. " + c, "quote " + c);
                pf[c] = kind == ClaimKind.EVIDENCE && source != null;
                List<String> over = new ArrayList<>();
                if (random.nextInt(5) == 0) {
                    int o = random.nextInt(n);
                    if (o != c) over.add("c" + o);
                }
                map.putClaim(new Claim("c" + c, null, "claim " + c, null, null, kind, null, null, source, null, null, null, over));
            }
            List<StructuredArguments.Inference> inferences = new ArrayList<>();
            List<List<String>> inferenceSupports = new ArrayList<>();
            for (int g = random.nextInt(n + 3); g > 0; g--) {
                int conclusion = random.nextInt(n);
                int p1 = other(random, n, conclusion);
                if (random.nextInt(4) == 0) {
                    int p2 = other(random, n, conclusion);
                    if (p2 == p1 || map.support(Support.id("c" + p1, "c" + conclusion)).isPresent()
                            || map.support(Support.id("c" + p2, "c" + conclusion)).isPresent()) continue;
                    map.addArgument(new Argument("arg" + g, null, null, List.of("c" + p1, "c" + p2), "c" + conclusion));
                    inferences.add(new StructuredArguments.Inference(conclusion, new int[] {p1, p2}));
                    inferenceSupports.add(List.of(Support.id("c" + p1, "c" + conclusion), Support.id("c" + p2, "c" + conclusion)));
                } else {
                    if (map.support(Support.id("c" + p1, "c" + conclusion)).isPresent()) continue;
                    map.addSupport(new Support("c" + p1, "c" + conclusion));
                    inferences.add(new StructuredArguments.Inference(conclusion, new int[] {p1}));
                    inferenceSupports.add(List.of(Support.id("c" + p1, "c" + conclusion)));
                }
            }
            List<int[]> attacks = new ArrayList<>();
            for (int i = random.nextInt(n + 2); i > 0; i--) {
                int a = random.nextInt(n), b = random.nextInt(n);
                map.addAttack(Attack.onClaim("c" + a, "c" + b));
                attacks.add(new int[] {a, b});
            }
            // self-attacks on purpose (Argdown reads them as frameworks do), not only when a random pair repeats
            if (random.nextInt(4) == 0) {
                int a = random.nextInt(n);
                map.addAttack(Attack.onClaim("c" + a, "c" + a));
                attacks.add(new int[] {a, a});
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                int a = random.nextInt(n), b = other(random, n, a);
                map.addOpposition(new Opposition("c" + a, "c" + b, Opposition.Type.CONTRADICTORY));
                attacks.add(new int[] {a, b});
                attacks.add(new int[] {b, a});
            }
            List<int[]> undercuts = new ArrayList<>();
            for (int i = inferences.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
                int u = random.nextInt(n), g = random.nextInt(inferences.size());
                List<String> supports = inferenceSupports.get(g);
                map.addAttack(new Attack("c" + u, supports.get(random.nextInt(supports.size())), true));
                undercuts.add(new int[] {u, g});
            }
            List<int[]> preferred = new ArrayList<>();
            for (Claim c : map.claims()) {
                for (String o : c.preferredOver()) preferred.add(new int[] {index(c.id()), index(o)});
            }

            Label[] expected = StructuredArguments.label(n, pf, inferences, attacks, undercuts, preferred);
            if (expected == null) continue;
            Analysis analysis = ReasoningSession.analyze(Given.RULES, map);
            for (int c = 0; c < n; c++) {
                assertThat(analysis.label("c" + c)).as("seed %d, claim c%d; map %s, oppositions %s, prefs %s", seed, c,
                        map, map.oppositions(), preferred.stream().map(java.util.Arrays::toString).toList()).isEqualTo(expected[c]);
            }
            assertThat(analysis.findings()).as("seed %d: the checking rules accept the labelling", seed)
                    .noneMatch(f -> f.getKind() == FindingKind.ILLEGAL_LABEL);
            compared++;
            if (attacks.stream().anyMatch(a -> a[0] == a[1])) selfAttacking++;
        }
        assertThat(compared).isEqualTo(1000);
        assertThat(selfAttacking).as("maps with a claim attacking itself").isGreaterThan(200);
    }

    private static int other(Random random, int n, int not) {
        int x;
        do x = random.nextInt(n); while (x == not);
        return x;
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
