package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;

/** rules/conflicts.drl, one rule at a time. */
class ConflictRulesTest {

    private static List<Conflict> conflicts(Analysis analysis, ConflictKind kind) {
        return analysis.conflicts().stream().filter(c -> c.getKind() == kind).toList();
    }

    /** The contraries as "a|b", the smaller id first. */
    private static List<String> contraries(Analysis analysis) {
        return conflicts(analysis, ConflictKind.CONTRARY).stream().map(c -> c.getA() + "|" + c.getB()).toList();
    }

    /** The unknown-word findings as "claim: field 'word'". */
    private static List<String> unknownWords(Analysis analysis) {
        return analysis.findings().stream().filter(f -> f.getKind() == FindingKind.UNKNOWN_DESCRIPTOR_WORD)
                .map(f -> f.getClaim() + ": " + f.getSubject()).toList();
    }

    @Test
    void claims_with_opposite_descriptors_on_one_topic_in_overlapping_years_conflict() {
        Analysis analysis = given()
                .says("weakened", "000.txt", "Russia", "regional influence", "falls", 2020, 2022)
                .says("winner", "004.txt", "russia", "Regional  Influence", "rises", 2021, null)
                .analyze();

        assertThat(conflicts(analysis, ConflictKind.CONTRARY)).singleElement().satisfies(c -> {
            assertThat(List.of(c.getA(), c.getB())).containsExactly("weakened", "winner");
            assertThat(c.getRule()).isEqualTo("Claims with contrary descriptors conflict");
            assertThat(c.getExplanation()).contains("«weakened»", "«winner»", "000.txt", "004.txt", "falls", "rises");
        });
    }

    @Test
    void descriptors_do_not_conflict_when_years_do_not_overlap_or_directions_agree() {
        Analysis analysis = given()
                .says("a", "p1", "Russia", "regional influence", "falls", 2010, 2012)
                .says("b", "p2", "Russia", "regional influence", "rises", 2020, 2022)
                .says("c", "p3", "Russia", "regional influence", "rises", 2021, 2021)
                .says("d", "p4", "Russia", "military influence", "falls", 2021, 2021)
                .analyze();

        assertThat(conflicts(analysis, ConflictKind.CONTRARY)).isEmpty();
    }

    @Test
    void different_values_on_one_topic_conflict() {
        Analysis analysis = given()
                .says("won", "p1", "Russia", "ceasefire outcome", "winner", 2020, 2020)
                .says("lost", "p2", "Russia", "ceasefire outcome", "loser", 2020, 2020)
                .says("won-too", "p3", "Russia", "ceasefire outcome", "Winner", 2020, 2020)
                .analyze();

        assertThat(contraries(analysis)).containsExactlyInAnyOrder("lost|won", "lost|won-too");
    }

    @Test
    void synonyms_of_opposite_poles_conflict_and_each_pair_opposes_only_itself() {
        Analysis analysis = given()
                .says("gains", "p1", "Turkey", "regional influence", "strengthens", 2020, null)
                .says("loses", "p2", "Turkey", "regional influence", "Loses", 2021, 2021)
                .says("lasting", "p3", "Nagorno-Karabakh conflict", "armed stability", "stable", 2020, 2025)
                .says("flaring", "p4", "Nagorno-Karabakh conflict", "armed stability", "flaring", 2020, null)
                // a pole of one pair against a pole of another is no contradiction
                .says("rising", "p5", "Nagorno-Karabakh conflict", "armed stability", "rises", 2020, null)
                .analyze();

        assertThat(contraries(analysis)).containsExactlyInAnyOrder("gains|loses", "flaring|lasting");
    }

    @Test
    void values_conflict_only_with_other_members_of_their_own_set() {
        Analysis analysis = given()
                .says("won", "p1", "Russia", "ceasefire outcome", "winner", 2020, 2020)
                .says("settled", "p2", "Russia", "ceasefire outcome", "resolved", 2020, 2020)
                .says("risen", "p3", "Russia", "ceasefire outcome", "rises", 2020, 2020)
                .says("open", "p4", "Russia", "ceasefire outcome", "unresolved", 2020, 2020)
                .analyze();

        assertThat(contraries(analysis)).containsExactly("open|settled");
    }

