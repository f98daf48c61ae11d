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
        assertThat(comparison.cruxes()).extracting(Comparison.Crux::claims).containsExactly(List.of("a", "b"), List.of("ea"), List.of("eb"));
        assertThat(comparison.cruxes().get(0)).satisfies(crux -> {
            assertThat(crux.outcomes()).extracting(Comparison.Outcome::labels).containsExactly(
                    Map.of("a", Label.IN, "b", Label.OUT), Map.of("a", Label.OUT, "b", Label.IN));
            assertThat(crux.outcomes()).extracting(Comparison.Outcome::changes)
                    .containsExactly(List.of(new Change.Prefer("a", "b")), List.of(new Change.Prefer("b", "a")));
            assertThat(crux.explanation().text()).isEqualTo("If the seminar decides «a» outweighs «b», then «a» stands and «b» falls;"
                    + " if the seminar decides «b» outweighs «a», then «a» falls and «b» stands.");
        });
        // each piece of evidence decides too: without ea, a loses its ground and b, unopposed, stands and defeats it
        assertThat(comparison.cruxes().get(1).explanation().text())
                .isEqualTo("If «ea» is defeated, then «a» falls and «b» stands.");
    }

    @Test
    void a_conflict_below_the_theses_decides_them_through_their_grounds() {
        Analysis analysis = given().evidence("ea").evidence("eb").claim("x").claim("y").thesis("ta").thesis("tb")
                .supports("ea", "x").supports("x", "ta").supports("eb", "y").supports("y", "tb").contrary("x", "y").analyze();

        Comparison comparison = Comparison.of(analysis, List.of("ta", "tb"));

        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.UNDEC, Label.UNDEC);
        assertThat(comparison.theses().get(0).grounds()).containsExactly("x", "ea");
        // the conflict either way, then each claim the theses rest on: x, y, and their evidence
        assertThat(comparison.cruxes()).extracting(Comparison.Crux::claims)
                .containsExactly(List.of("x", "y"), List.of("x"), List.of("y"), List.of("ea"), List.of("eb"));
        assertThat(comparison.cruxes().get(0).outcomes().get(0).labels()).isEqualTo(Map.of("ta", Label.IN, "tb", Label.UNSUPPORTED));
        assertThat(comparison.cruxes().get(1).outcomes().get(0).labels()).isEqualTo(Map.of("ta", Label.UNSUPPORTED, "tb", Label.IN));
    }

    @Test
    void a_ruling_in_place_is_still_a_crux_because_reversing_it_reverses_the_outcome() {
        Analysis analysis = given().evidence("ea").evidence("eb").thesis("a").thesis("b").supports("ea", "a").supports("eb", "b")
                .contradictory("a", "b").prefer("a", "b").analyze();

        Comparison comparison = Comparison.of(analysis, List.of("a", "b"));

        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.IN, Label.OUT);
        // a ruling exists; the what-ifs still show that reversing it would reverse the outcome
        assertThat(comparison.cruxes()).extracting(Comparison.Crux::claims).containsExactly(List.of("a", "b"), List.of("ea"));
        assertThat(comparison.cruxes().get(0).outcomes().get(1).labels()).isEqualTo(Map.of("a", Label.OUT, "b", Label.IN));
        // eb is not a crux: b is defeated whether or not its evidence stands
    }

    @Test
    void unknown_theses_are_named() {
        Analysis analysis = given().thesis("a").analyze();

        assertThatThrownBy(() -> Comparison.of(analysis, List.of("a", "nope"))).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> Comparison.of(analysis, List.of("a", "a"))).hasMessageContaining("two different theses");
    }

    @Test
    void theses_named_twice_claims_that_are_not_theses_and_unknown_ids_are_one_line_problems() {
        var map = given().thesis("a").thesis("b").claim("c").map();

        assertThat(Comparison.problem(map, List.of("a", "b"))).isNull();
        assertThat(Comparison.problem(map, List.of("a", "a")).text()).isEqualTo("«a» ('a') is named twice: name each thesis once");
        assertThat(Comparison.problem(map, List.of("a", "b", "a")).text()).contains("named twice");
        assertThat(Comparison.problem(map, List.of("a", "c")).text())
                .isEqualTo("«c» ('c') is a claim, not a thesis: compare claims of kind thesis");
        assertThat(Comparison.problem(map, List.of("a", "nope")).text()).isEqualTo("no claim 'nope' in the map");
        assertThat(Comparison.problem(map, List.of("a")).text()).isEqualTo("name at least two different theses to compare");
        assertThat(Comparison.problem(map, List.of("a", "c")).text(Wording.INDONESIAN)).isEqualTo(
                "«c» ('c') adalah klaim, bukan tesis: bandingkan klaim yang berjenis tesis");
    }
}
