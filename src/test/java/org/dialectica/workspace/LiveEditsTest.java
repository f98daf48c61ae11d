package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dialectica.base.AfterReply;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Label;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 7, "whole edits" and "live for everyone": one user action is one transaction, its undo is
 * worked out from the map as it was (also for what goes with a deleted claim), the live session
 * always shows what was committed, and the other viewers hear of it after the commit.
 */
@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class LiveEditsTest {
    // a claim that is a premise of a linked argument, opposed, attacking, attacked and undercut
    private static final String MAP = """
            ===
            title: Whole edits
            ===
            [Thesis]: The thesis. {kind: thesis}

            <Argument>

            (1) [Premise]: A premise. {kind: evidence, paper: "p.txt", locator: "p. 1", quote: "q1"}
            (2) [Other premise]: Another premise. {kind: evidence, paper: "p.txt", locator: "p. 2", quote: "q2"}
            ----
            (3) [Thesis]

            [Rival]: A rival claim. {kind: evidence, paper: "q.txt", locator: "p. 3", quote: "q3"}
              - [Premise]

            [Premise]
              - [Doubt]: A doubt. {kind: claim}
            """;

    @Autowired
    Workspace workspace;

    private String freshMap() throws MapFileException {
        return workspace.importArgdown("whole.argdown", MAP).mapId();
    }

    /** The map as stored and as the live session has it must be the same map. */
    private void assertSessionMatchesStore(String mapId) {
        ArgumentMap stored = workspace.load(mapId);
        ArgumentMap live = workspace.session(mapId).map();
        assertThat(live.claims()).containsExactlyInAnyOrderElementsOf(stored.claims());
        assertThat(live.arguments()).containsExactlyInAnyOrderElementsOf(stored.arguments());
        assertThat(live.supports()).containsExactlyInAnyOrderElementsOf(stored.supports());
        assertThat(live.attacks()).containsExactlyInAnyOrderElementsOf(stored.attacks());
        assertThat(live.oppositions()).containsExactlyInAnyOrderElementsOf(stored.oppositions());
    }

    @Test
    void deleting_a_claim_and_undoing_it_gives_back_its_arguments_oppositions_attacks_and_undercuts() throws Exception {
        String mapId = freshMap();
        workspace.addOpposition(mapId, new Opposition("premise", "rival", Opposition.Type.CONTRARY));
        Support premiseSupport = workspace.load(mapId).supports().stream().filter(s -> s.from().equals("premise")).findFirst().orElseThrow();
        workspace.addAttack(mapId, Attack.onSupport("doubt", premiseSupport));
        ArgumentMap before = workspace.load(mapId);
        Label thesisBefore = workspace.analysis(mapId).label("thesis");

        List<Change> undo = workspace.apply(mapId, new Change.RemoveClaim("premise", workspace.claimVersion(mapId, "premise")));
        ArgumentMap deleted = workspace.load(mapId);
        assertThat(deleted.hasClaim("premise")).isFalse();
        assertThat(deleted.arguments()).isEmpty();
        assertThat(deleted.oppositions()).isEmpty();
        // the other premise still supports the thesis, now as a drawn support
        assertThat(deleted.supports()).containsExactly(new Support("other-premise", "thesis"));
        assertSessionMatchesStore(mapId);

        workspace.apply(mapId, undo, null);

        ArgumentMap restored = workspace.load(mapId);
        assertThat(restored.claims()).containsExactlyInAnyOrderElementsOf(before.claims());
        assertThat(restored.arguments()).containsExactlyInAnyOrderElementsOf(before.arguments());
        assertThat(restored.supports()).containsExactlyInAnyOrderElementsOf(before.supports());
        assertThat(restored.attacks()).containsExactlyInAnyOrderElementsOf(before.attacks());
        assertThat(restored.oppositions()).containsExactlyInAnyOrderElementsOf(before.oppositions());
        assertSessionMatchesStore(mapId);
        assertThat(workspace.analysis(mapId).label("thesis")).isEqualTo(thesisBefore);
    }

    @Test
    void a_restore_that_cannot_be_whole_saves_nothing() throws Exception {
        String mapId = freshMap();
        List<Change> undo = workspace.apply(mapId, new Change.RemoveClaim("premise", workspace.claimVersion(mapId, "premise")));
        // meanwhile someone deletes a claim the deleted one was related to
        workspace.removeClaim(mapId, "rival", workspace.claimVersion(mapId, "rival"));
        ArgumentMap before = workspace.load(mapId);

        assertThatThrownBy(() -> workspace.apply(mapId, undo, null))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.DELETED);
                    assertThat(e.claimId()).isEqualTo("rival");
                });

        assertThat(workspace.load(mapId).claims()).containsExactlyInAnyOrderElementsOf(before.claims());
        assertThat(workspace.load(mapId).supports()).containsExactlyInAnyOrderElementsOf(before.supports());
        assertSessionMatchesStore(mapId);
    }

    @Test
    void one_action_of_several_changes_is_saved_whole_or_not_at_all() throws Exception {
        String mapId = freshMap();
        ArgumentMap before = workspace.load(mapId);

        // the second change names a claim that is not there: the first must not be saved either
        assertThatThrownBy(() -> workspace.apply(mapId, List.of(new Change.RemoveAttack("premise -> rival"),
                new Change.AddSupport(new Support("rival", "nowhere"))), null))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(workspace.load(mapId).attacks()).containsExactlyInAnyOrderElementsOf(before.attacks());
        assertSessionMatchesStore(mapId);
    }

    @Test
    void changing_a_relation_type_is_one_step_and_one_undo() throws Exception {
        String mapId = freshMap();
        List<Change> undo = workspace.apply(mapId, List.of(new Change.RemoveAttack("premise -> rival"),
                new Change.AddSupport(new Support("premise", "rival"))), null);
        assertThat(workspace.load(mapId).attacks()).extracting(Attack::id).doesNotContain("premise -> rival");
        assertThat(workspace.load(mapId).support("premise +> rival")).isPresent();

        workspace.apply(mapId, undo, null);
        assertThat(workspace.load(mapId).attacks()).extracting(Attack::id).contains("premise -> rival");
        assertThat(workspace.load(mapId).support("premise +> rival")).isEmpty();
        assertSessionMatchesStore(mapId);
    }

    @Test
    void an_edit_checked_against_the_version_the_form_was_filled_from_never_reverts_someone_elses_text() throws Exception {
        String mapId = freshMap();
        long seen = workspace.state(mapId).version("thesis"); // a page shows the thesis at this version
        Claim thesis = workspace.state(mapId).analysis().map().claim("thesis").orElseThrow();
        workspace.putClaim(mapId, thesis.withText("Their wording."), workspace.claimVersion(mapId, "thesis"));

        // the stale page saves a change of tags only, with its copy of the text
        assertThatThrownBy(() -> workspace.putClaim(mapId, thesis.withTags(List.of("mine")), seen))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.CHANGED));
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("Their wording.");
    }

    @Test
    void other_viewers_hear_of_an_edit_after_it_is_committed_and_the_editor_is_not_told_again() throws Exception {
        String mapId = freshMap();
        List<MapEvent> editorHeard = new ArrayList<>();
        List<String> otherSaw = new ArrayList<>();
        MapEvents.Viewer editor = workspace.join(mapId, "Ayu", editorHeard::add);
        try (MapEvents.Viewer other = workspace.join(mapId, "Budi", news -> {
            // what the other page reads when told must already be the committed edit
            if (news.kind() == MapEvent.Kind.EDITED) otherSaw.add(workspace.state(mapId).analysis().map().claim("thesis").orElseThrow().text());
        })) {
            assertThat(workspace.viewers(mapId)).containsExactlyInAnyOrder("Ayu", "Budi");
            Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();

            workspace.apply(mapId, List.of(new Change.PutClaim(thesis.withText("Edited."), workspace.claimVersion(mapId, "thesis"))), editor);

            assertThat(otherSaw).containsExactly("Edited.");
            assertThat(editorHeard).noneMatch(e -> e.kind() == MapEvent.Kind.EDITED);
        }
        assertThat(editorHeard).anyMatch(e -> e.kind() == MapEvent.Kind.VIEWERS); // Budi left
        assertThat(workspace.viewers(mapId)).containsExactly("Ayu");
        editor.close();
        assertThat(workspace.viewers(mapId)).isEmpty();
    }

    /** Issue 24: the editor's page is answered first; the others hear of the edit once that answer is out. */
    @Test
    void while_the_editor_is_answered_the_other_viewers_are_told_nothing_and_after_it_once() throws Exception {
        String mapId = freshMap();
        List<MapEvent> otherHeard = new ArrayList<>();
        try (MapEvents.Viewer editor = workspace.join(mapId, "Ayu", news -> {});
                MapEvents.Viewer other = workspace.join(mapId, "Budi", otherHeard::add)) {
            Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
            AfterReply.Held reply = AfterReply.hold();
            try {
                workspace.apply(mapId, List.of(new Change.PutClaim(thesis.withText("Edited."), workspace.claimVersion(mapId, "thesis"))), editor);
                // the edit is committed and the editor's page may read it ...
                assertThat(workspace.state(mapId).analysis().map().claim("thesis").orElseThrow().text()).isEqualTo("Edited.");
                // ... but the other page is not told before the editor's answer is written
                assertThat(otherHeard).noneMatch(e -> e.kind() == MapEvent.Kind.EDITED);
            } finally {
                reply.close();
            }
            assertThat(otherHeard).filteredOn(e -> e.kind() == MapEvent.Kind.EDITED).hasSize(1);
        }
    }

    @Test
    void a_map_deleted_is_announced_to_its_viewers() throws Exception {
        String mapId = freshMap();
        List<MapEvent> heard = new ArrayList<>();
        try (MapEvents.Viewer viewer = workspace.join(mapId, "Ayu", heard::add)) {
            workspace.delete(mapId);
            assertThat(heard).extracting(MapEvent::kind).contains(MapEvent.Kind.DELETED);
        }
    }

    @Test
    void the_title_and_description_are_one_undoable_edit_and_an_over_long_title_is_refused_by_name() throws Exception {
        String mapId = freshMap();
        List<Change> undo = workspace.apply(mapId, new Change.DescribeMap("Renamed", "What it is about."));
        assertThat(workspace.load(mapId).title()).isEqualTo("Renamed");
        assertThat(workspace.load(mapId).description()).isEqualTo("What it is about.");
        assertThat(workspace.list("Renamed")).extracting(MapSummary::id).contains(mapId);

        workspace.apply(mapId, undo, null);
        assertThat(workspace.load(mapId).title()).isEqualTo("Whole edits");
        assertThat(workspace.load(mapId).description()).isNull();

        assertThatThrownBy(() -> workspace.apply(mapId, new Change.DescribeMap("x".repeat(1001), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title").hasMessageContaining("1000");
        assertThat(workspace.load(mapId).title()).isEqualTo("Whole edits");
    }
}
