package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.dialectica.map.Attack;
import org.junit.jupiter.api.Test;

/** rules/acceptability.drl: every label explained, and illegal labels reported. */
class AcceptabilityRulesTest {

    private static List<String> reasons(Analysis analysis, String claim) {
        return analysis.labelReasons().getOrDefault(claim, List.of()).stream().map(LabelReason::getRule).toList();
    }

    @Test
    void a_claim_nothing_attacks_is_in() {
        Analysis analysis = given().claim("a").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.IN);
        assertThat(reasons(analysis, "a")).containsExactly("A claim nothing attacks is IN");
    }

    @Test
    void a_claim_whose_attackers_are_all_out_is_in() {
        Analysis analysis = given().claim("a").claim("b").claim("c").attacks("a", "b").attacks("b", "c").analyze();

        assertThat(analysis.label("c")).isEqualTo(Label.IN);
        assertThat(reasons(analysis, "c")).containsExactly("A claim whose attackers are all OUT is IN");
        assertThat(analysis.labelReasons().get("c").get(0).getExplanation()).contains("every attacker is OUT (b)");
    }

    @Test
    void a_claim_attacked_by_an_in_claim_is_out() {
        Analysis analysis = given().claim("a").claim("b").attacks("a", "b").analyze();

        assertThat(analysis.label("b")).isEqualTo(Label.OUT);
        assertThat(reasons(analysis, "b")).containsExactly("A claim attacked by an IN claim is OUT");
    }

    @Test
    void claims_on_an_odd_attack_cycle_are_undec() {
        Analysis analysis = given().claim("a").claim("b").claim("c")
                .attacks("a", "b").attacks("b", "c").attacks("c", "a").analyze();

        assertThat(analysis.labels().values()).containsOnly(Label.UNDEC);
        assertThat(reasons(analysis, "a")).containsExactly("A claim with an undecided attacker and no IN attacker is UNDEC");
    }

    @Test
    void labels_follow_an_edit_and_explanations_follow_the_labels() {
        try (ReasoningSession session = given().claim("a").claim("b").attacks("a", "b").open()) {
            session.addAttack(Attack.onClaim("b", "a"));
            Analysis analysis = session.analysis();

            assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
            assertThat(analysis.label("b")).isEqualTo(Label.UNDEC);
            assertThat(reasons(analysis, "b")).containsExactly("A claim with an undecided attacker and no IN attacker is UNDEC");
        }
    }

    @Test
    void the_labelling_conditions_hold_so_no_illegal_label_is_reported() {
        Analysis analysis = given().claim("a").claim("b").claim("c").claim("d")
                .attacks("a", "b").attacks("b", "c").attacks("c", "d").attacks("d", "c").analyze();

        assertThat(analysis.findings()).noneMatch(f -> f.getKind() == FindingKind.ILLEGAL_LABEL);
    }

    /** The checking rules themselves: fed wrong labels by hand, each names the broken condition. */
    @Test
    void each_broken_labelling_condition_is_reported() {
        try (ReasoningSession session = given().claim("a").claim("b").claim("c").claim("d")
                .attacks("a", "b").attacks("c", "d").attacks("d", "c").open()) {
            List<String> rules = session.checkLabelling(java.util.Map.of(
                    "a", Label.OUT,   // no attacker at all, let alone an IN one
                    "b", Label.IN,    // legal: its one attacker, a, is OUT
                    "c", Label.UNDEC, // its attacker d is IN, and no attacker is UNDEC
                    "d", Label.IN))   // its attacker c is UNDEC
                    .stream().map(Finding::getRule).toList();
            assertThat(rules).containsExactlyInAnyOrder(
                    "An OUT claim must have an IN attacker",
                    "An IN claim must have no attacker that is not OUT",
                    "An UNDEC claim must have no IN attacker",
                    "An UNDEC claim must have an UNDEC attacker");
        }
    }
}
