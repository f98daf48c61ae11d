package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dialectica.reasoning.Given.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dialectica.map.Argument;
import org.dialectica.map.Attack;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/**
 * DF-QuAD strength with this project's restriction (docs/strength.md): support passes through an
 * inference only while it is not lost, so the strength agrees with the label.
 */
class StrengthTest {

    @Test
    void two_claims_supporting_each_other_without_evidence_are_unsupported_and_keep_their_base_score() {
        Analysis analysis = given().claim("a").claim("b").weight("b", 0.3).supports("a", "b").supports("b", "a").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.UNSUPPORTED);
        assertThat(analysis.label("b")).isEqualTo(Label.UNSUPPORTED);
        // unrestricted DF-QuAD lets the pair lift each other to 1.0; with nothing standing under them they keep τ
        assertThat(analysis.strength("a")).isLessThanOrEqualTo(0.5).isEqualTo(0.5);
        assertThat(analysis.strength("b")).isLessThanOrEqualTo(0.3).isEqualTo(0.3);
    }

    @Test
    void the_df_quad_check_values_still_hold() {
        // τ = 0.5 everywhere: e supports c gives σ(c) = 0.5 + 0.5·0.5 = 0.75; an unattacked attacker gives 0.5 − 0.5·0.5 = 0.25
        Analysis supported = given().evidence("e").claim("c").supports("e", "c").analyze();
        assertThat(supported.strength("e")).isEqualTo(0.5);
        assertThat(supported.strength("c")).isEqualTo(0.75);
        assertThat(given().evidence("a").evidence("c").attacks("a", "c").analyze().strength("c")).isEqualTo(0.25);
    }

    @Test
    void an_undecided_supporter_still_counts() {
        // ea, eb IN; the rivals a, b UNDEC (σ = 0.5 + 0.5·0.5 − … settles at 1/3 each, as the seed map's 1990s pair);
        // t rests on a, so it gets 0.5 + 0.5·σ(a)
        Analysis analysis = given().evidence("ea").evidence("eb").claim("a").claim("b").claim("t").supports("ea", "a")
                .supports("eb", "b").contradictory("a", "b").supports("a", "t").analyze();

        assertThat(analysis.label("t")).isEqualTo(Label.UNDEC);
        assertThat(analysis.strength("t")).isCloseTo(0.5 + 0.5 * analysis.strength("a"), within(1e-9)).isGreaterThan(0.5);
    }

    @Test
    void a_linked_argument_with_one_lost_premise_passes_nothing() {
        org.dialectica.map.ArgumentMap map = given().evidence("e").claim("u").claim("c").map();
        map.addArgument(new Argument("arg", "both", null, List.of("e", "u"), "c"));
        Analysis analysis = ReasoningSession.analyze(Given.RULES, map);

        assertThat(analysis.label("e")).isEqualTo(Label.IN);
        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
        // e stands, but the argument needs u as well: unrestricted, c would get 0.5 + 0.5·0.5 = 0.75 from e alone
        assertThat(analysis.strength("c")).isEqualTo(0.5);
    }

    @Test
    void an_inference_undercut_by_a_claim_that_stands_passes_nothing() {
        Analysis analysis = given().evidence("e").claim("c").evidence("u").supports("e", "c").undercuts("u", "e", "c").analyze();

        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
        // unrestricted: 0.5 + 0.5·(0.5·(1 − 0.5)) = 0.625
        assertThat(analysis.strength("c")).isEqualTo(0.5);
    }

    /**
     * On acyclic maps DF-QuAD is a plain recursion over the definition (Rago et al. 2016), with the
     * supports restricted to inferences that are not lost, read off the labels: that recursion, written
     * here from the definition alone, against the iterating implementation on 500 random maps.
     */
    @Test
    void on_acyclic_maps_the_strength_is_the_df_quad_recursion_over_inferences_not_lost() {
        for (int seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(10);
            Given given = given();
            for (int c = 0; c < n; c++) {
                int k = random.nextInt(3);
                if (k == 0) given.evidence("c" + c); else if (k == 1) given.claim("c" + c); else given.thesis("c" + c);
                if (random.nextInt(4) == 0) given.weight("c" + c, random.nextInt(11) / 10.0);
            }
            // every relation points from a higher index to a lower one: acyclic, scored from n−1 down to 0
            List<int[]> supports = new ArrayList<>(), attacks = new ArrayList<>(), undercuts = new ArrayList<>();
            for (int i = random.nextInt(2 * n); i > 0; i--) {
                int to = random.nextInt(n - 1), from = to + 1 + random.nextInt(n - 1 - to);
                if (given.map().support(Support.id("c" + from, "c" + to)).isEmpty()) {
                    given.supports("c" + from, "c" + to);
                    supports.add(new int[] {from, to});
                }
            }
            for (int i = random.nextInt(n); i > 0; i--) {
                int to = random.nextInt(n - 1), from = to + 1 + random.nextInt(n - 1 - to);
                if (given.map().attack(Attack.onClaim("c" + from, "c" + to).id()).isPresent()) continue;
                given.attacks("c" + from, "c" + to);
                attacks.add(new int[] {from, to});
            }
            for (int[] s : supports) {
                if (random.nextInt(5) != 0 || s[0] == n - 1) continue;
                int from = s[0] + 1 + random.nextInt(n - 1 - s[0]);
                given.undercuts("c" + from, "c" + s[0], "c" + s[1]);
                undercuts.add(new int[] {from, s[0], s[1]});
            }
            Analysis analysis = given.analyze();
            double[] sigma = new double[n];
            for (int c = n - 1; c >= 0; c--) {
                double keepAtt = 1, keepSup = 1;
                for (int[] a : attacks) if (a[1] == c) keepAtt *= 1 - sigma[a[0]];
                for (int[] s : supports) {
                    if (s[1] != c) continue;
                    boolean lost = !List.of(Label.IN, Label.UNDEC).contains(analysis.label("c" + s[0]));
                    double keepUndercut = 1;
                    for (int[] u : undercuts) {
                        if (u[1] != s[0] || u[2] != c) continue;
                        lost |= analysis.label("c" + u[0]) == Label.IN;
                        keepUndercut *= 1 - sigma[u[0]];
                    }
                    if (!lost) keepSup *= 1 - sigma[s[0]] * keepUndercut;
                }
                double tau = given.map().claim("c" + c).orElseThrow().baseScore(), vAtt = 1 - keepAtt, vSup = 1 - keepSup;
                sigma[c] = vSup >= vAtt ? tau + (1 - tau) * (vSup - vAtt) : tau - tau * (vAtt - vSup);
            }
            for (int c = 0; c < n; c++) {
                assertThat(analysis.strength("c" + c)).as("seed %d, c%d", seed, c).isCloseTo(sigma[c], within(1e-9));
                if (analysis.label("c" + c) == Label.UNSUPPORTED) {
                    assertThat(sigma[c]).as("seed %d, c%d has no standing grounds", seed, c)
                            .isLessThanOrEqualTo(given.map().claim("c" + c).orElseThrow().baseScore());
                }
            }
        }
    }
}
