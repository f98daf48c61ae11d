package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/support.drl: chains up to theses, and circular support. */
class SupportRulesTest {

    private static List<String> chains(Analysis analysis) {
        return analysis.chains().stream().map(SupportPath::toString).toList();
    }

    @Test
    void a_support_into_a_thesis_starts_a_chain() {
        Analysis analysis = given().evidence("e").thesis("t").supports("e", "t").analyze();

        assertThat(chains(analysis)).containsExactly("e +> t");
    }

    @Test
    void chains_grow_backwards_from_evidence_through_claims_to_the_thesis() {
        Analysis analysis = given().evidence("e1").evidence("e2").claim("c").thesis("t")
                .supports("e1", "c").supports("e2", "c").supports("c", "t").analyze();

        assertThat(chains(analysis)).containsExactlyInAnyOrder("c +> t", "e1 +> c +> t", "e2 +> c +> t");
    }

    @Test
    void supports_that_lead_to_no_thesis_make_no_chain() {
        Analysis analysis = given().claim("a").claim("b").supports("a", "b").analyze();

        assertThat(analysis.chains()).isEmpty();
    }

    @Test
    void a_chain_breaks_when_a_support_in_its_middle_is_removed() {
        try (ReasoningSession session = given().evidence("e").claim("c").thesis("t")
                .supports("e", "c").supports("c", "t").open()) {
            session.removeSupport("c +> t");

            assertThat(session.analysis().chains()).isEmpty();
        }
    }

    @Test
    void a_support_back_into_its_own_chain_is_circular() {
        Analysis analysis = given().claim("a").claim("b").thesis("t")
                .supports("a", "t").supports("b", "a").supports("a", "b").analyze();

        assertThat(analysis.cycles()).singleElement().satisfies(c -> {
            assertThat(c.getCycle()).containsExactly("a", "b");
            assertThat(c.getRule()).isEqualTo("A support back into its own chain is circular");
        });
        assertThat(chains(analysis)).containsExactlyInAnyOrder("a +> t", "b +> a +> t");
    }

    @Test
    void a_support_from_the_end_of_a_forward_chain_back_into_it_is_circular() {
        // no thesis: the cycle is reached forwards from the attacked claim
        Analysis analysis = given().claim("a").claim("b").claim("c").claim("x")
                .supports("a", "b").supports("b", "c").supports("c", "a").attacks("x", "a").analyze();

        assertThat(analysis.cycles()).extracting(SupportCycle::getCycle).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void a_cycle_is_gone_once_it_is_broken() {
        try (ReasoningSession session = given().claim("a").claim("b").thesis("t")
                .supports("a", "t").supports("b", "a").supports("a", "b").open()) {
            session.removeSupport("a +> b");

            assertThat(session.analysis().cycles()).isEmpty();
            assertThat(chains(session.analysis())).containsExactlyInAnyOrder("a +> t", "b +> a +> t");
        }
    }
}
