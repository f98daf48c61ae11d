package org.dialectica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Move;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Played;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.map.Claim;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Change;
import org.dialectica.workspace.MapEvents;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one PostgreSQL database follow each other through its news (issue 20), at the
 * level of the services: an edit made through one reaches the other's live rule session, which then
 * gives every claim the same label; a debate's moves made through either are played on both, in one
 * numbered order; a viewer on one is listed by the other, and leaves its list.
 */
@Tag(OnPostgres.TAG)
class InstancesFollowEachOtherTest {
    private static final String SEED = "who-gained-from-the-2020-war";
    private static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    private static final Person MODERATOR = new Person("moderator", "Dimas", Role.MODERATOR);
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static TestPostgres.Database database;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        assumeTrue(TestPostgres.active(), "on PostgreSQL only (DIALECTICA_TEST_POSTGRES; .ci/run sets it)");
        database = TestPostgres.create();
        a = start(database);
        b = start(database);
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database database) {
        return database.application("--dialectica.demo-accounts=true");
    }

    @AfterAll
    static void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
        if (database != null) database.close();
    }

    /** Waits (20 s at most: a busy 2-core machine) until the condition holds. */
    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) throw new AssertionError("not within 20 s: " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void an_edit_through_one_instance_reaches_the_others_live_session_with_the_same_labels() throws InterruptedException {
        Workspace onA = a.getBean(Workspace.class), onB = b.getBean(Workspace.class);
        // both have the map in memory, as when people view it on both
        CurrentPerson.as(TEACHER, () -> onA.session(SEED));
        CurrentPerson.as(TEACHER, () -> onB.session(SEED));

        CurrentPerson.as(TEACHER, () -> onA.apply(SEED, new Change.PutClaim(Claim.of("made-on-a", "A claim made through instance A."), null)));
        eventually("B's session holds A's claim", () -> CurrentPerson.as(TEACHER, () -> onB.session(SEED).map().claim("made-on-a").isPresent()));
        // the edit through B is checked against A's, which it holds now, and reaches A in turn
        long version = CurrentPerson.as(TEACHER, () -> onB.state(SEED).versions().get("made-on-a"));
        CurrentPerson.as(TEACHER, () -> onB.apply(SEED, new Change.RemoveClaim("made-on-a", version),
                new Change.PutClaim(Claim.of("made-on-b", "A claim made through instance B."), null)));
        eventually("A's session follows B's edit", () -> CurrentPerson.as(TEACHER,
                () -> onA.session(SEED).map().claim("made-on-b").isPresent() && onA.session(SEED).map().claim("made-on-a").isEmpty()));

        assertThat(CurrentPerson.as(TEACHER, () -> onB.state(SEED).analysis().labels()))
                .isEqualTo(CurrentPerson.as(TEACHER, () -> onA.state(SEED).analysis().labels()));
        assertThat(CurrentPerson.as(TEACHER, () -> onA.state(SEED).analysis().labels())).containsKey("made-on-b").doesNotContainKey("made-on-a");
    }

    /** Each instance keeps a map's layout between changes: it must still follow the other's moves and edits. */
    @Test
    void a_claim_moved_or_edited_through_one_instance_is_where_and_as_new_as_it_is_on_the_other() throws InterruptedException {
        Workspace onA = a.getBean(Workspace.class), onB = b.getBean(Workspace.class);
        String claim = CurrentPerson.as(TEACHER, () -> onB.state(SEED).analysis().map().claims().iterator().next().id());
        long before = CurrentPerson.as(TEACHER, () -> onB.state(SEED).versions().get(claim));

        CurrentPerson.as(TEACHER, () -> onA.moveClaim(SEED, claim, 1234.5, -678.25, null));
        eventually("B places the claim where A moved it", () -> CurrentPerson.as(TEACHER,
                () -> java.util.Arrays.equals(onB.state(SEED).positions().get(claim), new double[] {1234.5, -678.25})));

        Claim edited = CurrentPerson.as(TEACHER, () -> onA.state(SEED).analysis().map().claim(claim).orElseThrow());
        long onAVersion = CurrentPerson.as(TEACHER, () -> onA.state(SEED).versions().get(claim));
        CurrentPerson.as(TEACHER, () -> onA.putClaim(SEED, edited.withText("Reworded through instance A."), onAVersion));
        eventually("B knows the claim's new version", () -> CurrentPerson.as(TEACHER, () -> onB.state(SEED).versions().get(claim) > before));
        assertThat(CurrentPerson.as(TEACHER, () -> onB.state(SEED).versions().get(claim)))
                .isEqualTo(CurrentPerson.as(TEACHER, () -> onA.state(SEED).versions().get(claim)));
    }

    @Test
    void a_viewer_on_one_instance_is_listed_on_the_other_until_it_leaves() throws Exception {
        Workspace onA = a.getBean(Workspace.class), onB = b.getBean(Workspace.class);
        MapEvents.Viewer sari = CurrentPerson.as(TEACHER, () -> onA.join(SEED, "Sari", news -> {}));
        eventually("B lists A's viewer", () -> CurrentPerson.as(TEACHER, () -> onB.viewers(SEED)).contains("Sari"));
        sari.close();
        eventually("B no longer lists the viewer who left", () -> !CurrentPerson.as(TEACHER, () -> onB.viewers(SEED)).contains("Sari"));
    }

    @Test
    void a_debates_moves_made_through_either_instance_are_played_on_both_in_one_order() throws InterruptedException {
        Debates onA = a.getBean(Debates.class), onB = b.getBean(Debates.class);
        Setup setup = new Setup("Across instances", Format.FREE, null, List.of(
                new Side("Proposition", List.of("p000-russia-hegemony-weakens"), List.of("ayu")),
                new Side("Opposition", List.of("p004-russia-ceasefire-winner"), List.of("budi"))), 0, 0, 0, false);
        long id = CurrentPerson.as(MODERATOR, () -> onA.open(SEED, setup));
        CurrentPerson.as(MODERATOR, () -> onA.state(id));

        Played first = CurrentPerson.as(AYU, () -> onB.play(id,
                Move.of(null, null, MoveType.CHALLENGE).claim("p004-russia-ceasefire-winner"), null));
        assertThat(first.accepted()).isTrue();
        eventually("A plays B's move", () -> CurrentPerson.as(MODERATOR, () -> onA.state(id)).transcript().size() == 1);
        Played second = CurrentPerson.as(BUDI, () -> onA.play(id,
                Move.of(null, null, MoveType.CHALLENGE).claim("p000-russia-hegemony-weakens"), null));
        assertThat(second.index()).isEqualTo(2);
        eventually("B plays A's move", () -> CurrentPerson.as(MODERATOR, () -> onB.state(id)).transcript().size() == 2);
        // the same entries: moves, times, verdicts and the sentences saying them (which compare by their words)
        assertThat(CurrentPerson.as(MODERATOR, () -> onB.state(id)).transcript()).extracting(Object::toString)
                .isEqualTo(CurrentPerson.as(MODERATOR, () -> onA.state(id)).transcript().stream().map(Object::toString).toList());
    }
}
