package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.workspace.Change;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class MapViewTest extends SpringBrowserlessTest {
    @Autowired
    Workspace workspace;
    @Autowired
    org.dialectica.workspace.MapHistory history;

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

    /** The strength comes with what it means, in a line: the thesis on its evidence is above its start. */
    @Test
    void a_selected_claim_shows_its_strength_with_what_it_means() throws Exception {
        MapView view = navigate(MapView.class, freshMap());
        view.select("thesis");

        // DF-QuAD's check value: evidence (0.5) supporting the thesis gives 0.5 + 0.5 · 0.5
        assertThat(view.details.getElement().getTextRecursively()).contains("IN (stands) · 0.75",
                "Strength 0.75 of 1: above its starting 0.50, because the support it gets from claims with standing grounds weighs"
                        + " more than the attacks on it.");
        view.select("objection");
        assertThat(view.details.getElement().getTextRecursively()).contains("Strength 0.50 of 1: its starting score");
    }

    @Test
    void an_attack_drawn_in_the_view_relabels_and_undo_and_redo_follow() throws Exception {
        MapView view = navigate(MapView.class, freshMap());
        assertThat(status(view, "thesis")).isEqualTo("IN");

        view.apply("attack", new Change.AddAttack(Attack.onClaim("objection", "thesis")));
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
        view.apply("edit", new Change.PutClaim(thesis.withText("My wording."), workspace.claimVersion(mapId, "thesis")));

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
        view.apply("attack", new Change.AddAttack(Attack.onClaim("objection", "thesis")));

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

    /** Issue 18: a title another claim has is asked about before saving; once confirmed, the claim is saved with it. */
    @Test
    void a_new_claim_with_the_title_of_another_asks_before_saving() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        int claims = workspace.load(mapId).claims().size();

        test(view.addClaim).click();
        ClaimForm form = $(ClaimForm.class).single();
        form.title.setValue(" thesis ");
        form.text.setValue("Another claim, the same words.");
        test(form.save).click();
        assertThat(form.duplicateTitle.isOpened()).isTrue();
        assertThat(form.duplicateTitle.getElement().getProperty("message"))
                .isEqualTo("A claim titled «thesis» already exists: save anyway?");
        assertThat(workspace.load(mapId).claims()).hasSize(claims);

        com.vaadin.flow.component.ComponentUtil.fireEvent(form.duplicateTitle,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(form.duplicateTitle, false));
        assertThat(form.isOpened()).isFalse();
        assertThat(workspace.load(mapId).claims()).hasSize(claims + 1);

        // editing the other fields of a claim that shares a title is not asked about again
        Claim twin = workspace.load(mapId).claims().stream().filter(c -> c.text().startsWith("Another claim")).findFirst().orElseThrow();
        view.select(twin.id());
        test($(com.vaadin.flow.component.button.Button.class).id("edit-claim")).click();
        ClaimForm edit = $(ClaimForm.class).last();
        edit.text.setValue("Changed words.");
        test(edit.save).click();
        assertThat(edit.duplicateTitle).isNull();
        assertThat(workspace.load(mapId).claim(twin.id()).orElseThrow().text()).isEqualTo("Changed words.");
    }

    /** Issue 7: an edit on a map someone else deleted failed silently. */
    @Test
    void an_edit_on_a_map_deleted_meanwhile_says_so_and_saves_nothing() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        workspace.delete(mapId);

        view.apply("attack", new Change.AddAttack(Attack.onClaim("objection", "thesis")));

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).contains("has been deleted by someone else");
        assertThat(workspace.list("")).noneMatch(m -> m.id().equals(mapId));
    }

    /**
     * Issue 18 (before: issue 7's refusal invited a second Save that put back the old text): a save
     * on a stale form merges. Fields only the other person changed keep their values silently.
     */
    @Test
    void a_stale_edit_keeps_the_other_persons_text_and_saves_its_own_tags() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        view.select("thesis");
        test($(com.vaadin.flow.component.button.Button.class).id("edit-claim")).click();
        ClaimForm form = $(ClaimForm.class).single();
        form.tags.setValue("mine");
        // while the form is open someone else saves a new text
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        workspace.putClaim(mapId, thesis.withText("Their wording."), workspace.claimVersion(mapId, "thesis"));
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        Claim stored = workspace.load(mapId).claim("thesis").orElseThrow();
        assertThat(stored.text()).isEqualTo("Their wording.");
        assertThat(stored.tags()).containsExactly("mine");
    }

    /** Issue 18: only fields both changed are a conflict, shown side by side with a choice each. */
    @Test
    void a_field_both_changed_is_shown_side_by_side_and_saved_as_chosen() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        view.select("thesis");
        test($(com.vaadin.flow.component.button.Button.class).id("edit-claim")).click();
        ClaimForm form = $(ClaimForm.class).single();
        form.text.setValue("My wording.");
        form.tags.setValue("mine");
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        workspace.putClaim(mapId, thesis.withText("Their wording."), workspace.claimVersion(mapId, "thesis"));
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("Their wording.");
        assertThat(form.choices).containsOnlyKeys(org.dialectica.workspace.ClaimField.TEXT);
        assertThat(form.conflicts.isVisible()).isTrue();
        test(form.save).click(); // no choice made yet: nothing saved
        assertThat(form.refusal.getText()).contains("Choose");

        form.choices.get(org.dialectica.workspace.ClaimField.TEXT).setValue(true);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        Claim stored = workspace.load(mapId).claim("thesis").orElseThrow();
        assertThat(stored.text()).isEqualTo("My wording.");
        assertThat(stored.tags()).containsExactly("mine");
    }

    /** Issue 7: undo history was lost on reload; it now lives in the user's session. */
    @Test
    void undo_survives_a_reload() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        view.apply("attack", new Change.AddAttack(Attack.onClaim("objection", "thesis")));

        MapView reloaded = navigate(MapView.class, mapId);
        assertThat(reloaded.undoButton.isEnabled()).isTrue();
        reloaded.undo();
        assertThat(status(reloaded, "thesis")).isEqualTo("IN");
    }

    private static final org.dialectica.people.Person BUDI = new org.dialectica.people.Person("view-budi", "Budi",
            org.dialectica.people.Role.ADMIN);

    /** Issue 7: a relation to a claim someone else has just deleted is refused naming it by title, and (issue 18) who deleted it. */
    @Test
    void a_relation_to_a_claim_deleted_meanwhile_is_refused_by_title() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        org.dialectica.people.CurrentPerson.as(BUDI, () -> workspace.removeClaim(mapId, "objection", workspace.claimVersion(mapId, "objection")));

        test(view.addRelation).click();
        RelationForm form = $(RelationForm.class).single();
        form.from.setValue(form.from.getListDataView().getItems().filter(c -> c.id().equals("objection")).findFirst().orElseThrow());
        form.to.setValue(form.to.getListDataView().getItems().filter(c -> c.id().equals("thesis")).findFirst().orElseThrow());
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.error.getText()).isEqualTo("«Objection» was deleted by Budi; your change was not saved.");
    }

    /** Issue 18: a relation already on the map is refused by name from the form, and the history does not grow. */
    @Test
    void a_support_already_drawn_is_refused_in_the_form_and_not_recorded() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        int recorded = history.of(mapId).size();

        test(view.addRelation).click();
        RelationForm form = $(RelationForm.class).single();
        form.from.setValue(form.from.getListDataView().getItems().filter(c -> c.id().equals("evidence")).findFirst().orElseThrow());
        form.type.setValue(RelationForm.Type.SUPPORTS);
        form.to.setValue(form.to.getListDataView().getItems().filter(c -> c.id().equals("thesis")).findFirst().orElseThrow());
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.error.getText()).isEqualTo("«Evidence» already supports «Thesis»; nothing was changed.");
        assertThat(history.of(mapId)).hasSize(recorded);
        assertThat(view.undoButton.isEnabled()).as("nothing to undo").isFalse();
    }

    /** Issue 18: deleting a relation someone else has just removed says who did, and records nothing. */
    @Test
    void deleting_a_relation_someone_else_removed_says_who_and_records_nothing() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        view.select("evidence +> thesis");
        com.vaadin.flow.component.button.Button delete = $(com.vaadin.flow.component.button.Button.class).id("delete-relation");
        org.dialectica.people.CurrentPerson.as(BUDI, () -> workspace.removeSupport(mapId, "evidence +> thesis"));
        int recorded = history.of(mapId).size();

        test(delete).click();

        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).id("edit-error")).getText())
                .isEqualTo("The relation “«Evidence» supports «Thesis»” was already removed by Budi; nothing was changed.");
        assertThat(history.of(mapId)).hasSize(recorded);
        assertThat(view.undoButton.isEnabled()).isFalse();
    }

    /** Issue 7: undercuts, contraries and contradictories can be drawn from the form, and a type changed in one step. */
    @Test
    void an_undercut_and_a_contradiction_are_drawn_from_the_form_and_a_support_becomes_an_attack_in_one_step() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);

        test(view.addRelation).click();
        RelationForm form = $(RelationForm.class).single();
        form.from.setValue(form.from.getListDataView().getItems().filter(c -> c.id().equals("objection")).findFirst().orElseThrow());
        form.type.setValue(RelationForm.Type.UNDERCUTS);
        form.inference.setValue(form.inference.getListDataView().getItems().findFirst().orElseThrow());
        test(form.save).click();
        assertThat(workspace.load(mapId).attacks()).anyMatch(a -> a.onSupport() && a.from().equals("objection"));
        assertThat(status(view, "thesis")).isEqualTo("UNSUPPORTED");

        view.apply("contradiction", RelationForm.changes(RelationForm.Type.CONTRADICTORY, "objection", "evidence", null));
        assertThat(workspace.load(mapId).oppositions()).containsExactly(
                new org.dialectica.map.Opposition("objection", "evidence", org.dialectica.map.Opposition.Type.CONTRADICTORY));

        view.apply("retype", new Change.RemoveSupport("evidence +> thesis"), new Change.AddAttack(Attack.onClaim("evidence", "thesis")));
        assertThat(workspace.load(mapId).supports()).isEmpty();
        view.undo();
        assertThat(workspace.load(mapId).supports()).hasSize(1);
        assertThat(workspace.load(mapId).attacks()).anyMatch(a -> a.onSupport()); // the undercut came back with its support
    }

    @Test
    void the_map_title_is_edited_from_the_page() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);

        test(view.describeMap).click();
        MapForm form = $(MapForm.class).single();
        form.title.setValue("A better title");
        test(form.save).click();

        assertThat(view.title.getText()).isEqualTo("A better title");
        assertThat(workspace.load(mapId).title()).isEqualTo("A better title");
    }

    /** Issue 18: the map's title and description merge like a claim's fields. */
    @Test
    void a_stale_map_form_keeps_the_other_description_and_decides_a_title_both_changed() throws Exception {
        String mapId = freshMap();
        MapView view = navigate(MapView.class, mapId);
        test(view.describeMap).click();
        MapForm form = $(MapForm.class).single();
        var stored = workspace.load(mapId);
        workspace.describeMap(mapId, new org.dialectica.workspace.MapText(stored.title(), stored.description()),
                new org.dialectica.workspace.MapText("Their title", "Their description"), null);

        form.title.setValue("My title");
        test(form.save).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.choices).containsOnlyKeys("title");
        assertThat(form.description.getValue()).isEqualTo("Their description");
        form.choices.get("title").setValue(false);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(workspace.load(mapId).title()).isEqualTo("Their title");
        assertThat(workspace.load(mapId).description()).isEqualTo("Their description");
    }
}
