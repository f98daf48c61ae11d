package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dialectica.people.Accounts;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, checked on the services themselves (not on buttons): every role against every
 * action on four kinds of map, each call made for real and either done or refused. The people
 * are the demo accounts of the first start: the class «Demo seminar» has ayu, budi and the
 * moderator as members and the teacher as its teacher.
 */
@SpringBootTest
class MapAccessTest {
    static final Person ADMIN = new Person("admin", "Administrator", Role.ADMIN);
    static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    static final Person MODERATOR = new Person("moderator", "Dimas", Role.MODERATOR);
    static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    static final List<Person> EVERYONE = List.of(ADMIN, TEACHER, MODERATOR, AYU, BUDI);
    static final String SEED = "who-gained-from-the-2020-war";

    @Autowired
    Workspace workspace;
    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    String ayusMap;
    String classMap;
    String sharedMap;

    @BeforeEach
    void maps() {
        ayusMap = CurrentPerson.as(AYU, () -> workspace.create("Ayu's own map", null));
        classMap = CurrentPerson.as(TEACHER, () -> {
            String id = workspace.create("Seminar map for the class", null);
            long demo = classes.findByName("Demo seminar").orElseThrow().id();
            workspace.share(id, Visibility.CLASS, demo, Map.of());
            return id;
        });
        sharedMap = CurrentPerson.as(TEACHER, () -> {
            String id = workspace.create("Shared with two people", null);
            workspace.share(id, Visibility.PRIVATE, null, Map.of("budi", true, "moderator", false));
            return id;
        });
    }

    @org.junit.jupiter.api.AfterEach
    void removeMaps() {
        // the context is shared with other test classes: leave no map behind
        CurrentPerson.as(ADMIN, () -> {
            for (String id : new String[] {ayusMap, classMap, sharedMap}) {
                if (workspace.list("").stream().anyMatch(m -> m.id().equals(id))) workspace.delete(id);
            }
        });
    }

    /** Who may, per map: the expected table. Anyone not named is refused. */
    private Map<String, Map<String, List<Person>>> expected() {
        Map<String, Map<String, List<Person>>> table = new LinkedHashMap<>();
        // the installation's seed: everyone reads and copies it, teachers and admins edit it, only admins share or delete it
        table.put(SEED, Map.of("open", EVERYONE, "export", EVERYONE, "copy", EVERYONE,
                "edit", List.of(ADMIN, TEACHER), "share", List.of(ADMIN)));
        // a private map: its owner and admins only
        table.put(ayusMap, Map.of("open", List.of(ADMIN, AYU), "export", List.of(ADMIN, AYU), "copy", List.of(ADMIN, AYU),
                "edit", List.of(ADMIN, AYU), "share", List.of(ADMIN, AYU)));
        // shared with the class: its members and teacher read it; only the owner (and admins) change it
        table.put(classMap, Map.of("open", EVERYONE, "export", EVERYONE, "copy", EVERYONE,
                "edit", List.of(ADMIN, TEACHER), "share", List.of(ADMIN, TEACHER)));
        // shared by name: budi as editor, the moderator as viewer; ayu, although in the owner's class, not at all
        table.put(sharedMap, Map.of("open", List.of(ADMIN, TEACHER, MODERATOR, BUDI),
                "export", List.of(ADMIN, TEACHER, MODERATOR, BUDI), "copy", List.of(ADMIN, TEACHER, MODERATOR, BUDI),
                "edit", List.of(ADMIN, TEACHER, BUDI), "share", List.of(ADMIN, TEACHER)));
        return table;
    }

    private Map<String, Consumer<String>> actions() {
        Map<String, Consumer<String>> actions = new LinkedHashMap<>();
        actions.put("open", id -> workspace.state(id));
        actions.put("export", id -> workspace.exportArgdown(id));
        actions.put("copy", id -> workspace.delete(workspace.copy(id, null))); // the copy is its maker's to delete
        // an edit that changes nothing, through the one edit path
        actions.put("edit", id -> {
            var map = workspace.load(id);
            workspace.apply(id, List.of(new Change.DescribeMap(map.title(), map.description())), null);
        });
        actions.put("share", id -> {
            Workspace.Sharing now = workspace.sharing(id);
            workspace.share(id, now.visibility(), now.classId(), now.people());
        });
        return actions;
    }

