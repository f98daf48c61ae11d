package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/** What the history keeps of an edit: each change as a kind and the titles it names, and the claims it touched. */
class EditStepTest {
    private static ArgumentMap map() {
        ArgumentMap map = new ArgumentMap("m", "A map");
        map.putClaim(new Claim("a", "Alpha", "a", null, null, null, null, null, null, null, null));
        map.putClaim(new Claim("b", "Beta", "b", null, null, null, null, null, null, null, null));
        map.putClaim(Claim.of("c", "untitled: named by its id"));
        map.addSupport(new Support("b", "a"));
        map.addAttack(Attack.onClaim("c", "a"));
        return map;
    }

    @Test
    void an_undercut_names_its_claim_and_both_ends_of_the_support_it_attacks() {
        EditStep.Described d = EditStep.describe(map(), List.of(new Change.AddAttack(Attack.onSupport("c", new Support("b", "a")))));

        assertThat(d.steps()).containsExactly(new EditStep(EditStep.Kind.UNDERCUT_ADDED, "c", "Beta", "Alpha"));
        assertThat(d.claims()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_relation_made_another_type_is_two_steps_and_a_claim_added_in_the_same_edit_is_named_by_its_title() {
        Claim added = new Claim("d", "Delta", "d", null, null, null, null, null, null, null, null);
        EditStep.Described d = EditStep.describe(map(), List.of(
                new Change.RemoveSupport(Support.id("b", "a")),
                new Change.AddOpposition(new Opposition("b", "a", Opposition.Type.CONTRARY)),
                new Change.PutClaim(added, null),
                new Change.AddAttack(Attack.onClaim("d", "b"))));

        assertThat(d.steps()).containsExactly(
                new EditStep(EditStep.Kind.SUPPORT_REMOVED, "Beta", "Alpha"),
                new EditStep(EditStep.Kind.CONTRARY_ADDED, "Beta", "Alpha"),
                new EditStep(EditStep.Kind.CLAIM_ADDED, "Delta"),
                new EditStep(EditStep.Kind.ATTACK_ADDED, "Delta", "Beta"));
    }

    @Test
    void a_deleted_claim_and_a_removed_attack_are_named_as_the_map_had_them() {
        EditStep.Described d = EditStep.describe(map(), List.of(new Change.RemoveAttack("c -> a"), new Change.RemoveClaim("b", 0)));

        assertThat(d.steps()).containsExactly(new EditStep(EditStep.Kind.ATTACK_REMOVED, "c", "Alpha"),
                new EditStep(EditStep.Kind.CLAIM_DELETED, "Beta"));
    }

    @Test
    void a_very_long_title_is_kept_shortened() {
        EditStep step = new EditStep(EditStep.Kind.CLAIM_ADDED, "x".repeat(1_000));

        assertThat(step.names().getFirst()).hasSize(EditStep.MAX_NAME).endsWith("…");
    }
}
