package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "merge, don't overwrite": for every field of a claim, each combination of who changed
 * it (nobody, this person, the other, both alike, both differently) merges as it should, and the
 * other fields are untouched by it.
 */
class MergeTest {
    private static final Claim BASE = new Claim("c", "Title", "Text.", "Teks.", "id", ClaimKind.CLAIM, List.of("Turkey"),
            List.of("war"), new Source("p.txt", "p. 1", "quote"), new Proposition("russia", "influence", "weaker", new TimeSpan(2020, 2021)),
            "Side A", 0.4, List.of("d"));
    private static final Claim ONE = new Claim("c", "Title one", "Text one.", "Teks satu.", "tr", ClaimKind.EVIDENCE, List.of("Russia"),
            List.of("peace"), new Source("q.txt", "p. 2", "quote one"), new Proposition("turkey", "influence", "stronger", new TimeSpan(2019, 2020)),
            "Side B", 0.6, List.of("e"));
    private static final Claim TWO = new Claim("c", "Title two", "Text two.", "Teks dua.", "ru", ClaimKind.THESIS, List.of("China"),
            List.of("trade"), new Source("r.txt", "p. 3", "quote two"), new Proposition("china", "trade", "stronger", new TimeSpan(2018, 2022)),
            "Side C", 0.8, List.of("f"));

    private static Claim with(ClaimField field, Claim from) {
        return field.take(BASE, from);
    }

    @Test
    void the_three_claims_differ_in_every_field() {
        for (ClaimField f : ClaimField.values()) {
            assertThat(f.of(ONE)).as(f.name()).isNotEqualTo(f.of(BASE)).isNotEqualTo(f.of(TWO));
            assertThat(f.of(TWO)).as(f.name()).isNotEqualTo(f.of(BASE));
        }
    }

    @Test
    void nobody_changed_the_field_it_stays() {
        for (ClaimField f : ClaimField.values()) {
            var result = ClaimField.merge(BASE, BASE, BASE);
            assertThat(result.clean()).isTrue();
            assertThat(ClaimField.merged(result, BASE, BASE)).as(f.name()).isEqualTo(BASE);
        }
    }

    @Test
    void only_this_person_changed_the_field_their_value_is_saved() {
        for (ClaimField f : ClaimField.values()) {
            Claim mine = with(f, ONE);
            var result = ClaimField.merge(BASE, mine, BASE);
            assertThat(result.fromMine()).as(f.name()).containsExactly(f);
            assertThat(result.fromTheirs()).isEmpty();
            assertThat(ClaimField.merged(result, mine, BASE)).as(f.name()).isEqualTo(mine);
        }
    }

    @Test
    void only_the_other_person_changed_the_field_it_takes_their_value_silently() {
        for (ClaimField f : ClaimField.values()) {
            Claim theirs = with(f, ONE);
            var result = ClaimField.merge(BASE, BASE, theirs);
            assertThat(result.clean()).isTrue();
            assertThat(result.fromTheirs()).as(f.name()).containsExactly(f);
            assertThat(ClaimField.merged(result, BASE, theirs)).as(f.name()).isEqualTo(theirs);
        }
    }

    @Test
    void both_changed_the_field_alike_is_no_conflict() {
        for (ClaimField f : ClaimField.values()) {
            Claim both = with(f, ONE);
            var result = ClaimField.merge(BASE, both, both);
            assertThat(result.clean()).as(f.name()).isTrue();
            assertThat(ClaimField.merged(result, both, both)).isEqualTo(both);
        }
    }

    @Test
    void both_changed_the_field_differently_is_a_conflict_of_that_field_alone() {
        for (ClaimField f : ClaimField.values()) {
            Claim mine = with(f, ONE), theirs = with(f, TWO);
            var result = ClaimField.merge(BASE, mine, theirs);
            assertThat(result.conflicts()).as(f.name()).containsExactly(f);
            assertThat(result.fromTheirs()).isEmpty();
            // until it is decided the conflict keeps this person's value
            assertThat(f.of(ClaimField.merged(result, mine, theirs))).isEqualTo(f.of(ONE));
        }
    }

    @Test
    void each_field_merges_on_its_own_whatever_the_others_do() {
        // every field in one of the five cases at once, the case turning with the field
        ClaimField[] fields = ClaimField.values();
        Claim mine = BASE, theirs = BASE;
        for (int i = 0; i < fields.length; i++) {
            ClaimField f = fields[i];
            switch (i % 5) {
                case 1 -> mine = f.take(mine, ONE);
                case 2 -> theirs = f.take(theirs, ONE);
                case 3 -> { mine = f.take(mine, ONE); theirs = f.take(theirs, ONE); }
                case 4 -> { mine = f.take(mine, ONE); theirs = f.take(theirs, TWO); }
                default -> { }
            }
        }
        var result = ClaimField.merge(BASE, mine, theirs);
        Claim merged = ClaimField.merged(result, mine, theirs);
        for (int i = 0; i < fields.length; i++) {
            ClaimField f = fields[i];
            Object expected = switch (i % 5) {
                case 0 -> f.of(BASE);
                default -> f.of(ONE);
            };
            assertThat(f.of(merged)).as(f.name()).isEqualTo(expected);
            assertThat(result.conflicts().contains(f)).as(f.name()).isEqualTo(i % 5 == 4);
        }
    }
}
