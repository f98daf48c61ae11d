package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/bipolar.drl: supported and secondary attacks. */
class BipolarRulesTest {

    private static List<String> derived(Analysis analysis, AttackKind kind) {
        return analysis.attacks().stream().filter(e -> e.getKind() == kind)
                .map(e -> e.getFrom() + ">" + e.getTo()).toList();
    }

    @Test
    void a_claim_supporting_an_attacker_attacks_its_target() {
        Analysis analysis = given().claim("a").claim("m").claim("b").claim("c")
                .supports("a", "m").supports("m", "b").attacks("b", "c").analyze();

        assertThat(derived(analysis, AttackKind.SUPPORTED)).containsExactlyInAnyOrder("a>c", "m>c");
        AttackEdge edge = analysis.attacks().stream()
                .filter(e -> e.getKind() == AttackKind.SUPPORTED && e.getFrom().equals("a")).findFirst().orElseThrow();
        assertThat(edge.isDerived()).isTrue();
        assertThat(edge.getRule()).isEqualTo("Supported attack: a supports … b and b attacks c, so a attacks c");
        assertThat(edge.getExplanation()).contains("a +> m +> b");
    }

    @Test
    void an_attack_on_a_supporter_attacks_what_it_supports() {
        Analysis analysis = given().claim("a").claim("b").claim("m").claim("c")
                .attacks("a", "b").supports("b", "m").supports("m", "c").analyze();

        assertThat(derived(analysis, AttackKind.SECONDARY)).containsExactlyInAnyOrder("a>m", "a>c");
        assertThat(analysis.label("c")).isEqualTo(Label.OUT);
    }

    @Test
    void indirect_attacks_are_built_from_direct_attacks_only() {
        // a +> b, b -> c, c +> d: a attacks c (supported), b attacks d (secondary), but no a -> d
        Analysis analysis = given().claim("a").claim("b").claim("c").claim("d")
                .supports("a", "b").attacks("b", "c").supports("c", "d").analyze();

        assertThat(derived(analysis, AttackKind.SUPPORTED)).containsExactly("a>c");
        assertThat(derived(analysis, AttackKind.SECONDARY)).containsExactly("b>d");
    }

    @Test
    void conflicts_carry_through_support_like_drawn_attacks() {
        Analysis analysis = given()
                .says("weakened", "000.txt", "Russia", "regional influence", "falls", 2020, 2022)
                .says("winner", "004.txt", "Russia", "regional influence", "rises", 2020, 2022)
                .evidence("no-help").supports("no-help", "weakened").analyze();

        assertThat(derived(analysis, AttackKind.SUPPORTED)).containsExactly("no-help>winner");
        assertThat(derived(analysis, AttackKind.SECONDARY)).isEmpty();
    }

    @Test
    void a_derived_attack_goes_when_the_support_it_rests_on_goes() {
        try (ReasoningSession session = given().claim("a").claim("b").claim("c")
                .supports("a", "b").attacks("b", "c").open()) {
            assertThat(derived(session.analysis(), AttackKind.SUPPORTED)).containsExactly("a>c");

            session.removeSupport("a +> b");

            assertThat(derived(session.analysis(), AttackKind.SUPPORTED)).isEmpty();
        }
    }
}
