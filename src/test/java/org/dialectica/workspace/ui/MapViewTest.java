package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MapViewTest extends SpringBrowserlessTest {
    @Autowired
    Workspace workspace;

    private String freshMap() throws Exception {
        return workspace.importArgdown("view-test.argdown", """
                [Thesis]: The thesis. {kind: thesis, paper: "p.txt", locator: "p. 1", quote: "q"}
                  + [Evidence]: The evidence. {kind: evidence, paper: "p.txt", locator: "p. 2", quote: "q2"}

                [Objection]: An objection. {kind: evidence, paper: "p.txt", locator: "p. 3", quote: "q3"}
                """).mapId();
    }

    private static String status(MapView view, String id) {
        return view.canvas.getNodes().stream().filter(n -> n.id().equals(id)).findFirst().map(CanvasNode::status).orElse(null);
    }

    @Test
    void the_combined_map_is_drawn_with_labels_kinds_and_its_derived_conflicts() {
        MapView view = navigate(MapView.class, "who-gained-from-the-2020-war");

        assertThat(view.canvas.getNodes()).hasSize(workspace.load("who-gained-from-the-2020-war").claims().size());
        assertThat(view.canvas.getNodes()).allSatisfy(n -> assertThat(n.status()).isIn("IN", "OUT", "UNDEC", "UNSUPPORTED"));
        assertThat(view.canvas.getEdges()).filteredOn(e -> e.kind().equals("conflict"))
                .anySatisfy(e -> {
                    assertThat(e.source()).isEqualTo("p000-russia-hegemony-weakens");
                    assertThat(e.target()).isEqualTo("p004-russia-regional-position-stronger");
                    assertThat(e.derived()).isTrue();
                    assertThat(e.title()).contains("Claims with contrary descriptors conflict");
                });
        assertThat(view.findings.getListDataView().getItemCount()).isPositive();
    }

    @Test
    void an_attack_drawn_in_the_view_relabels_and_undo_and_redo_follow() throws Exception {
        MapView view = navigate(MapView.class, freshMap());
        assertThat(status(view, "thesis")).isEqualTo("IN");

        view.apply(new MapEdit.AttackAdded(Attack.onClaim("objection", "thesis")));
        assertThat(status(view, "thesis")).isEqualTo("OUT");
        assertThat(view.canvas.getEdges()).extracting(CanvasEdge::id).contains("objection -> thesis");

        view.undo();
        assertThat(status(view, "thesis")).isEqualTo("IN");

        view.redo();
        assertThat(status(view, "thesis")).isEqualTo("OUT");
    }

    @Test
    void a_claim_edited_by_someone_else_meanwhile_is_not_overwritten_by_undo() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        view.apply(new MapEdit.ClaimChanged(thesis, thesis.withText("My wording."), workspace.claimVersion(mapId, "thesis")));

        // another user edits the same claim after me
        workspace.putClaim(mapId, thesis.withText("Their wording."), workspace.claimVersion(mapId, "thesis"));
        view.undo();

        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("Their wording.");
        assertThat(view.redoButton.isEnabled()).isFalse();
    }

    @Test
    void an_unknown_map_id_says_so() {
        MapView view = navigate(MapView.class, "no-such-map");

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).contains("no-such-map");
    }

    @Test
    void filters_by_label_hide_the_other_claims() throws Exception {
        MapView view = navigate(MapView.class, freshMap());
        view.apply(new MapEdit.AttackAdded(Attack.onClaim("objection", "thesis")));

        view.labels.setValue(java.util.Set.of(org.dialectica.reasoning.Label.OUT));

        assertThat(view.canvas.getNodes()).extracting(CanvasNode::id).containsExactly("thesis");
    }

    /** Issue 7: Save did nothing (a NullPointerException) for a claim without a descriptor. */
    @Test
    void a_claim_with_only_the_required_fields_is_added_and_one_without_a_descriptor_can_be_edited() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);

        test(view.addClaim).click();
        ClaimForm form = $(ClaimForm.class).single();
        form.title.setValue("A new point");
        form.text.setValue("Something a participant says.");
        test(form.save).click();

        assertThat(workspace.load(mapId).claims()).extracting(Claim::displayTitle).contains("A new point");
        Claim added = workspace.load(mapId).claims().stream().filter(c -> c.displayTitle().equals("A new point")).findFirst().orElseThrow();
        assertThat(added.proposition()).isNull();
        assertThat(view.canvas.getNodes()).extracting(CanvasNode::id).contains(added.id());
    }

    /** Issue 7: an edit on a map someone else deleted failed silently. */
    @Test
    void an_edit_on_a_map_deleted_meanwhile_says_so_and_saves_nothing() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        workspace.delete(mapId);

        view.apply(new MapEdit.AttackAdded(Attack.onClaim("objection", "thesis")));

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).contains("has been deleted by someone else");
        assertThat(workspace.list("")).noneMatch(m -> m.id().equals(mapId));
    }
}
