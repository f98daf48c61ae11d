package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import java.util.Map;
import org.dialectica.map.Attack;
import org.junit.jupiter.api.Test;

/**
 * The default semantics on tiny maps (the acceptance cases), the reasons given for each
 * status, and rules/acceptability.drl's checks of the labelling conditions.
 */
class AcceptabilityRulesTest {

    private static List<String> reasons(Analysis analysis, String claim) {
        return analysis.reasons(claim).stream().map(LabelReason::getExplanation).toList();
    }

    @Test
    void two_rivals_with_evidence_each_are_both_undecided_and_their_evidence_stands() {
        Analysis analysis = given().evidence("ea").evidence("eb").claim("a").claim("b")
                .supports("ea", "a").supports("eb", "b").contradictory("a", "b").analyze();

        assertThat(analysis.labels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ea", Label.IN, "eb", Label.IN, "a", Label.UNDEC, "b", Label.UNDEC));
        // each what-if was labelled again: a ruling for a, or b defeated, leaves a standing on ea
        assertThat(reasons(analysis, "a")).containsExactly(
                "«b» attacks «a» (derived: they are declared contradictory) and is itself undecided, and neither is preferred over"
                        + " the other.",
                "«a» would stand if it were preferred over «b», or if «b» were defeated.");
    }

    /** Preferred over one of two undecided attackers, a claim is still undecided: the sentence says both. */
    @Test
    void with_two_undecided_attackers_a_claim_stands_only_if_preferred_over_both() {
        Given given = given().evidence("ea").evidence("eb").evidence("ec").claim("a").claim("b").claim("c")
                .supports("ea", "a").supports("eb", "b").supports("ec", "c").contradictory("a", "b").contradictory("a", "c");
        Analysis analysis = given.analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
        assertThat(reasons(analysis, "a")).contains(
                "«a» would stand if it were preferred over both «b» and «c», or if «b» and «c» were defeated.");
        // made on the map: preferred over b alone, c still holds it undecided; over c as well, it stands
        assertThat(given.prefer("a", "b").analyze().label("a")).isEqualTo(Label.UNDEC);
        assertThat(given.prefer("a", "c").analyze().label("a")).isEqualTo(Label.IN);
    }

    /** A preference that exists is said, never "neither is preferred"; what it would take is labelled again. */
    @Test
    void an_undecided_attacker_preferred_over_the_claim_is_said_to_be_preferred() {
        // b is preferred over a, so b's attack defeats a while a's fails; b is undecided against c
        Analysis analysis = given().evidence("a").evidence("b").evidence("c").contradictory("a", "b").contradictory("b", "c")
                .prefer("b", "a").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
        assertThat(reasons(analysis, "a")).containsExactly(
                "«b» attacks «a» (derived: they are declared contradictory) and is preferred over it, but is itself undecided.",
                // a ruling for a reverses b's; or b defeated: either way a, sourced evidence, stands
                "«a» would stand if it were preferred over «b», or if «b» were defeated.");
        assertThat(String.join(" ", reasons(analysis, "a"))).doesNotContain("neither");
    }

    /** Undecided because an undecided claim undercuts its only support: said as that, not as a cycle. */
    @Test
    void an_undercut_by_an_undecided_claim_is_said_as_an_undercut() {
        Analysis analysis = given().evidence("e").claim("c").evidence("u").evidence("v").supports("e", "c").undercuts("u", "e", "c")
                .contradictory("u", "v").analyze();

        assertThat(analysis.label("u")).isEqualTo(Label.UNDEC);
        assertThat(analysis.label("c")).isEqualTo(Label.UNDEC);
        assertThat(reasons(analysis, "c")).containsExactly(
                "Its support from «e» is undercut by «u», which is itself undecided, so it is undecided too.",
                "«c» would stand if «u» were defeated.");
    }

    @Test
    void a_preferred_rival_stands_and_defeats_the_other() {
        Analysis analysis = given().evidence("ea").evidence("eb").claim("a").claim("b")
                .supports("ea", "a").supports("eb", "b").contradictory("a", "b").prefer("a", "b").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.IN);
        assertThat(analysis.label("b")).isEqualTo(Label.OUT);
        assertThat(analysis.label("eb")).as("the defeated rival's evidence still stands").isEqualTo(Label.IN);
        assertThat(reasons(analysis, "a")).containsExactly("«a» stands on «ea», which stands.",
                "«b» attacks it (derived: they are declared contradictory), but «a» is preferred over it, so the attack fails.");
        // labelled again: without a, or with b preferred, b stands on eb
        assertThat(reasons(analysis, "b")).containsExactly(
                "«b» is defeated by «a», which stands (derived: they are declared contradictory).",
                "«b» would stand if «a» were defeated, or if it were preferred over «a».");
    }

