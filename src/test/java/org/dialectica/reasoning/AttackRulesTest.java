package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/** rules/attacks.drl: the kind of every drawn attack, and the rebuttals conflicts imply. */
class AttackRulesTest {

    private static List<AttackEdge> drawn(Analysis analysis) {
        return analysis.attacks().stream().filter(e -> !e.isDerived()).toList();
    }

    @Test
    void an_attack_on_a_conclusion_is_a_rebut() {
        Analysis analysis = given().claim("p").claim("c").claim("x").supports("p", "c").attacks("x", "c").analyze();

        assertThat(drawn(analysis)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AttackKind.REBUT);
            assertThat(e.getRule()).isEqualTo("An attack on a claim that concludes a support is a rebut");
        });
    }

    @Test
    void an_attack_on_a_premise_is_an_undermine() {
        Analysis analysis = given().claim("p").claim("c").claim("x").supports("p", "c").attacks("x", "p").analyze();

        assertThat(drawn(analysis)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AttackKind.UNDERMINE);
            assertThat(e.getExplanation()).contains("undermines");
        });
    }

    @Test
    void an_attack_on_a_claim_outside_every_support_is_a_rebut() {
        Analysis analysis = given().claim("a").claim("x").attacks("x", "a").analyze();

        assertThat(drawn(analysis)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AttackKind.REBUT);
            assertThat(e.getRule()).isEqualTo("An attack on a claim outside every support rebuts it");
        });
    }

    @Test
    void an_attack_on_a_support_is_an_undercut_and_does_not_hit_either_claim() {
        Analysis analysis = given().evidence("p").claim("c").evidence("x").supports("p", "c").undercuts("x", "p", "c").analyze();

        assertThat(drawn(analysis)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AttackKind.UNDERCUT);
            assertThat(e.getTo()).isEqualTo(Support.id("p", "c"));
            assertThat(e.isOnClaim()).isFalse();
        });
        assertThat(analysis.label("p")).isEqualTo(Label.IN);
        // it takes away c's only ground, which leaves c without standing grounds, not defeated
        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
    }

    @Test
    void the_kind_follows_the_map_when_a_premise_becomes_a_conclusion() {
        try (ReasoningSession session = given().claim("p").claim("c").claim("x").claim("q")
                .supports("p", "c").attacks("x", "p").open()) {
            assertThat(drawn(session.analysis())).extracting(AttackEdge::getKind).containsExactly(AttackKind.UNDERMINE);

            session.addSupport(new Support("q", "p"));

            assertThat(drawn(session.analysis())).extracting(AttackEdge::getKind).containsExactly(AttackKind.REBUT);
        }
    }

    @Test
    void conflicting_claims_rebut_each_other() {
        Analysis analysis = given().evidence("a").evidence("b").contradictory("a", "b").analyze();

        assertThat(analysis.attacks()).extracting(e -> e.getFrom() + ">" + e.getTo() + ":" + e.getKind() + ":" + e.isDerived())
                .containsExactlyInAnyOrder("a>b:REBUT:true", "b>a:REBUT:true");
        assertThat(analysis.attacks()).allSatisfy(e -> assertThat(e.getRule()).isEqualTo("Conflicting claims rebut each other"));
        assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
        assertThat(analysis.label("b")).isEqualTo(Label.UNDEC);
    }
}
