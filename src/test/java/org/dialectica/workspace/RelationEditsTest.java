package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dialectica.map.Attack;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 18, "merge, don't overwrite" for relations, through the workspace on the real database.
 * A relation has no fields but its ends, so a relation drawn from a form opened on an older map is
 * checked against the map as it is now: an end deleted meanwhile, or the support an undercut
 * attacks, refuses it naming the claim and who deleted it; a relation already there refuses it;
 * removing one already removed says so. None of these is recorded in the history.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class RelationEditsTest {
    private static final Person AYU = new Person("relation-ayu", "Ayu", Role.ADMIN);
    private static final Person BUDI = new Person("relation-budi", "Budi", Role.ADMIN);

    @Autowired
    Workspace workspace;
    @Autowired
    MapHistory history;

    private String map() throws Exception {
        return workspace.importArgdown("relations.argdown", """
                [Thesis]: The thesis. {kind: thesis}
                  + [Ground]: A ground. {kind: claim}
                  - [Rival]: A rival. {kind: claim}

                [Doubt]: A doubt. {kind: claim}
                """).mapId();
    }

    private int recorded(String mapId) {
        return history.of(mapId).size();
    }

    private static ConcurrentEditException refused(Runnable edit) {
        try {
            edit.run();
        } catch (ConcurrentEditException e) {
            return e;
        }
        throw new AssertionError("the edit was not refused");
    }

    @Test
    void a_support_already_there_is_refused_by_name_and_not_recorded() throws Exception {
        String mapId = map();
        int before = recorded(mapId);

        ConcurrentEditException e = refused(() -> CurrentPerson.as(AYU, () -> workspace.addSupport(mapId, new Support("ground", "thesis"))));
        assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.RELATION_EXISTS);
        assertThat(e.relation()).isEqualTo(ConcurrentEditException.Relation.SUPPORT);
        assertThat(e.getMessage()).startsWith("«Ground» already supports «Thesis»");
        assertThat(recorded(mapId)).as("nothing in the history").isEqualTo(before);
        assertThat(workspace.load(mapId).supports()).hasSize(1);
    }

    @Test
    void a_relation_someone_drew_meanwhile_is_refused_for_every_type_and_not_recorded() throws Exception {
        String mapId = map();
        Support inference = new Support("ground", "thesis");
        List<Change> drawnByBudi = List.of(new Change.AddAttack(Attack.onClaim("doubt", "ground")),
                new Change.AddAttack(Attack.onSupport("doubt", inference)),
                new Change.AddOpposition(new Opposition("rival", "ground", Opposition.Type.CONTRARY)));
        CurrentPerson.as(BUDI, () -> workspace.apply(mapId, drawnByBudi, null));
        int before = recorded(mapId);

        assertThat(refused(() -> CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onClaim("doubt", "ground")))).getMessage())
                .startsWith("«Doubt» already attacks «Ground»");
        assertThat(refused(() -> CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onSupport("doubt", inference)))).getMessage())
                .startsWith("«Doubt» already undercuts «Ground» → «Thesis»");
        // an opposition holds both ways: the same one drawn from the other end is the same relation
        assertThat(refused(() -> CurrentPerson.as(AYU, () -> workspace.addOpposition(mapId,
                new Opposition("ground", "rival", Opposition.Type.CONTRARY)))).getMessage())
                .startsWith("«Ground» is already contrary to «Rival»");
        assertThat(recorded(mapId)).isEqualTo(before);
        // a contradictory between the same two is another relation
        CurrentPerson.as(AYU, () -> workspace.addOpposition(mapId, new Opposition("ground", "rival", Opposition.Type.CONTRADICTORY)));
        assertThat(recorded(mapId)).isEqualTo(before + 1);
    }

    @Test
    void a_relation_to_a_claim_deleted_meanwhile_names_the_claim_and_who_deleted_it() throws Exception {
        String mapId = map();
        long version = workspace.claimVersion(mapId, "doubt");
        CurrentPerson.as(BUDI, () -> workspace.removeClaim(mapId, "doubt", version));
        int before = recorded(mapId);

        ConcurrentEditException e = refused(() -> CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onClaim("doubt", "thesis"))));
        assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.DELETED);
        assertThat(e.claimId()).isEqualTo("doubt");
        assertThat(e.title()).as("from the history: the map no longer has it").isEqualTo("Doubt");
        assertThat(e.by()).isEqualTo("Budi");
        assertThat(e.getMessage()).isEqualTo("«Doubt» was deleted by Budi; your change was not saved.");
        assertThat(recorded(mapId)).isEqualTo(before);
    }

    @Test
    void an_undercut_of_a_support_removed_meanwhile_names_the_support_and_who_removed_it() throws Exception {
        String mapId = map();
        Support inference = new Support("ground", "thesis");
        CurrentPerson.as(BUDI, () -> workspace.removeSupport(mapId, inference.id()));
        int before = recorded(mapId);

        ConcurrentEditException e = refused(() -> CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onSupport("doubt", inference))));
        assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.INFERENCE_GONE);
        assertThat(e.ends()).containsExactly("doubt", "ground", "thesis");
        assertThat(e.by()).isEqualTo("Budi");
        assertThat(e.getMessage()).contains("«Ground» → «Thesis»").contains("removed by Budi");
        assertThat(recorded(mapId)).isEqualTo(before);
    }

    @Test
    void removing_a_relation_someone_else_removed_says_so_and_records_nothing() throws Exception {
        String mapId = map();
        String attack = Attack.onClaim("rival", "thesis").id();
        CurrentPerson.as(BUDI, () -> workspace.removeAttack(mapId, attack));
        int before = recorded(mapId);

        ConcurrentEditException e = refused(() -> CurrentPerson.as(AYU, () -> workspace.removeAttack(mapId, attack)));
        assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.RELATION_GONE);
        assertThat(e.relation()).isEqualTo(ConcurrentEditException.Relation.ATTACK);
        assertThat(e.by()).isEqualTo("Budi");
        assertThat(e.getMessage()).startsWith("«Rival» attacks «Thesis»: this relation was already removed by Budi");
        // also when it went with a claim: the deletion is what removed it
        String support = new Support("ground", "thesis").id();
        CurrentPerson.as(BUDI, () -> workspace.removeClaim(mapId, "ground", workspace.claimVersion(mapId, "ground")));
        ConcurrentEditException withClaim = refused(() -> CurrentPerson.as(AYU, () -> workspace.removeSupport(mapId, support)));
        assertThat(withClaim.kind()).isEqualTo(ConcurrentEditException.Kind.RELATION_GONE);
        assertThat(withClaim.by()).isEqualTo("Budi");
        assertThat(recorded(mapId)).isEqualTo(before + 1);
    }

    /** Undo goes through the same check: putting back a relation someone drew again meanwhile is refused. */
    @Test
    void undoing_a_removal_after_someone_drew_the_relation_again_is_refused_and_not_recorded() throws Exception {
        String mapId = map();
        List<Change> undo = CurrentPerson.as(AYU, () -> workspace.apply(mapId, List.of(new Change.RemoveSupport(new Support("ground", "thesis").id())), null));
        CurrentPerson.as(BUDI, () -> workspace.addSupport(mapId, new Support("ground", "thesis")));
        int before = recorded(mapId);

        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> workspace.apply(mapId, undo, null)))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.RELATION_EXISTS));
        assertThat(recorded(mapId)).isEqualTo(before);
    }
}
