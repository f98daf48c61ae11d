package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialectica.reasoning.Given.given;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void two_rival_theses_with_evidence_each_are_undecided_and_their_conflict_is_the_crux() {
        Analysis analysis = given().evidence("ea").evidence("eb").thesis("a").thesis("b")
                .supports("ea", "a").supports("eb", "b").contradictory("a", "b").analyze();

        Comparison comparison = Comparison.of(analysis, List.of("a", "b"));

        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.UNDEC, Label.UNDEC);
        assertThat(comparison.theses().get(0).grounds()).containsExactly("ea");
        assertThat(comparison.conflicts()).singleElement().satisfies(c -> {
            assertThat(List.of(c.a(), c.b())).containsExactly("a", "b");
            assertThat(c.kind()).isEqualTo(ConflictKind.CONTRADICTORY);
        });
        assertThat(comparison.cruxes()).singleElement().satisfies(crux -> {
            assertThat(crux.claims()).containsExactly("a", "b");
            assertThat(crux.outcomes()).extracting(Comparison.Outcome::labels).containsExactly(
                    Map.of("a", Label.IN, "b", Label.OUT), Map.of("a", Label.OUT, "b", Label.IN));
            assertThat(crux.explanation().text()).isEqualTo("If «a» is preferred over «b», «a» stands and «b» is defeated; if «b» is"
                    + " preferred over «a», «a» is defeated and «b» stands.");
        });
    }

    @Test
    void a_conflict_below_the_theses_decides_them_through_their_grounds() {
        Analysis analysis = given().evidence("ea").evidence("eb").claim("x").claim("y").thesis("ta").thesis("tb")
                .supports("ea", "x").supports("x", "ta").supports("eb", "y").supports("y", "tb").contrary("x", "y").analyze();

        Comparison comparison = Comparison.of(analysis, List.of("ta", "tb"));

        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.UNDEC, Label.UNDEC);
        assertThat(comparison.theses().get(0).grounds()).containsExactly("x", "ea");
        assertThat(comparison.cruxes()).singleElement().satisfies(crux -> {
            assertThat(crux.claims()).containsExactly("x", "y");
            assertThat(crux.outcomes().get(0).labels()).isEqualTo(Map.of("ta", Label.IN, "tb", Label.UNSUPPORTED));
        });
    }

    @Test
    void a_ruling_in_place_is_still_a_crux_because_reversing_it_reverses_the_outcome() {
        Analysis analysis = given().evidence("ea").evidence("eb").thesis("a").thesis("b").supports("ea", "a").supports("eb", "b")
                .contradictory("a", "b").prefer("a", "b").analyze();

        Comparison comparison = Comparison.of(analysis, List.of("a", "b"));

        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.IN, Label.OUT);
        // a ruling exists; the what-ifs still show that reversing it would reverse the outcome
        assertThat(comparison.cruxes()).singleElement().satisfies(crux ->
                assertThat(crux.outcomes().get(1).labels()).isEqualTo(Map.of("a", Label.OUT, "b", Label.IN)));
    }

    @Test
    void unknown_theses_are_named() {
        Analysis analysis = given().thesis("a").analyze();

        assertThatThrownBy(() -> Comparison.of(analysis, List.of("a", "nope"))).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> Comparison.of(analysis, List.of("a", "a"))).hasMessageContaining("two different theses");
    }
}