    @Test
    void a_thesis_without_support_and_without_source_is_unsupported() {
        Analysis analysis = given().put(new org.dialectica.map.Claim("t", "t", "thesis t", null, null,
                org.dialectica.map.ClaimKind.THESIS, null, null, null, null, null)).analyze();

        assertThat(analysis.label("t")).isEqualTo(Label.UNSUPPORTED);
        assertThat(reasons(analysis, "t")).singleElement().asString().contains("has no grounds");
    }

    /** Our choice: the quoted paper says who claims it, not why it holds, so it is not a ground. */
    @Test
    void a_quoted_paper_alone_does_not_ground_an_interpretive_claim() {
        Analysis analysis = given().thesis("t").claim("c").evidence("e").analyze();

        assertThat(analysis.label("t")).isEqualTo(Label.UNSUPPORTED);
        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
        assertThat(analysis.label("e")).as("sourced evidence stands on its own").isEqualTo(Label.IN);
    }

    @Test
    void evidence_without_a_source_does_not_stand_on_its_own() {
        Analysis analysis = given().put(new org.dialectica.map.Claim("e", "e", "seen", null, null,
                org.dialectica.map.ClaimKind.EVIDENCE, null, null, null, null, null)).analyze();

        assertThat(analysis.label("e")).isEqualTo(Label.UNSUPPORTED);
        assertThat(reasons(analysis, "e")).singleElement().asString().contains("evidence without a source");
    }

    @Test
    void an_undercut_on_a_claims_only_support_leaves_it_unsupported() {
        Analysis analysis = given().evidence("e").claim("c").evidence("u").supports("e", "c").undercuts("u", "e", "c").analyze();

        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
        assertThat(analysis.label("e")).isEqualTo(Label.IN);
        assertThat(reasons(analysis, "c")).containsExactly("Its support from «e» is undercut by «u», which stands.",
                "«c» would stand if «u» were defeated.");
    }

    @Test
    void a_claim_on_a_defeated_premise_loses_its_grounds_but_is_not_itself_defeated() {
        Analysis analysis = given().evidence("e").claim("c").evidence("x").supports("e", "c").attacks("x", "e").analyze();

        assertThat(analysis.label("e")).isEqualTo(Label.OUT);
        assertThat(analysis.label("c")).isEqualTo(Label.UNSUPPORTED);
        assertThat(reasons(analysis, "c")).containsExactly("Its support from «e» is lost: «e» is defeated.");
    }

    /**
     * Grounded semantics never accepts a self-attacker: it would have to defeat itself. Read from
     * Argdown it is undecided as the same argument of an .apx framework is, with the reason saying so.
     */
    @Test
    void a_self_attacking_evidenced_claim_read_from_argdown_is_undecided_as_in_a_framework() throws Exception {
        String argdown = String.join("\n", "[Odd]: a quoted observation that undercuts its own reading",
                "  {id: odd, kind: evidence, paper: paper.txt, locator: p. 1, quote: a quote}", "  - [Odd]",
                "", "[Plain]: an ordinary observation", "  {id: plain, kind: evidence, paper: paper.txt, locator: p. 2, quote: b}",
                "", "[Claim]: rests on the odd one", "  {id: rests}", "  + [Odd]", "");
        org.dialectica.io.ReadResult read = new org.dialectica.io.argdown.ArgdownReader().read("self.argdown", argdown);
        Analysis analysis = ReasoningSession.analyze(Given.RULES, read.map());

        assertThat(read.warnings()).isEmpty();
        assertThat(analysis.label("odd")).isEqualTo(Label.UNDEC);
        assertThat(analysis.label("plain")).isEqualTo(Label.IN);
        assertThat(analysis.label("rests")).as("its ground is undecided").isEqualTo(Label.UNDEC);
        assertThat(reasons(analysis, "odd")).anySatisfy(r -> assertThat(r).contains("«Odd» attacks itself"));
        assertThat(analysis.findings()).noneMatch(f -> f.getKind() == FindingKind.ILLEGAL_LABEL);

        org.dialectica.map.ArgumentMap framework = new org.dialectica.io.af.AfReader()
                .readApx("self.apx", "arg(odd).\narg(plain).\natt(odd,odd).\n").map();
        Analysis dung = ReasoningSession.analyze(Given.RULES, framework);
        assertThat(dung.label("odd")).isEqualTo(Label.UNDEC);
        assertThat(dung.label("plain")).isEqualTo(Label.IN);
    }

