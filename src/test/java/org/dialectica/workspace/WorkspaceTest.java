package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Label;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The stored maps and their live sessions, on a real (in-memory) H2 with the Flyway schema. */
@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class WorkspaceTest {
    private static final String SMALL = """
            ===
            title: Small map
            ===
            [Thesis]: The thesis. {kind: thesis, paper: "p.txt", locator: "p. 1", quote: "q"}
              + [Evidence]: Some evidence. {kind: evidence, paper: "p.txt", locator: "p. 2", quote: "q2"}
            """;

    @Autowired
    Workspace workspace;

    private String importSmall() throws MapFileException {
        return workspace.importArgdown("small.argdown", SMALL).mapId();
    }

    @Test
    void the_sample_maps_are_imported_on_the_first_start_with_every_claim() throws Exception {
        for (Path file : Files.list(Path.of("arguments")).filter(p -> p.toString().endsWith(".argdown")).toList()) {
            ArgumentMap read = new ArgdownReader().read(file).map();
            ArgumentMap stored = workspace.load(read.id());
            assertThat(stored.claims()).as(read.id()).containsExactlyInAnyOrderElementsOf(read.claims());
            assertThat(stored.supports()).as(read.id()).containsExactlyInAnyOrderElementsOf(read.supports());
            assertThat(stored.attacks()).as(read.id()).containsExactlyInAnyOrderElementsOf(read.attacks());
        }
    }

    /** The layout is kept between changes (every page of a map reads it after each): each move and edit shows at once. */
    @Test
    void a_maps_state_shows_each_move_and_edit_the_moment_it_is_made() throws Exception {
        String mapId = importSmall();
        MapState first = workspace.state(mapId);
        assertThat(workspace.state(mapId).versions()).isEqualTo(first.versions());
        workspace.moveClaim(mapId, "thesis", 10, 20, null);
        assertThat(workspace.state(mapId).positions().get("thesis")).containsExactly(10, 20);
        workspace.moveClaims(mapId, Map.of("thesis", new double[] {30, 40}, "evidence", new double[] {50, 60}), null);
        assertThat(workspace.state(mapId).positions().get("evidence")).containsExactly(50, 60);
        long version = first.versions().get("thesis");
        workspace.putClaim(mapId, workspace.load(mapId).claim("thesis").orElseThrow().withText("Reworded."), version);
        assertThat(workspace.state(mapId).versions().get("thesis")).isGreaterThan(version);
        assertThat(workspace.state(mapId).positions().get("thesis")).containsExactly(30, 40);
        workspace.delete(mapId);
    }

    @Test
    void an_export_imports_back_to_the_same_map() throws Exception {
        String exported = workspace.exportArgdown("who-gained-from-the-2020-war");
        String copy = workspace.importArgdown("copy.argdown", exported).mapId();

        ArgumentMap original = workspace.load("who-gained-from-the-2020-war");
        ArgumentMap imported = workspace.load(copy);
        assertThat(copy).isNotEqualTo("who-gained-from-the-2020-war");
        assertThat(imported.claims()).containsExactlyInAnyOrderElementsOf(original.claims());
        assertThat(imported.supports()).containsExactlyInAnyOrderElementsOf(original.supports());
        assertThat(imported.attacks()).containsExactlyInAnyOrderElementsOf(original.attacks());
    }

    @Test
    void a_malformed_import_saves_nothing_and_names_the_line_and_column() {
        int before = workspace.list("").size();

        assertThatThrownBy(() -> workspace.importArgdown("broken.argdown", "[A]: fine\n\n[B]: bad {kind: hypothesis}\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.argdown");
                    assertThat(e.line()).isEqualTo(3);
                });
        assertThat(workspace.list("")).hasSize(before);
    }

    @Test
    void an_oversized_import_is_refused_before_it_is_read() {
        String huge = "[A]: " + "x".repeat(MapStore.MAX_IMPORT_BYTES + 1);

        assertThatThrownBy(() -> workspace.importArgdown("huge.argdown", huge))
                .isInstanceOf(MapFileException.class).hasMessageContaining("huge.argdown:1:1").hasMessageContaining("larger than");
    }

    @Test
    void the_second_of_two_editors_of_one_claim_is_refused_and_the_first_edit_is_kept() throws Exception {
        String mapId = importSmall();
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        long opened = workspace.claimVersion(mapId, "thesis"); // both editors open the claim here

        workspace.putClaim(mapId, thesis.withText("First editor's text."), opened);

        assertThatThrownBy(() -> workspace.putClaim(mapId, thesis.withText("Second editor's text."), opened))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Thesis").hasMessageContaining("changed by someone else");
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("First editor's text.");
        assertThat(workspace.analysis(mapId).map().claim("thesis").orElseThrow().text()).isEqualTo("First editor's text.");
    }

    @Test
    void an_edit_is_saved_and_re_evaluated_in_the_live_session() throws Exception {
        String mapId = importSmall();
        assertThat(workspace.analysis(mapId).label("thesis")).isEqualTo(Label.IN);
        // sourced evidence: it stands on its own, so its attack defeats the thesis
        workspace.putClaim(mapId, new Claim("objection", null, "An objection.", null, null, org.dialectica.map.ClaimKind.EVIDENCE,
                null, null, new org.dialectica.map.Source("p.txt", "p. 3", "q3"), null, null), null);

        workspace.addAttack(mapId, Attack.onClaim("objection", "thesis"));

        assertThat(workspace.analysis(mapId).label("thesis")).isEqualTo(Label.OUT);
        assertThat(workspace.load(mapId).attacks()).contains(Attack.onClaim("objection", "thesis"));
    }

    @Test
    void a_relation_to_an_unknown_claim_is_refused_by_name_and_changes_nothing() throws Exception {
        String mapId = importSmall();

        // a claim a relation names and the map lacks: to a user, one someone else has just deleted
        assertThatThrownBy(() -> workspace.addSupport(mapId, new Support("evidence", "nowhere")))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.claimId()).isEqualTo("nowhere"));
        assertThat(workspace.load(mapId).supports()).hasSize(1);
        assertThat(workspace.analysis(mapId).map().supports()).hasSize(1);
    }

    @Test
    void removing_a_claim_removes_its_relations_in_the_database_and_the_session() throws Exception {
        String mapId = importSmall();

        workspace.removeClaim(mapId, "evidence", workspace.claimVersion(mapId, "evidence"));

        assertThat(workspace.load(mapId).claims()).extracting(Claim::id).containsExactly("thesis");
        assertThat(workspace.load(mapId).supports()).isEmpty();
        assertThat(workspace.analysis(mapId).map().supports()).isEmpty();
    }

    @Test
    void an_unknown_map_is_reported_by_its_id() {
        assertThatThrownBy(() -> workspace.analysis("no-such-map")).isInstanceOf(UnknownMapException.class)
                .hasMessageContaining("'no-such-map'");
    }

    @Test
    void maps_are_created_found_by_search_and_deleted() {
        String id = workspace.create("Seminar: who won in 2020?", "moderated debate");

        assertThat(workspace.list("seminar")).extracting(MapSummary::id).containsExactly(id);
        workspace.delete(id);
        assertThat(workspace.list("seminar")).isEmpty();
        assertThatThrownBy(() -> workspace.load(id)).isInstanceOf(UnknownMapException.class);
    }

    @Test
    void moving_a_claim_keeps_its_position_and_does_not_count_as_an_edit() throws Exception {
        String mapId = importSmall();
        long version = workspace.claimVersion(mapId, "thesis");

        workspace.moveClaim(mapId, "thesis", 120.5, -40, null);

        assertThat(workspace.positions(mapId).get("thesis")).containsExactly(120.5, -40.0);
        assertThat(workspace.claimVersion(mapId, "thesis")).isEqualTo(version);
    }

    @Test
    void a_finished_layout_saves_every_place_at_once_without_touching_versions() throws Exception {
        String mapId = importSmall();
        long version = workspace.claimVersion(mapId, "evidence");

        workspace.moveClaims(mapId, java.util.Map.of("thesis", new double[] {0, 0}, "evidence", new double[] {10.5, 110}), null);

        assertThat(workspace.positions(mapId).get("thesis")).containsExactly(0.0, 0.0);
        assertThat(workspace.positions(mapId).get("evidence")).containsExactly(10.5, 110.0);
        assertThat(workspace.claimVersion(mapId, "evidence")).isEqualTo(version);
    }

    @Test
    void weights_and_rulings_are_stored_and_decide_the_live_labels() throws Exception {
        String mapId = workspace.importArgdown("ruled.argdown", """
                [A]: Claim A. {id: a, kind: evidence, paper: "p.txt", quote: "qa", weight: 0.9, preferred-over: [b]}
                  >< [B]: Claim B. {id: b, kind: evidence, paper: "p.txt", quote: "qb"}
                """).mapId();

        Claim a = workspace.load(mapId).claim("a").orElseThrow();
        assertThat(a.weight()).isEqualTo(0.9);
        assertThat(a.preferredOver()).containsExactly("b");
        assertThat(workspace.analysis(mapId).label("a")).isEqualTo(Label.IN);
        assertThat(workspace.analysis(mapId).label("b")).isEqualTo(Label.OUT);
    }

    /** Issue 7: a self-referring YAML alias used to end the import in a StackOverflowError. */
    @Test
    void an_import_with_a_self_referring_yaml_alias_is_refused_with_its_place_and_saves_nothing() {
        long maps = workspace.list("").size();

        assertThatThrownBy(() -> workspace.importArgdown("alias.argdown", "[A]: Claim A. {from: &x [*x]}\n"))
                .isInstanceOf(MapFileException.class).hasMessageContaining("alias.argdown:1:");
        assertThat(workspace.list("")).hasSize((int) maps);
    }

    /** Issue 7: an over-long field ended as a database error. */
    @Test
    void an_over_long_field_is_refused_by_name_and_nothing_is_saved() throws Exception {
        String mapId = importSmall();
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();

        assertThatThrownBy(() -> workspace.putClaim(mapId, thesis.withText("x".repeat(20_001)), workspace.claimVersion(mapId, "thesis")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("claim «Thesis» ('thesis'): its text is 20,001 characters long;"
                        + " at most 20,000 can be stored");
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo(thesis.text());
        assertThatThrownBy(() -> workspace.importArgdown("long.argdown", "[" + "T".repeat(1_001) + "]: A claim. {id: t}\n"))
                .isInstanceOf(MapFileException.class).hasMessage("long.argdown:1:2: claim «" + "T".repeat(57) + "…» ('t'):"
                        + " its title is 1,001 characters long; at most 1,000 can be stored");
        assertThatThrownBy(() -> workspace.importArgdown("long.argdown", "[" + "T".repeat(400) + "]: A claim.\n"))
                .hasMessageContaining("('" + "t".repeat(57) + "…'): its id is 400 characters long");
    }

    /** Issue 23: NUL, BEL and a right-to-left override were stored in titles as typed. */
    @Test
    void a_typed_invisible_control_character_is_refused_with_its_place_and_nothing_is_saved() throws Exception {
        String mapId = importSmall();
        Claim thesis = workspace.load(mapId).claim("thesis").orElseThrow();
        for (String bad : new String[] {"Nul\u0000", "Bell\u0007", "\u202Eright to left"}) {
            Claim typed = new Claim(thesis.id(), bad, thesis.text(), null, null, thesis.kind(), null, null, thesis.source(), null, null);
            assertThatThrownBy(() -> workspace.putClaim(mapId, typed, workspace.claimVersion(mapId, "thesis")))
                    .isInstanceOf(org.dialectica.map.TypedText.ForbiddenCharacterException.class)
                    .hasMessageContaining("The title contains the invisible control character U+");
            assertThatThrownBy(() -> workspace.putClaim(mapId, thesis.withText(bad), workspace.claimVersion(mapId, "thesis")))
                    .hasMessageContaining("The text contains");
        }
        assertThat(workspace.load(mapId).claim("thesis").orElseThrow()).isEqualTo(thesis);
        assertThatThrownBy(() -> workspace.create("A \u0000 map", null)).hasMessageContaining("U+0000 (null) at character 3");
    }
}