    @Test
    void every_role_against_every_action_on_every_kind_of_map() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var map : expected().entrySet()) {
            for (var action : actions().entrySet()) {
                for (Person person : EVERYONE) {
                    boolean allowed = map.getValue().get(action.getKey()).contains(person);
                    boolean done = attempt(person, () -> action.getValue().accept(map.getKey()));
                    calls++;
                    if (done != allowed) wrong.add(person.login() + " " + action.getKey() + " " + map.getKey() + ": " + (done ? "done" : "refused"));
                    // what the page shows must agree with what the service does
                    MapAction asked = switch (action.getKey()) {
                        case "edit" -> MapAction.EDIT;
                        case "share" -> MapAction.SHARE;
                        default -> MapAction.VIEW;
                    };
                    boolean may = CurrentPerson.as(person, () -> workspace.may(map.getKey(), asked));
                    if (may != allowed) wrong.add(person.login() + " may " + asked + " " + map.getKey() + ": " + may);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(calls).isEqualTo(4 * 5 * 5);
    }

    @Test
    void whether_someone_may_see_a_map_is_answered_for_anyone_and_a_deleted_map_is_seen_by_nobody() {
        for (var map : expected().entrySet()) {
            for (Person person : EVERYONE) {
                boolean allowed = map.getValue().get("open").contains(person);
                // asked about someone else (as a debate's opener asks about its debaters) and by themselves
                assertThat(CurrentPerson.as(TEACHER, () -> workspace.maySee(person, map.getKey()))).as(person.login() + " " + map.getKey())
                        .isEqualTo(allowed);
                assertThat(CurrentPerson.as(person, () -> workspace.maySee(person, map.getKey()))).isEqualTo(allowed);
            }
        }
        assertThat(CurrentPerson.as(BUDI, () -> workspace.seenBy(BUDI, List.of(SEED, ayusMap, classMap, sharedMap, "no-such-map"))))
                .containsExactlyInAnyOrder(SEED, classMap, sharedMap);
        String gone = ayusMap;
        CurrentPerson.as(AYU, () -> workspace.delete(gone));
        for (Person person : EVERYONE) {
            assertThat(CurrentPerson.as(person, () -> workspace.maySee(person, gone))).as(person.login()).isFalse();
            assertThat(CurrentPerson.as(person, () -> workspace.seenBy(person, List.of(gone, SEED)))).containsExactly(SEED);
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(attempt(null, () -> workspace.maySee(ADMIN, SEED))).isFalse();
    }

    /** maySee remembers allowances (pages told of every move ask it each time): none may outlive a change that takes it away. */
    @Test
    void an_allowance_asked_before_ends_the_moment_the_map_is_unshared() {
        for (int i = 0; i < 2; i++) {
            assertThat(CurrentPerson.as(BUDI, () -> workspace.maySee(BUDI, sharedMap))).isTrue();
            assertThat(CurrentPerson.as(AYU, () -> workspace.maySee(AYU, classMap))).isTrue();
        }
        CurrentPerson.as(TEACHER, () -> workspace.share(sharedMap, Visibility.PRIVATE, null, Map.of("moderator", false)));
        CurrentPerson.as(TEACHER, () -> workspace.share(classMap, Visibility.PRIVATE, null, Map.of()));
        assertThat(CurrentPerson.as(BUDI, () -> workspace.maySee(BUDI, sharedMap))).isFalse();
        assertThat(CurrentPerson.as(MODERATOR, () -> workspace.maySee(MODERATOR, sharedMap))).isTrue();
        assertThat(CurrentPerson.as(AYU, () -> workspace.maySee(AYU, classMap))).isFalse();
        // and given back, it is seen again at once (a refusal is never remembered)
        CurrentPerson.as(TEACHER, () -> workspace.share(sharedMap, Visibility.PRIVATE, null, Map.of("budi", false)));
        assertThat(CurrentPerson.as(BUDI, () -> workspace.maySee(BUDI, sharedMap))).isTrue();
    }

    /**
     * rights() is remembered too (a map's pages ask it on every edit): it follows every change, the
     * ones that give as well as the ones that take away — sharing, a new class member, an account
     * given another role.
     */
    @Test
    void what_someone_may_do_follows_every_change_of_rights_at_once() {
        java.util.function.BiFunction<Person, String, java.util.Set<MapAction>> rights =
                (person, map) -> CurrentPerson.as(person, () -> workspace.rights(map));
        for (int i = 0; i < 2; i++) assertThat(rights.apply(BUDI, sharedMap)).contains(MapAction.VIEW, MapAction.EDIT);
        CurrentPerson.as(TEACHER, () -> workspace.share(sharedMap, Visibility.PRIVATE, null, Map.of("budi", false)));
        assertThat(rights.apply(BUDI, sharedMap)).contains(MapAction.VIEW).doesNotContain(MapAction.EDIT);
        CurrentPerson.as(TEACHER, () -> workspace.share(sharedMap, Visibility.PRIVATE, null, Map.of("budi", true)));
        assertThat(rights.apply(BUDI, sharedMap)).contains(MapAction.EDIT);

        // someone who joins the class sees its map at once, though they were refused a moment before
        String login = "joiner" + System.nanoTime();
        Person joiner = new Person(login, "Joiner", Role.STUDENT);
        CurrentPerson.as(ADMIN, () -> accounts.create(login, "Joiner", null, Role.STUDENT, "joiner-password-" + login));
        for (int i = 0; i < 2; i++) assertThat(rights.apply(joiner, classMap)).isEmpty();
        CurrentPerson.as(TEACHER, () -> classes.enrol(classes.findByName("Demo seminar").orElseThrow().id(), login));
        assertThat(rights.apply(joiner, classMap)).contains(MapAction.VIEW);
    }

    @Test
    void only_the_owner_or_an_admin_deletes_and_a_refused_delete_keeps_the_map() {
        for (Person person : EVERYONE) {
            boolean done = attempt(person, () -> workspace.delete(ayusMap));
            if (person == AYU || person == ADMIN) {
                assertThat(done).as(person.login()).isTrue();
                ayusMap = CurrentPerson.as(AYU, () -> workspace.create("Ayu's own map", null));
            } else {
                assertThat(done).as(person.login()).isFalse();
                assertThat(CurrentPerson.as(AYU, () -> workspace.load(ayusMap).title())).isEqualTo("Ayu's own map");
            }
        }
        for (Person person : List.of(TEACHER, MODERATOR, AYU, BUDI)) {
            assertThat(attempt(person, () -> workspace.delete(SEED))).as(person.login() + " deletes the seed").isFalse();
        }
        assertThat(CurrentPerson.as(ADMIN, () -> workspace.may(SEED, MapAction.DELETE))).isTrue();
    }

    @Test
    void the_list_shows_each_person_the_maps_they_may_open_and_what_they_may_do() {
        List<String> ayuSees = CurrentPerson.as(AYU, () -> workspace.list("").stream().map(MapSummary::id).toList());
        assertThat(ayuSees).contains(SEED, ayusMap, classMap).doesNotContain(sharedMap);
        List<String> budiSees = CurrentPerson.as(BUDI, () -> workspace.list("").stream().map(MapSummary::id).toList());
        assertThat(budiSees).contains(SEED, classMap, sharedMap).doesNotContain(ayusMap);
        MapSummary seedForAyu = CurrentPerson.as(AYU, () -> workspace.list("").stream()
                .filter(m -> m.id().equals(SEED)).findFirst().orElseThrow());
        assertThat(seedForAyu.allowed()).containsExactlyInAnyOrder(MapAction.VIEW, MapAction.COMMENT);
    }

    @Test
    void a_student_works_on_a_seed_through_a_private_copy_with_the_same_claims_and_positions() {
        String copy = CurrentPerson.as(AYU, () -> workspace.copy(SEED, "My reading of the war"));
        CurrentPerson.as(AYU, () -> {
            assertThat(workspace.load(copy).claims()).containsExactlyInAnyOrderElementsOf(workspace.load(SEED).claims());
            assertThat(workspace.state(copy).positions().keySet()).isEqualTo(workspace.state(SEED).positions().keySet());
            assertThat(workspace.may(copy, MapAction.EDIT)).isTrue();
            assertThat(workspace.sharing(copy).owner()).isEqualTo("ayu");
            assertThat(workspace.sharing(copy).visibility()).isEqualTo(Visibility.PRIVATE);
        });
        assertThat(attempt(BUDI, () -> workspace.state(copy))).isFalse();
        CurrentPerson.as(AYU, () -> workspace.delete(copy));
    }

    @Test
    void nobody_signed_in_may_do_anything_and_the_admin_pages_are_for_admins() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(attempt(null, () -> workspace.list(""))).isFalse();
        assertThat(attempt(null, () -> workspace.state(SEED))).isFalse();
        assertThat(attempt(null, () -> workspace.create("x", null))).isFalse();
        String[] oneTime = new String[1];
        for (Person person : EVERYONE) {
            assertThat(attempt(person, () -> accounts.list())).as(person.login() + " lists accounts").isEqualTo(person == ADMIN);
            assertThat(attempt(person, () -> oneTime[0] = accounts.resetPassword("budi"))).as(person.login() + " resets").isEqualTo(person == ADMIN);
        }
        // budi chooses his own password again: later tests in this context sign in as him and must
        // not be sent to the password page
        CurrentPerson.as(BUDI, () -> accounts.changePassword(oneTime[0], "budi-chose-this-" + System.nanoTime()));
        // anyone signed in may start a map of their own, which is theirs
        for (Person person : EVERYONE) {
            String id = CurrentPerson.as(person, () -> workspace.create("Mine", null));
            assertThat(CurrentPerson.as(person, () -> workspace.sharing(id).owner())).isEqualTo(person.login());
            CurrentPerson.as(person, () -> workspace.delete(id));
        }
    }

    /** Runs the call as the person (or as nobody): true if done, false if refused for lack of rights. */
    private static boolean attempt(Person person, Runnable call) {
        try {
            if (person == null) call.run();
            else CurrentPerson.as(person, call);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