    @Test
    void an_evidence_chain_gives_the_df_quad_check_values() {
        Analysis analysis = given().evidence("e").claim("c").supports("e", "c").analyze();

        assertThat(analysis.strength("e")).isEqualTo(0.5);
        assertThat(analysis.strength("c")).isEqualTo(0.75);
        assertThat(given().evidence("a").evidence("c").attacks("a", "c").analyze().strength("c")).isEqualTo(0.25);
    }

    @Test
    void a_claim_that_stands_reports_its_grounds_down_to_evidence() {
        Analysis analysis = given().evidence("e").claim("c").thesis("t").supports("e", "c").supports("c", "t").analyze();

        assertThat(analysis.label("t")).isEqualTo(Label.IN);
        assertThat(analysis.grounds("t")).containsExactly("c");
        assertThat(analysis.grounds("c")).containsExactly("e");
        assertThat(analysis.grounds("e")).isEmpty();
    }

    @Test
    void contradictories_are_never_both_in_and_never_both_out_for_lack_of_a_preference() {
        Analysis analysis = given().evidence("a").evidence("b").contradictory("a", "b").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
        assertThat(analysis.label("b")).isEqualTo(Label.UNDEC);
    }

    @Test
    void preferences_both_ways_cancel_and_are_reported() {
        Analysis analysis = given().evidence("a").evidence("b").contradictory("a", "b").prefer("a", "b").prefer("b", "a").analyze();

        assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
        assertThat(analysis.findingsOn("a")).extracting(Finding::getKind).contains(FindingKind.CONFLICTING_PREFERENCES);
    }

    @Test
    void labels_follow_an_edit_and_explanations_follow_the_labels() {
        try (ReasoningSession session = given().evidence("a").evidence("b").attacks("a", "b").open()) {
            assertThat(session.label("b")).isEqualTo(Label.OUT);
            session.addAttack(Attack.onClaim("b", "a"));
            Analysis analysis = session.analysis();

            assertThat(analysis.label("a")).isEqualTo(Label.UNDEC);
            assertThat(analysis.label("b")).isEqualTo(Label.UNDEC);
            assertThat(reasons(analysis, "b")).first().asString().startsWith("«a» attacks «b» (a drawn rebut)");
        }
    }

    @Test
    void the_labelling_conditions_hold_so_no_illegal_label_is_reported() {
        Analysis analysis = given().evidence("a").evidence("b").claim("c").evidence("d").supports("d", "c")
                .attacks("a", "b").attacks("b", "c").attacks("c", "d").attacks("d", "c").analyze();

        assertThat(analysis.findings()).noneMatch(f -> f.getKind() == FindingKind.ILLEGAL_LABEL);
    }

    /** The checking rules themselves: fed wrong labels by hand, each names the broken condition. */
    @Test
    void each_broken_labelling_condition_is_reported() {
        try (ReasoningSession session = given().evidence("a").evidence("b").claim("c").evidence("e").supports("e", "c")
                .attacks("a", "b").open()) {
            List<String> rules = session.checkLabelling(Map.of(
                    "a", Label.OUT,          // nothing defeats it
                    "b", Label.IN,           // a defeats it and a stands
                    "e", Label.UNSUPPORTED,  // legal as far as defeat goes
                    "c", Label.IN))          // its premise e does not stand
                    .stream().map(Finding::getRule).toList();
            assertThat(rules).containsExactlyInAnyOrder(
                    "A defeated claim has a defeater that stands",
                    "A claim that stands has grounds",
                    "The premises a standing claim rests on stand");
        }
    }

    /** 2^400 support paths lead to the top: the rule path must neither enumerate them nor need to. */
    @Test
    void a_ladder_of_400_diamonds_goes_through_the_whole_rule_path() {
        Analysis analysis = ReasoningSession.analyze(Given.RULES, org.dialectica.bench.GeneratedMaps.diamondLadder(400));

        assertThat(analysis.labels().values()).containsOnly(Label.IN);
        // two drawn supports are two inferences; the grounds name the one the labelling stood it on
        assertThat(analysis.grounds("top")).singleElement().isIn("d399-0", "d399-1");
        assertThat(analysis.strength("top")).isBetween(0.5, 1.0);
    }
}