    @Test
    void a_direction_the_vocabulary_does_not_know_is_reported_and_conflicts_with_nothing() {
        Analysis analysis = given()
                .says("declines", "p1", "Iran", "regional influence", "declines", 2020, null)
                .says("climbs", "p2", "Iran", "regional influence", "climbs", 2020, null)
                .says("rises", "p3", "Iran", "regional influence", "rises", 2020, null)
                .analyze();

        assertThat(analysis.conflicts()).isEmpty();
        assertThat(unknownWords(analysis)).containsExactly("climbs: direction 'climbs'", "declines: direction 'declines'");
        assertThat(analysis.findingsOn("declines"))
                .filteredOn(f -> f.getKind() == FindingKind.UNKNOWN_DESCRIPTOR_WORD)
                .singleElement().satisfies(f -> {
                    assertThat(f.getRule()).isEqualTo("A descriptor word the vocabulary does not know");
                    assertThat(f.getMessage()).contains("«declines»", "'declines'", "descriptors.yaml", "rises / falls");
                });
    }

    @Test
    void a_dimension_the_vocabulary_does_not_know_is_reported_but_still_compared() {
        Analysis analysis = given()
                .says("up", "p1", "Iran", "regional influnce", "rises", 2020, null)
                .says("down", "p2", "Iran", "regional influnce", "falls", 2020, null)
                .says("known", "p3", "Iran", "regional influence", "falls", 2020, null)
                .analyze();

        assertThat(contraries(analysis)).containsExactly("down|up");
        assertThat(unknownWords(analysis)).containsExactly("down: dimension 'regional influnce'", "up: dimension 'regional influnce'");
    }

    @Test
    void correcting_an_unknown_word_brings_the_conflict_and_clears_the_finding() {
        Given given = given()
                .says("a", "p1", "China", "economic influence", "rises", 2020, null)
                .says("b", "p2", "China", "economic influence", "sinks", 2020, null);
        try (ReasoningSession session = given.open()) {
            assertThat(session.analysis().conflicts()).isEmpty();
            assertThat(session.analysis().findingsOn("b")).extracting(Finding::getKind)
                    .contains(FindingKind.UNKNOWN_DESCRIPTOR_WORD);

            Claim b = session.map().claim("b").orElseThrow();
            session.putClaim(new Claim("b", "b", "b", null, null, b.kind(), null, null, b.source(),
                    new Proposition("China", "economic influence", "falls", new TimeSpan(2020, null)), null));

            assertThat(session.analysis().conflicts()).hasSize(1);
            assertThat(session.analysis().findingsOn("b")).extracting(Finding::getKind)
                    .doesNotContain(FindingKind.UNKNOWN_DESCRIPTOR_WORD);
        }
    }

    @Test
    void claims_declared_contradictory_conflict() {
        Analysis analysis = given().claim("a").claim("b").contradictory("b", "a").analyze();

        assertThat(conflicts(analysis, ConflictKind.CONTRADICTORY)).singleElement().satisfies(c -> {
            assertThat(c.getA()).isEqualTo("a");
            assertThat(c.getB()).isEqualTo("b");
            assertThat(c.getRule()).isEqualTo("Claims declared contradictory conflict");
        });
    }

    @Test
    void claims_declared_contrary_conflict() {
        Analysis analysis = given().claim("a").claim("b").contrary("a", "b").analyze();

        assertThat(conflicts(analysis, ConflictKind.CONTRARY)).singleElement()
                .satisfies(c -> assertThat(c.getRule()).isEqualTo("Claims declared contrary conflict"));
    }

    @Test
    void an_author_asserting_both_sides_of_a_conflict_contradicts_themself() {
        Analysis analysis = given()
                .says("rises", "000.txt", "Turkey", "regional influence", "rises", 2020, 2022)
                .says("falls", "000.txt", "Turkey", "regional influence", "falls", 2021, 2021)
                .says("other", "004.txt", "Turkey", "regional influence", "falls", 2021, 2021)
                .analyze();

        assertThat(conflicts(analysis, ConflictKind.SELF_CONTRADICTION)).singleElement().satisfies(c -> {
            assertThat(List.of(c.getA(), c.getB())).containsExactly("falls", "rises");
            assertThat(c.getRule()).isEqualTo("An author who asserts both conflicting claims contradicts themself");
            assertThat(c.getExplanation()).startsWith("000.txt asserts both");
        });
    }

    @Test
    void a_conflict_disappears_when_its_reason_is_edited_away() {
        Given given = given()
                .says("a", "p1", "China", "economic influence", "rises", 2020, null)
                .says("b", "p2", "China", "economic influence", "falls", 2020, null);
        try (ReasoningSession session = given.open()) {
            assertThat(session.analysis().conflicts()).hasSize(1);

            session.putClaim(session.map().claim("b").orElseThrow().withText("edited, still falls"));
            assertThat(session.analysis().conflicts()).hasSize(1);

            session.removeClaim("b");
            assertThat(session.analysis().conflicts()).isEmpty();
        }
    }
}
