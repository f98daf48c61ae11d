package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Map;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.Translations;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Change;
import org.dialectica.workspace.MapHistory;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 8, the history in the map view: the map's history and a claim's, worded in the reader's
 * language; a claim put back from its history; the map as it was after an earlier edit, read only.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MapHistoryViewTest extends SpringBrowserlessTest {
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);

    @Autowired
    Workspace workspace;
    @Autowired
    MapHistory history;

    /** A small map of the admin's that Ayu may edit and Budi may only see. */
    private String sharedMap() throws Exception {
        String mapId = workspace.importArgdown("history-view.argdown", """
                [Thesis]: The thesis. {kind: thesis, paper: "p.txt", locator: "p. 1", quote: "q"}
                  + [Evidence]: The evidence. {kind: evidence, paper: "p.txt", locator: "p. 2", quote: "q2"}

                [Objection]: An objection. {kind: evidence, paper: "p.txt", locator: "p. 3", quote: "q3"}
                """).mapId();
        workspace.share(mapId, Visibility.PRIVATE, null, Map.of("ayu", true, "budi", false));
        return mapId;
    }

    private static List<String> entries(HistoryDialog dialog) {
        return dialog.entries.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static List<String> restoreButtons(HistoryDialog dialog) {
        return dialog.entries.getChildren().flatMap(row -> row.getChildren()).filter(c -> c instanceof Button)
                .map(c -> c.getId().orElse("")).filter(id -> id.startsWith("restore-")).toList();
    }

    private HistoryDialog newestDialog() {
        return $(HistoryDialog.class).all().getLast();
    }

    @AfterEach
    void backToEnglish() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @Test
    void the_history_panel_lists_every_edit_newest_first_with_its_author_and_what_it_did() throws Exception {
        String mapId = sharedMap();
        MapView view = navigate(MapView.class, mapId);
        view.apply("attack", new Change.AddAttack(Attack.onClaim("objection", "thesis")));
        CurrentPerson.as(AYU, () -> workspace.addSupport(mapId, new Support("evidence", "objection")));

        test(view.showHistory).click();

        List<String> entries = entries(newestDialog());
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).contains("Ayu added a support from «Evidence» to «Objection»");
        assertThat(entries.get(1)).contains("admin added an attack from «Objection» to «Thesis»");
        assertThat(entries.get(2)).contains("admin imported the map from «history-view.argdown»");
        long newest = history.of(mapId).getFirst().id();
        assertThat($(Anchor.class).id("at-" + newest).getHref()).isEqualTo("map/" + mapId + "/at/" + newest);
    }

    @Test
    void in_indonesian_the_history_says_what_happened_in_indonesian() throws Exception {
        String mapId = sharedMap();
        CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onClaim("objection", "thesis")));
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        MapView view = navigate(MapView.class, mapId);

        test(view.showHistory).click();

        assertThat(entries(newestDialog()).getFirst()).contains("Ayu menambahkan serangan dari «Objection» ke «Thesis»");
    }

    @Test
    void a_claim_is_put_back_from_its_history_and_the_restore_is_in_the_history_and_undone_like_any_edit() throws Exception {
        String mapId = sharedMap();
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        workspace.putClaim(mapId, thesis.withText("My wording."), workspace.claimVersion(mapId, "thesis"));
        CurrentPerson.as(AYU, () -> workspace.putClaim(mapId, thesis.withText("Ayu's wording."), workspace.claimVersion(mapId, "thesis")));
        List<MapHistory.ClaimVersion> versions = history.ofClaim(mapId, "thesis");
        MapView view = navigate(MapView.class, mapId);
        view.select("thesis");

        test($(Button.class).id("claim-history")).click();
        HistoryDialog dialog = newestDialog();
        assertThat(entries(dialog)).hasSize(2);
        assertThat(entries(dialog).getFirst()).contains("Ayu edited the claim «Thesis»");
        // the version it has now cannot be put back; the earlier one can
        assertThat(restoreButtons(dialog)).containsExactly("restore-" + versions.get(1).edit().id());
        test($(Button.class).id("restore-" + versions.get(1).edit().id())).click();

        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("My wording.");
        assertThat(view.details.getElement().getTextRecursively()).contains("My wording.");
        assertThat(test($(Notification.class).id("history-restored")).getText())
                .startsWith("«Thesis» is back as it was on ");
        test(view.showHistory).click();
        assertThat(entries(newestDialog()).getFirst()).contains("admin restored the claim «Thesis» to its version of");

        view.undo();
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("Ayu's wording.");
    }

    @Test
    void someone_who_may_only_see_the_map_gets_its_history_without_restore_buttons() throws Exception {
        String mapId = sharedMap();
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        workspace.putClaim(mapId, thesis.withText("First."), workspace.claimVersion(mapId, "thesis"));
        workspace.putClaim(mapId, thesis.withText("Second."), workspace.claimVersion(mapId, "thesis"));

        CurrentPerson.as(BUDI, () -> {
            MapView view = navigate(MapView.class, mapId);
            view.select("thesis");
            test($(Button.class).id("claim-history")).click();
            HistoryDialog dialog = newestDialog();
            assertThat(entries(dialog)).hasSize(2);
            assertThat(restoreButtons(dialog)).isEmpty();
        });
    }

    @Test
    void the_map_after_an_earlier_edit_is_drawn_read_only_with_the_labels_it_had_then() throws Exception {
        String mapId = sharedMap();
        long imported = history.of(mapId).getFirst().id();
        workspace.addAttack(mapId, Attack.onClaim("objection", "thesis"));
        workspace.removeClaim(mapId, "evidence", workspace.claimVersion(mapId, "evidence"));

        MapAtView then = navigate("map/" + mapId + "/at/" + imported, MapAtView.class);

        assertThat(then.canvas.getNodes()).extracting(CanvasNode::id).containsExactlyInAnyOrder("thesis", "evidence", "objection");
        assertThat(then.canvas.getNodes()).filteredOn(n -> n.id().equals("thesis")).extracting(CanvasNode::status).containsExactly("IN");
        assertThat(then.canvas.getEdges()).extracting(CanvasEdge::id).doesNotContain("objection -> thesis");
        assertThat(then.title.getText()).contains("» as it was on ");
        assertThat(then.after.getText()).contains("admin imported the map from «history-view.argdown»");
        assertThat(then.export.getHref()).isNotBlank();
        // the map itself is as it is now
        assertThat(workspace.load(mapId).hasClaim("evidence")).isFalse();
    }

    @Test
    void the_map_at_an_earlier_point_is_not_shown_to_someone_it_is_not_shared_with() throws Exception {
        String mapId = sharedMap();
        long imported = history.of(mapId).getFirst().id();

        CurrentPerson.as(new Person("teacher", "Sari", Role.TEACHER), () -> {
            MapAtView then = navigate("map/" + mapId + "/at/" + imported, MapAtView.class);
            assertThat(then.notFound.isVisible()).isTrue();
            assertThat(then.notFound.getText()).contains("not shared with you");
            assertThat(then.canvas.getNodes()).isEmpty();
        });
    }

    @Test
    void a_point_that_is_not_in_the_maps_history_says_so() throws Exception {
        String mapId = sharedMap();

        MapAtView then = navigate("map/" + mapId + "/at/999999999", MapAtView.class);

        assertThat(then.notFound.isVisible()).isTrue();
        assertThat(then.notFound.getText()).contains(mapId);
    }
}
