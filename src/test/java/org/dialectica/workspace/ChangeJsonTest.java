package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;

/** The history stores changes as JSON: every kind of change, with every field of a claim, reads back equal. */
class ChangeJsonTest {
    private static final Claim FULL = new Claim("russia-weaker", "Russia weaker", "Russia's position weakens.",
            "Posisi Rusia melemah.", "id", ClaimKind.EVIDENCE, List.of("Russia"), List.of("influence"),
            new Source("p000.txt", "p. 3", "Posisi Rusia melemah."),
            new Proposition("Russia", "regional influence", "falls", new TimeSpan(2020, null)), "Author", 0.7, List.of("other"));

    @Test
    void every_kind_of_change_reads_back_as_it_was_written() {
        ArgumentMap.Removal removal = new ArgumentMap.Removal(FULL,
                List.of(new Argument("arg", "An argument", "why", List.of("russia-weaker", "p2"), "thesis")),
                List.of(new Support("russia-weaker", "thesis", "arg")), List.of(Attack.onClaim("russia-weaker", "rival"),
                        Attack.onSupport("doubt", new Support("p2", "thesis"))),
                List.of(new Opposition("russia-weaker", "rival", Opposition.Type.CONTRADICTORY)));
        List<Change> changes = List.of(new Change.PutClaim(FULL, 4L), new Change.PutClaim(Claim.of("new", "New."), null),
                new Change.RemoveClaim("gone", 2), new Change.RestoreClaim(removal), new Change.AddSupport(new Support("a", "b")),
                new Change.RemoveSupport("a +> b"), new Change.AddAttack(Attack.onClaim("a", "b")), new Change.RemoveAttack("a -> b"),
                new Change.AddOpposition(new Opposition("a", "b", Opposition.Type.CONTRARY)),
                new Change.RemoveOpposition(new Opposition("a", "b", Opposition.Type.CONTRARY)),
                new Change.DescribeMap("Title", null));
        assertThat(changes.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Change.class.getPermittedSubclasses()));

        assertThat(ChangeJson.read(ChangeJson.write(changes))).isEqualTo(changes);
        assertThat(ChangeJson.write(List.of(new Change.RemoveAttack("a -> b")))).isEqualTo("[{\"type\":\"RemoveAttack\",\"attackId\":\"a -> b\"}]");
    }

    @Test
    void the_description_reads_back_as_it_was_written() {
        List<EditStep> steps = List.of(new EditStep(EditStep.Kind.ATTACK_ADDED, "«A» {0}", "B"), new EditStep(EditStep.Kind.MAP_CREATED, "M"));

        assertThat(ChangeJson.readSteps(ChangeJson.writeSteps(steps))).isEqualTo(steps);
    }
}
