package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.dialectica.map.Attack;
import org.junit.jupiter.api.Test;

/** rules/quality.drl: map-quality findings. */
class QualityRulesTest {

    private static List<String> findings(Analysis analysis, FindingKind kind) {
        return analysis.findings().stream().filter(f -> f.getKind() == kind).map(Finding::getClaim).toList();
    }

    @Test
    void a_thesis_without_support_is_reported() {
        Analysis analysis = given().thesis("bare").thesis("argued").evidence("e").supports("e", "argued").analyze();

        assertThat(findings(analysis, FindingKind.THESIS_WITHOUT_SUPPORT)).containsExactly("bare");
    }

    @Test
    void a_claim_without_a_source_is_reported() {
        Analysis analysis = given().uncited("loose").claim("cited").supports("loose", "cited").analyze();

        assertThat(findings(analysis, FindingKind.CLAIM_WITHOUT_SOURCE)).containsExactly("loose");
        assertThat(analysis.findingsOn("loose")).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("cites no source"));
    }

    @Test
    void an_attack_nothing_answers_is_reported_until_it_is_answered() {
        try (ReasoningSession session = given().claim("a").claim("x").claim("y").attacks("x", "a").open()) {
            assertThat(findings(session.analysis(), FindingKind.ATTACK_UNANSWERED)).containsExactly("x");

            session.addAttack(Attack.onClaim("y", "x"));

            assertThat(findings(session.analysis(), FindingKind.ATTACK_UNANSWERED)).containsExactly("y");
        }
    }

    @Test
    void an_undercut_nothing_answers_is_reported() {
        Analysis analysis = given().claim("p").claim("c").claim("u").supports("p", "c").undercuts("u", "p", "c").analyze();

        assertThat(analysis.findings()).filteredOn(f -> f.getKind() == FindingKind.ATTACK_UNANSWERED)
                .singleElement().satisfies(f -> {
                    assertThat(f.getClaim()).isEqualTo("u");
                    assertThat(f.getRule()).isEqualTo("An undercut left unanswered");
                });
    }

    @Test
    void a_claim_connected_to_nothing_is_isolated_but_a_derived_conflict_connects() {
        Analysis analysis = given().claim("alone").claim("a").claim("b").supports("a", "b")
                .says("up", "p1", "Iran", "regional influence", "rises", 2020, 2020)
                .says("down", "p2", "Iran", "regional influence", "falls", 2020, 2020)
                .analyze();

        assertThat(findings(analysis, FindingKind.ISOLATED_CLAIM)).containsExactly("alone");
    }

    @Test
    void every_member_of_a_support_cycle_gets_a_circular_support_finding() {
        Analysis analysis = given().claim("a").claim("b").thesis("t")
                .supports("a", "t").supports("b", "a").supports("a", "b").analyze();

        assertThat(findings(analysis, FindingKind.CIRCULAR_SUPPORT)).containsExactlyInAnyOrder("a", "b");
    }
}
