package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.reasoning.Label;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 8, "history of every edit": every edit is recorded with its author, time and what it did
 * (claims named by title), in the edit's own transaction; a claim can be put back as an earlier
 * edit left it; and the map as it was after any edit is rebuilt from the recorded undo of the
 * later ones. On copies of the combined seed map, edited by the admin and by Ayu (a student the
 * copy is shared with as an editor); Budi sees it but may not edit it.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MapHistoryTest {
    private static final String SEED = "who-gained-from-the-2020-war";
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static final String RUSSIA_WEAKENS = "p000-russia-hegemony-weakens";
    private static final String RUSSIA_STRONGER = "p004-russia-regional-position-stronger";

    @Autowired
    Workspace workspace;
    @Autowired
    MapHistory history;

    /** A copy of the combined seed map: Ayu may edit it, Budi may only see it. */
    private String sharedCopy() {
        String mapId = workspace.copy(SEED, "History of the war map");
        workspace.share(mapId, Visibility.PRIVATE, null, Map.of("ayu", true, "budi", false));
        return mapId;
    }

    private String title(String mapId, String claimId) {
        return workspace.load(mapId).claim(claimId).orElseThrow().displayTitle();
    }

    private Claim claim(String mapId, String claimId) {
        return workspace.load(mapId).claim(claimId).orElseThrow();
    }

    private void edit(String mapId, String claimId, String text) {
        workspace.putClaim(mapId, claim(mapId, claimId).withText(text), workspace.claimVersion(mapId, claimId));
    }

    @Test
    void every_edit_is_recorded_with_its_author_its_time_and_the_claims_it_touched_by_title() {
        OffsetDateTime start = OffsetDateTime.now();
        String mapId = sharedCopy();
        String weakens = title(mapId, RUSSIA_WEAKENS), stronger = title(mapId, RUSSIA_STRONGER);

        edit(mapId, RUSSIA_WEAKENS, "Russia's hegemony in the South Caucasus weakens, says the admin.");
        CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onClaim(RUSSIA_STRONGER, RUSSIA_WEAKENS)));
        // a refused edit (stale version) is not in the history: the record shares the edit's transaction
        assertThatThrownBy(() -> workspace.putClaim(mapId, claim(mapId, RUSSIA_WEAKENS).withText("Stale."), 0L))
                .isInstanceOf(ConcurrentEditException.class);
        OffsetDateTime end = OffsetDateTime.now();

        List<MapEdit> edits = CurrentPerson.as(BUDI, () -> history.of(mapId));
        assertThat(edits).hasSize(3);
        assertThat(edits).extracting(MapEdit::authorLogin).containsExactly("ayu", "admin", "admin");
        assertThat(edits).extracting(MapEdit::authorName).containsExactly("Ayu", "admin", "admin");
        assertThat(edits).allSatisfy(e -> assertThat(e.at()).isBetween(start, end));
        assertThat(edits.get(0).at()).isAfterOrEqualTo(edits.get(1).at());
        assertThat(edits.get(0).steps()).containsExactly(new EditStep(EditStep.Kind.ATTACK_ADDED, List.of(stronger, weakens)));
        assertThat(edits.get(1).steps()).containsExactly(new EditStep(EditStep.Kind.CLAIM_CHANGED, List.of(weakens)));
        assertThat(edits.get(2).steps()).containsExactly(new EditStep(EditStep.Kind.MAP_COPIED,
                List.of(workspace.load(SEED).title())));

        // a claim's history: its own edits and those of the relations touching it
        assertThat(history.ofClaim(mapId, RUSSIA_WEAKENS)).extracting(v -> v.edit().id())
                .containsExactly(edits.get(0).id(), edits.get(1).id());
        assertThat(history.ofClaim(mapId, RUSSIA_STRONGER)).extracting(v -> v.edit().id()).containsExactly(edits.get(0).id());
    }

    @Test
    void a_deleted_claim_is_named_by_the_title_it_had_and_an_import_starts_the_history() throws Exception {
        String mapId = workspace.importArgdown("small.argdown", """
                [Thesis]: The thesis. {kind: thesis}
                  + [Reason]: A reason. {kind: evidence, paper: "p.txt", locator: "p. 1", quote: "q"}
                """).mapId();

        workspace.removeClaim(mapId, "reason", workspace.claimVersion(mapId, "reason"));

        assertThat(history.of(mapId)).extracting(MapEdit::steps).containsExactly(
                List.of(new EditStep(EditStep.Kind.CLAIM_DELETED, List.of("Reason"))),
                List.of(new EditStep(EditStep.Kind.MAP_IMPORTED, List.of("small.argdown"))));
    }

    @Test
    void restoring_a_claim_puts_its_earlier_text_back_live_and_is_itself_in_the_history() {
        String mapId = sharedCopy();
        edit(mapId, RUSSIA_WEAKENS, "First wording, by the admin.");
        CurrentPerson.as(AYU, () -> edit(mapId, RUSSIA_WEAKENS, "Second wording, by Ayu."));
        List<MapHistory.ClaimVersion> versions = history.ofClaim(mapId, RUSSIA_WEAKENS);
        assertThat(versions).extracting(v -> v.claim().text()).containsExactly("Second wording, by Ayu.", "First wording, by the admin.");
        MapEdit first = versions.get(1).edit();

        List<Change> undo = CurrentPerson.as(AYU, () -> history.restoreClaim(mapId, RUSSIA_WEAKENS, first.id(), null));

        assertThat(claim(mapId, RUSSIA_WEAKENS).text()).isEqualTo("First wording, by the admin.");
        assertThat(workspace.session(mapId).map().claim(RUSSIA_WEAKENS).orElseThrow().text()).isEqualTo("First wording, by the admin.");
        MapEdit restore = history.of(mapId).getFirst();
        assertThat(restore.authorName()).isEqualTo("Ayu");
        assertThat(restore.steps()).containsExactly(new EditStep(EditStep.Kind.CLAIM_REVERTED,
                List.of(title(mapId, RUSSIA_WEAKENS), first.at().toString())));
        assertThat(history.ofClaim(mapId, RUSSIA_WEAKENS).getFirst().edit().id()).isEqualTo(restore.id());

        // putting it back as it already is changes nothing and is not recorded
        int recorded = history.of(mapId).size();
        assertThatThrownBy(() -> history.restoreClaim(mapId, RUSSIA_WEAKENS, restore.id(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already as it was");
        assertThat(history.of(mapId)).hasSize(recorded);

        // the restore is an edit like any other: its undo brings Ayu's wording back
        CurrentPerson.as(AYU, () -> workspace.apply(mapId, undo, null));
        assertThat(claim(mapId, RUSSIA_WEAKENS).text()).isEqualTo("Second wording, by Ayu.");
    }

    @Test
    void a_claim_deleted_since_is_put_back_as_an_earlier_edit_left_it_without_its_relations() {
        String mapId = sharedCopy();
        edit(mapId, RUSSIA_WEAKENS, "The wording to come back.");
        long version = history.of(mapId).getFirst().id();
        workspace.removeClaim(mapId, RUSSIA_WEAKENS, workspace.claimVersion(mapId, RUSSIA_WEAKENS));
        assertThat(history.ofClaim(mapId, RUSSIA_WEAKENS).getFirst().claim()).isNull();

        history.restoreClaim(mapId, RUSSIA_WEAKENS, version, null);

        ArgumentMap now = workspace.load(mapId);
        assertThat(now.claim(RUSSIA_WEAKENS).orElseThrow().text()).isEqualTo("The wording to come back.");
        assertThat(now.supports()).noneMatch(s -> s.from().equals(RUSSIA_WEAKENS) || s.to().equals(RUSSIA_WEAKENS));
    }

    @Test
    void a_student_who_may_only_see_the_map_reads_its_history_but_cannot_restore_a_claim() {
        String mapId = sharedCopy();
        edit(mapId, RUSSIA_WEAKENS, "First wording.");
        edit(mapId, RUSSIA_WEAKENS, "Second wording.");
        long first = history.ofClaim(mapId, RUSSIA_WEAKENS).get(1).edit().id();

        assertThat(CurrentPerson.as(BUDI, () -> history.ofClaim(mapId, RUSSIA_WEAKENS))).hasSize(2);
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> history.restoreClaim(mapId, RUSSIA_WEAKENS, first, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(claim(mapId, RUSSIA_WEAKENS).text()).isEqualTo("Second wording.");
        // someone the map is not shared with does not see its history at all
        Person stranger = new Person("teacher", "Sari", Role.TEACHER);
        assertThatThrownBy(() -> CurrentPerson.as(stranger, () -> history.of(mapId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(stranger, () -> history.mapAt(mapId, first))).isInstanceOf(AccessDeniedException.class);
    }

    /** The map, its Argdown export and its labels right after one edit. */
    private record Then(long editId, ArgumentMap map, String argdown, Map<String, Label> labels) {}

    private Then then(String mapId) {
        return new Then(history.of(mapId).getFirst().id(), workspace.load(mapId), workspace.exportArgdown(mapId),
                workspace.analysis(mapId).labels());
    }

    /** The claim whose deletion takes the most with it: arguments, supports, attacks, oppositions. */
    private static String mostConnected(ArgumentMap map, String... besides) {
        return map.claims().stream().map(Claim::id).filter(id -> !List.of(besides).contains(id))
                .max(java.util.Comparator.comparingInt((String id) -> {
                    ArgumentMap.Removal r = map.removalOf(id).orElseThrow();
                    return 3 * r.arguments().size() + r.supports().size() + r.attacks().size() + r.oppositions().size();
                }).thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
    }

    private static ArgumentMap read(String argdown) throws Exception {
        return MapFiles.read("then.argdown", argdown).map();
    }

    private static void assertSameMap(ArgumentMap actual, ArgumentMap expected) {
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.claims()).containsExactlyInAnyOrderElementsOf(expected.claims());
        assertThat(actual.arguments()).containsExactlyInAnyOrderElementsOf(expected.arguments());
        assertThat(actual.supports()).containsExactlyInAnyOrderElementsOf(expected.supports());
        assertThat(actual.attacks()).containsExactlyInAnyOrderElementsOf(expected.attacks());
        assertThat(actual.oppositions()).containsExactlyInAnyOrderElementsOf(expected.oppositions());
    }

    @Test
    void the_map_after_any_earlier_edit_is_the_map_as_it_was_then_also_across_a_delete_and_its_undo() throws Exception {
        String mapId = sharedCopy();
        List<Then> states = new ArrayList<>();
        states.add(then(mapId));
        edit(mapId, RUSSIA_WEAKENS, "Changed by the admin.");
        states.add(then(mapId));
        CurrentPerson.as(AYU, () -> workspace.addAttack(mapId, Attack.onClaim(RUSSIA_STRONGER, RUSSIA_WEAKENS)));
        states.add(then(mapId));
        String hub = mostConnected(workspace.load(mapId), RUSSIA_WEAKENS, RUSSIA_STRONGER);
        assertThat(workspace.load(mapId).removalOf(hub).orElseThrow().supports()).isNotEmpty();
        List<Change> undoDelete = CurrentPerson.as(AYU, () -> workspace.apply(mapId,
                new Change.RemoveClaim(hub, workspace.claimVersion(mapId, hub))));
        states.add(then(mapId));
        CurrentPerson.as(AYU, () -> workspace.apply(mapId, undoDelete, null));
        states.add(then(mapId));
        workspace.addOpposition(mapId, new Opposition(RUSSIA_WEAKENS, RUSSIA_STRONGER, Opposition.Type.CONTRADICTORY));
        states.add(then(mapId));
        workspace.apply(mapId, new Change.DescribeMap("The war map, renamed", "Described again."));
        states.add(then(mapId));
        Support support = workspace.load(mapId).supports().iterator().next();
        workspace.removeSupport(mapId, support.id());
        states.add(then(mapId));
        String second = mostConnected(workspace.load(mapId), RUSSIA_WEAKENS, RUSSIA_STRONGER, hub);
        workspace.removeClaim(mapId, second, workspace.claimVersion(mapId, second));
        states.add(then(mapId));

        for (Then then : states) {
            assertSameMap(history.mapAt(mapId, then.editId()), then.map());
            assertSameMap(read(history.exportArgdownAt(mapId, then.editId())), read(then.argdown()));
            assertThat(history.analysisAt(mapId, then.editId()).labels()).isEqualTo(then.labels());
        }
        // not a replay of the same map: the states differ
        assertThat(states.getFirst().map().claims()).hasSizeGreaterThan(states.getLast().map().claims().size());
        assertThat(states.getFirst().map().title()).isNotEqualTo(states.getLast().map().title());
    }

    @Test
    void an_edit_of_another_map_is_not_a_point_in_this_ones_history() {
        String mapId = sharedCopy();
        String other = sharedCopy();
        edit(other, RUSSIA_WEAKENS, "Elsewhere.");
        long elsewhere = history.of(other).getFirst().id();

        assertThatThrownBy(() -> history.mapAt(mapId, elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no edit");
    }
}
