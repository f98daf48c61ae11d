package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.Test;

/**
 * The linear labeller, and the whole rule path, against the naive oracle on seeded random
 * frameworks. A failure prints the seed; rerun with it to get the same framework.
 */
class GroundedLabellingTest {
    private static final long SEED = 20261124L;

    record Framework(long seed, List<String> arguments, List<String[]> attacks) {}

    static Framework random(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(40);
        double density = random.nextDouble() * 3.0 / n;
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < n; i++) arguments.add("a" + i);
        List<String[]> attacks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // self-attacks a little rarer than others, but present
                double p = i == j ? density / 4 : density;
                if (random.nextDouble() < p) attacks.add(new String[] {"a" + i, "a" + j});
            }
        }
        return new Framework(seed, arguments, attacks);
    }

    static Map<String, Label> linear(Framework f) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < f.arguments().size(); i++) index.put(f.arguments().get(i), i);
        int[] from = new int[f.attacks().size()], to = new int[f.attacks().size()];
        for (int i = 0; i < f.attacks().size(); i++) {
            from[i] = index.get(f.attacks().get(i)[0]);
            to[i] = index.get(f.attacks().get(i)[1]);
        }
        Label[] labels = GroundedLabelling.label(f.arguments().size(), from, to, from.length);
        Map<String, Label> result = new HashMap<>();
        for (int i = 0; i < labels.length; i++) result.put(f.arguments().get(i), labels[i]);
        return result;
    }

    static ArgumentMap asMap(Framework f) {
        ArgumentMap map = new ArgumentMap("af-" + f.seed(), "random framework");
        map.setAbstractFramework(true); // every argument prima facie, as in Dung's frameworks
        f.arguments().forEach(a -> map.putClaim(Claim.of(a, a)));
        f.attacks().forEach(a -> map.addAttack(Attack.onClaim(a[0], a[1])));
        return map;
    }

    @Test
    void linear_labelling_agrees_with_the_definition_on_2000_random_frameworks() {
        Random seeds = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            Framework f = random(seeds.nextLong());
            assertThat(linear(f)).as("framework seed %d", f.seed()).isEqualTo(NaiveGrounded.label(f.arguments(), f.attacks()));
        }
    }

    @Test
    void the_rule_session_labels_agree_with_the_definition_on_150_random_frameworks() {
        Random seeds = new Random(SEED + 1);
        for (int i = 0; i < 150; i++) {
            Framework f = random(seeds.nextLong());
            Analysis analysis = ReasoningSession.analyze(Given.RULES, asMap(f));
            assertThat(analysis.labels()).as("framework seed %d", f.seed()).isEqualTo(NaiveGrounded.label(f.arguments(), f.attacks()));
            assertThat(analysis.findings()).as("framework seed %d", f.seed())
                    .noneMatch(finding -> finding.getKind() == FindingKind.ILLEGAL_LABEL);
        }
    }

    @Test
    void a_long_attack_chain_alternates_in_and_out() {
        int n = 10_001;
        int[] from = new int[n - 1], to = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        Label[] labels = GroundedLabelling.label(n, from, to, n - 1);
        for (int i = 0; i < n; i++) assertThat(labels[i]).isEqualTo(i % 2 == 0 ? Label.IN : Label.OUT);
    }
}
