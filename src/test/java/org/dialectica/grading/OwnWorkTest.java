package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/** What counts as the student's own relative to the starter: by id, by normalised text, relations by the claims they came from. */
class OwnWorkTest {
    static ArgumentMap starter() {
        ArgumentMap m = new ArgumentMap("starter", "Starter");
        m.putClaim(new Claim("t", null, "Russia is the clear winner of the ceasefire.", null, null, ClaimKind.THESIS, null, null, null, null, null));
        m.putClaim(new Claim("e", null, "Russian troops were deployed.", null, null, ClaimKind.EVIDENCE, null, null,
                new Source("004.pdf", "p. 2", "troops were deployed"), null, null));
        m.addSupport(new Support("e", "t"));
        return m;
    }

    @Test
    void the_starter_itself_and_the_starter_with_parts_removed_add_nothing() {
        assertThat(OwnWork.of(starter(), starter().copy()).isEmpty()).isTrue();
        ArgumentMap less = starter().copy();
        less.removeClaim("e");
        assertThat(OwnWork.of(starter(), less).isEmpty()).isTrue();
        // an empty starter: everything is the student's
        assertThat(OwnWork.of(null, starter()).claims()).containsExactlyInAnyOrder("t", "e");
    }

    @Test
    void a_starter_claim_under_another_id_or_in_other_case_and_spacing_is_still_the_starters() {
        ArgumentMap student = new ArgumentMap("s", "S");
        // same text, new id: copied, not written; its support to the thesis is the starter's too
        student.putClaim(new Claim("my-e", null, "  russian TROOPS were deployed ", null, null, ClaimKind.EVIDENCE, null, null,
                new Source("004.pdf", "p. 2", "troops were deployed"), null, null));
        student.putClaim(new Claim("t", null, "Russia is the clear winner of the ceasefire!", null, null, ClaimKind.THESIS, null, null, null, null, null));
        student.addSupport(new Support("my-e", "t"));
        OwnWork own = OwnWork.of(starter(), student);
        assertThat(own.isEmpty()).as(own.toString()).isTrue();
    }

    @Test
    void changed_text_changed_source_new_claims_and_new_relations_are_the_students() {
        ArgumentMap student = starter().copy();
        student.putClaim(student.claim("t").orElseThrow().withText("Russia won the war outright."));
        Claim e = student.claim("e").orElseThrow();
        student.putClaim(new Claim("e", null, e.text(), null, null, ClaimKind.EVIDENCE, null, null, new Source("004.pdf", "p. 3", "troops were deployed"), null, null));
        student.putClaim(Claim.of("o", "The ceasefire settled little."));
        student.addAttack(Attack.onClaim("o", "t"));
        student.addOpposition(new Opposition("o", "e", Opposition.Type.CONTRARY));
        OwnWork own = OwnWork.of(starter(), student);
        assertThat(own.claims()).containsExactlyInAnyOrder("t", "e", "o");
        assertThat(own.attacks()).containsExactly("o -> t");
        assertThat(own.supports()).isEmpty(); // e +> t was in the starter
        assertThat(own.oppositions()).isEqualTo(1);
    }
}
