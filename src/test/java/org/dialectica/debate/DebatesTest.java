package org.dialectica.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dialectica.base.AfterReply;
import org.dialectica.io.MapFileException;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Debates against the real database and rules: the demo accounts of the first start debate on the
 * combined seed map, Ayu for «Russia's hegemony weakens», Budi for «Russia is the clear winner of the
 * ceasefire», the moderator Dimas ruling.
 */
@SpringBootTest
class DebatesTest {
    static final Person MODERATOR = new Person("moderator", "Dimas", Role.MODERATOR);
    static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    static final Person ADMIN = new Person("admin", "Administrator", Role.ADMIN);
    static final String SEED = "who-gained-from-the-2020-war";
    static final String WEAKENS = "p000-russia-hegemony-weakens";
    static final String WINNER = "p004-russia-ceasefire-winner";
    static final String UPPER_HAND = "p004-moscow-upper-hand";
    static final String STRONGER = "p004-russia-regional-position-stronger";

    @Autowired
    Debates debates;
    @Autowired
    JdbcClient database;
    @Autowired
    Workspace workspace;
    @Autowired
    Classes classes;

    final List<Long> opened = new ArrayList<>();
    final List<String> maps = new ArrayList<>();

    @AfterEach
    void removeDebates() {
        opened.forEach(debates::delete);
        CurrentPerson.as(ADMIN, () -> maps.stream().filter(id -> workspace.maySee(ADMIN, id)).forEach(workspace::delete));
    }

    long open(Format format, int turnSeconds) {
        Setup setup = new Setup("Did Russia gain from the war?", format, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")),
                new Side("Opposition", List.of(WINNER), List.of("budi"))), 0, 0, turnSeconds, false);
        long id = CurrentPerson.as(MODERATOR, () -> debates.open(SEED, setup));
        opened.add(id);
        return id;
    }

    /** The two rulings that decide for Ayu's thesis: it conflicts with two claims of paper 004. */
    Played preferWeakens(long id) {
        CurrentPerson.as(MODERATOR, () -> debates.play(id, Move.of(null, null, MoveType.PREFER).preferred(WEAKENS).over(UPPER_HAND), null));
        return CurrentPerson.as(MODERATOR, () -> debates.play(id, Move.of(null, null, MoveType.PREFER).preferred(WEAKENS).over(STRONGER), null));
    }

    static Label label(DebateState state, String thesis) {
        return state.scoreboard().theses().stream().filter(t -> t.id().equals(thesis)).findFirst().orElseThrow().label();
    }

    @Test
    void a_moderator_opens_a_debate_on_a_copy_of_a_seed_map_everyone_signed_in_sees_it() {
        long id = open(Format.FREE, 0);
        assertThat(CurrentPerson.as(AYU, () -> debates.list())).extracting(DebateSummary::id).contains(id);
        DebateState state = CurrentPerson.as(TEACHER, () -> debates.state(id));
        assertThat(state.setup().moderator()).isEqualTo("moderator");
        assertThat(state.sourceMapId()).isEqualTo(SEED);
        assertThat(label(state, WEAKENS)).isEqualTo(Label.UNDEC);
        assertThat(label(state, WINNER)).isEqualTo(Label.UNDEC);
    }

    /**
     * Ayu's private copy of the seed map, which only the teacher may view besides her; the teacher
     * opens a debate on it, Ayu arguing for her reading.
     */
    long debateOnAyusPrivateMap() {
        String map = CurrentPerson.as(AYU, () -> {
            String id = workspace.copy(SEED, "Ayu's reading of the war");
            workspace.share(id, Visibility.PRIVATE, null, Map.of("teacher", false));
            return id;
        });
        maps.add(map);
        assertThat(CurrentPerson.as(TEACHER, () -> workspace.may(map, MapAction.EDIT))).isFalse();
        long id = CurrentPerson.as(TEACHER, () -> debates.open(map, new Setup("Ayu's reading", Format.FREE, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")), new Side("Opposition", List.of(WINNER), List.of())),
                0, 0, 0, false)));
        opened.add(id);
        return id;
    }

    /**
     * Every call about the debate, as the person; the names of those that saw the debate (done, or
     * refused for what the person may do in it: the moderator and the debaters do not vote).
     */
    List<String> done(Person person, long id) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("list", () -> assertThat(debates.list()).extracting(DebateSummary::id).contains(id));
        calls.put("state", () -> debates.state(id));
        calls.put("replay", () -> debates.state(id, 0));
        calls.put("join", () -> close(debates.join(id, () -> {})));
        calls.put("moves", () -> debates.moves(id));
        calls.put("vote", () -> debates.play(id, Move.of(null, null, MoveType.VOTE).claim(UPPER_HAND).value(0.4), null));
        calls.put("json", () -> debates.exportJson(id));
        calls.put("markdown", () -> debates.exportMarkdown(id, Locale.ENGLISH));
        calls.put("starting map", () -> debates.exportStartingMap(id));
        List<String> done = new ArrayList<>();
        calls.forEach((name, call) -> {
            try {
                CurrentPerson.as(person, call);
                done.add(name);
            } catch (AccessDeniedException seenButNotAllowed) {
                done.add(name);
            } catch (UnknownDebateException | AssertionError notThere) {
                // as for a debate that is not there
            }
        });
        return done;
    }

    static final List<String> EVERY_CALL = List.of("list", "state", "replay", "join", "moves", "vote", "json", "markdown", "starting map");

    @Test
    void a_debate_on_a_private_map_is_seen_only_by_those_who_may_see_the_map_and_its_people() {
        long id = debateOnAyusPrivateMap();
        assertThat(done(BUDI, id)).isEmpty();
        assertThat(done(MODERATOR, id)).isEmpty();
        // the moderator, the side's member and an admin; the audience votes, the others may not
        assertThat(done(TEACHER, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(ADMIN, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(AYU, id)).containsExactlyElementsOf(EVERY_CALL);
        // the same answer as for a debate that is not there: nothing tells Budi it exists
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> debates.state(id))).isInstanceOf(UnknownDebateException.class)
                .hasMessage(new UnknownDebateException(id).getMessage());
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> debates.assign(id, List.of()))).isInstanceOf(UnknownDebateException.class);
        // rebuilt after a restart: still checked before anything is read back
        debates.forgetLive();
        assertThat(done(BUDI, id)).isEmpty();
        assertThat(database.sql("select count(*) from debate_move where debate_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1); // the admin's vote, as audience
    }

    @Test
    void someone_who_may_not_see_the_map_is_not_put_on_a_side() {
        long id = debateOnAyusPrivateMap();
        String map = maps.getFirst();
        Setup withBudi = new Setup("With Budi", Format.FREE, null, List.of(new Side("Proposition", List.of(WEAKENS), List.of("ayu")),
                new Side("Opposition", List.of(WINNER), List.of("budi"))), 0, 0, 0, false);
        int before = CurrentPerson.as(TEACHER, () -> debates.list()).size();
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> debates.open(map, withBudi))).isInstanceOf(SetupException.class)
                .satisfies(e -> {
                    assertThat(((SetupException) e).sentence().text(Locale.ENGLISH)).contains("Budi (budi) may not see the map");
                    assertThat(((SetupException) e).sentence().text(Locale.forLanguageTag("id"))).contains("Budi (budi) tidak boleh melihat peta");
                });
        assertThat(CurrentPerson.as(TEACHER, () -> debates.list())).hasSize(before);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> debates.assign(id, withBudi.sides()))).isInstanceOf(SetupException.class)
                .hasMessageContaining("budi");
        assertThat(CurrentPerson.as(TEACHER, () -> debates.state(id)).setup().sides().getLast().members()).isEmpty();
        assertThat(done(BUDI, id)).isEmpty();
        // once Ayu shares the map with him, he may be put on a side
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.PRIVATE, null, Map.of("teacher", false, "budi", false)));
        CurrentPerson.as(TEACHER, () -> debates.assign(id, withBudi.sides()));
        assertThat(Debates.sideOf(CurrentPerson.as(BUDI, () -> debates.state(id)).setup(), "budi")).isEqualTo("Opposition");
    }

    @Test
    void sharing_the_map_shares_its_debates_and_unsharing_takes_them_back() {
        long id = debateOnAyusPrivateMap();
        String map = maps.getFirst();
        long seminar = classes.findByName("Demo seminar").orElseThrow().id();
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.CLASS, seminar, Map.of("teacher", false)));
        assertThat(done(BUDI, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(MODERATOR, id)).containsExactlyElementsOf(EVERY_CALL);
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.PRIVATE, null, Map.of("teacher", false)));
        assertThat(done(BUDI, id)).isEmpty();
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.PRIVATE, null, Map.of("teacher", false, "budi", false)));
        assertThat(done(BUDI, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(MODERATOR, id)).isEmpty();
    }

    @Test
    void once_the_map_is_deleted_only_the_moderator_the_sides_and_admins_see_the_debate() {
        long id = debateOnAyusPrivateMap();
        String map = maps.getFirst();
        long seminar = classes.findByName("Demo seminar").orElseThrow().id();
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.CLASS, seminar, Map.of("teacher", false)));
        assertThat(done(BUDI, id)).contains("state");
        CurrentPerson.as(AYU, () -> workspace.delete(map));
        assertThat(done(BUDI, id)).isEmpty();
        assertThat(done(MODERATOR, id)).isEmpty();
        assertThat(done(TEACHER, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(ADMIN, id)).containsExactlyElementsOf(EVERY_CALL);
        assertThat(done(AYU, id)).containsExactlyElementsOf(EVERY_CALL);
        // the debate runs on its own copy: the moderator still rules on it
        assertThat(CurrentPerson.as(TEACHER, () -> debates.play(id, Move.of(null, null, MoveType.PREFER).preferred(WEAKENS)
                .over(UPPER_HAND), null)).accepted()).isTrue();
    }

    @Test
    void a_debate_on_a_seed_map_is_seen_by_everyone_signed_in() {
        long id = open(Format.FREE, 0);
        for (Person person : List.of(TEACHER, ADMIN, AYU, BUDI, MODERATOR)) {
            assertThat(done(person, id)).as(person.login()).containsExactlyElementsOf(EVERY_CALL);
        }
    }

    int storedMoves(long id) {
        return database.sql("select count(*) from debate_move where debate_id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void an_over_long_move_is_refused_with_its_limit_before_it_is_played_or_stored() {
        long id = open(Format.FREE, 0);
        Move huge = Move.of(null, null, MoveType.CLAIM).text("x".repeat(100_000)).target(UPPER_HAND);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, huge, null))).isInstanceOf(MoveTextException.class)
                .satisfies(e -> {
                    Sentence why = ((MoveTextException) e).sentence();
                    assertThat(why.text(Locale.ENGLISH)).isEqualTo("The text of the claim may have at most 20000 characters; this one has 100000.");
                    assertThat(why.text(Locale.forLanguageTag("id"))).isEqualTo("Panjang teks klaim paling banyak 20000 karakter; yang ini 100000 karakter.");
                });
        Move longTitle = Move.of(null, null, MoveType.CLAIM).text("Russia lost Armenia's trust.").title("t".repeat(1_001));
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, longTitle, null))).hasMessageContaining("title may have at most 1000");
        Move longSource = Move.of(null, null, MoveType.CLAIM).text("Russia lost Armenia's trust.").source("s".repeat(1_001));
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, longSource, null))).hasMessageContaining("source may have at most 1000");
        Move longName = Move.of(null, null, MoveType.ATTACK).from(WEAKENS).target("c".repeat(5_000));
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, longName, null))).isInstanceOf(MoveTextException.class);
        assertThat(storedMoves(id)).isZero();
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).transcript()).isEmpty();
    }

    @Test
    void a_move_at_its_limits_is_played_stored_and_replayed() {
        long id = open(Format.FREE, 0);
        // quotes and line breaks take twice their length in the stored JSON: it must still fit
        String text = "\"\n".repeat(10_000);
        Played played = CurrentPerson.as(AYU, () -> debates.play(id, Move.of(null, null, MoveType.CLAIM).id("long").text(text)
                .title("«".repeat(1_000)).source("\\".repeat(1_000)).target(UPPER_HAND), null));
        assertThat(played.accepted()).isTrue();
        assertThat(storedMoves(id)).isEqualTo(1);
        debates.forgetLive();
        assertThat(CurrentPerson.as(BUDI, () -> debates.state(id)).analysis().map().claim("long").orElseThrow().text()).isEqualTo(text.strip());
    }

    @Test
    void a_move_with_an_invisible_control_character_is_refused_naming_it_and_nothing_is_stored() {
        long id = open(Format.FREE, 0);
        Move bell = Move.of(null, null, MoveType.CLAIM).text("Russia lost\u0007 Armenia's trust.");
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, bell, null))).isInstanceOf(MoveTextException.class)
                .satisfies(e -> {
                    Sentence why = ((MoveTextException) e).sentence();
                    assertThat(why.text(Locale.ENGLISH)).isEqualTo("The text of the claim contains the invisible control character "
                            + "U+0007 (bel) at character 12; remove it and try again.");
                    assertThat(why.text(Locale.forLanguageTag("id"))).contains("teks klaim").contains("U+0007").contains("ke-12");
                });
        // a right-to-left override in the title, a NUL in a claim named
        Move override = Move.of(null, null, MoveType.CLAIM).text("Fine text.").title("abc\u202Edef");
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, override, null))).hasMessageContaining("title")
                .hasMessageContaining("U+202E");
        Move nul = Move.of(null, null, MoveType.CHALLENGE).claim(WINNER + "\u0000");
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, nul, null))).hasMessageContaining("U+0000");
        assertThat(storedMoves(id)).isZero();
        // the right-to-left mark stays: Arabic and Hebrew text needs it
        assertThat(CurrentPerson.as(AYU, () -> debates.play(id, Move.of(null, null, MoveType.CLAIM).text("\u200Fنص\u200F"), null)).accepted()).isTrue();
    }

    @Test
    void a_debate_title_or_side_name_too_long_or_with_a_control_character_is_refused_and_nothing_saved() {
        int before = CurrentPerson.as(MODERATOR, () -> debates.list()).size();
        List<Side> sides = List.of(new Side("Proposition", List.of(WEAKENS), List.of()), new Side("Opposition", List.of(WINNER), List.of()));
        for (String title : List.of("Did Russia\u0007 gain?", "Did Russia gain\u202E?", "m".repeat(1_001))) {
            assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> debates.open(SEED, new Setup(title, Format.FREE, null, sides, 0, 0, 0, false))))
                    .isInstanceOf(SetupException.class).hasMessageContaining("title of the debate");
        }
        List<Side> named = List.of(new Side("Propo\u0008sition", List.of(WEAKENS), List.of()), new Side("Opposition", List.of(WINNER), List.of()));
        assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> debates.open(SEED, new Setup("Fine", Format.FREE, null, named, 0, 0, 0, false))))
                .isInstanceOf(SetupException.class).hasMessageContaining("name of a side").hasMessageContaining("U+0008");
        assertThat(CurrentPerson.as(MODERATOR, () -> debates.list())).hasSize(before);
    }

    /** A title the old Argdown writer wrote so that the reader stopped at it: "@[" reads as a reference. */
    static final String UNREADABLE_TITLE = "Moscow @[Kremlin] decides";

    /**
     * Issue 23: a title the old writer exported as Argdown its own reader refused made *New debate*
     * do nothing. The writer now writes every text so that it reads back (ArgdownRoundTripPropertyTest),
     * so the map opens a debate and its starting map keeps the titles as typed.
     */
    @Test
    void a_map_with_markup_and_argdown_syntax_in_its_titles_opens_a_debate_that_keeps_them() {
        String hostile = "Use <b> tags [see](http://example.org)";
        String map = CurrentPerson.as(TEACHER, () -> {
            String id = workspace.create("A map with markup in its titles", null);
            workspace.putClaim(id, new Claim("kremlin", hostile, "Moscow decides.", null, null, ClaimKind.THESIS, null, null,
                    null, null, null), null);
            workspace.putClaim(id, new Claim("baku", UNREADABLE_TITLE, "Baku decides.", null, null, ClaimKind.THESIS, null, null, null,
                    null, null), null);
            return id;
        });
        maps.add(map);
        Setup setup = new Setup("Who decides?", Format.FREE, null, List.of(new Side("Moscow", List.of("kremlin"), List.of()),
                new Side("Baku", List.of("baku"), List.of())), 0, 0, 0, false);
        long id = CurrentPerson.as(TEACHER, () -> debates.open(map, setup));
        opened.add(id);
        ArgumentMap start = readArgdown(CurrentPerson.as(TEACHER, () -> debates.exportStartingMap(id)));
        assertThat(start.claim("kremlin").orElseThrow().title()).isEqualTo(hostile);
        assertThat(start.claim("baku").orElseThrow().title()).isEqualTo(UNREADABLE_TITLE);
    }

    private static ArgumentMap readArgdown(String text) {
        try {
            return new ArgdownReader().read("start.argdown", text).map();
        } catch (MapFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Autowired
    DebateTables.DebateRows debateRows;

    /** A debate row as an older version might have stored it, with a starting map that no longer reads. */
    long storedWithUnreadableStart(String sourceMapId) {
        Setup setup = new Setup("Stored long ago", Format.FREE, "teacher", List.of(new Side("Proposition", List.of(), List.of("ayu")),
                new Side("Opposition", List.of(), List.of())), 0, 0, 0, false);
        long id = debateRows.save(new DebateRow("Stored long ago", sourceMapId, "# Stored\n\n[" + UNREADABLE_TITLE + "]\n", StoredJson.write(setup),
                null, "teacher", java.time.OffsetDateTime.now())).id;
        opened.add(id);
        return id;
    }

    @Test
    void a_stored_debate_whose_starting_map_no_longer_reads_says_where_to_those_who_see_it() {
        long id = storedWithUnreadableStart(SEED);
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> debates.state(id))).isInstanceOf(UnreadableDebateException.class)
                .satisfies(e -> assertThat(((UnreadableDebateException) e).problem()).matches(SEED + "\\.argdown:3:\\d+: .+"));
        for (Runnable call : List.<Runnable>of(() -> debates.exportJson(id), () -> debates.exportStartingMap(id), () -> debates.moves(id),
                () -> debates.play(id, Move.of(null, null, MoveType.PASS), null))) {
            assertThatThrownBy(() -> CurrentPerson.as(AYU, call)).isInstanceOf(UnreadableDebateException.class);
        }
        // it is listed still: the list reads no starting map
        assertThat(CurrentPerson.as(BUDI, () -> debates.list())).extracting(DebateSummary::id).contains(id);
        assertThat(storedMoves(id)).isZero();
        // one on a map Budi may not see is unknown to him, not unreadable: he learns nothing of it
        long hidden = storedWithUnreadableStart("a-map-that-is-gone");
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> debates.state(hidden))).isInstanceOf(UnknownDebateException.class);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> debates.state(hidden))).isInstanceOf(UnreadableDebateException.class);
    }

    @Test
    void a_student_may_not_open_a_debate() {
        Setup setup = new Setup("Mine", Format.FREE, null, List.of(new Side("A", List.of(WEAKENS), List.of()),
                new Side("B", List.of(WINNER), List.of())), 0, 0, 0, false);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.open(SEED, setup))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_setup_with_a_member_on_two_sides_or_without_an_account_is_refused_and_nothing_saved() {
        int before = CurrentPerson.as(MODERATOR, () -> debates.list()).size();
        assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> debates.open(SEED, new Setup("Twice", Format.FREE, null,
                List.of(new Side("A", List.of(WEAKENS), List.of("ayu")), new Side("B", List.of(WINNER), List.of("ayu"))), 0, 0, 0, false))))
                .isInstanceOf(IllegalArgumentException.class);
        Setup stranger = new Setup("Stranger", Format.FREE, null, List.of(new Side("A", List.of(WEAKENS), List.of("nobody-here")),
                new Side("B", List.of(WINNER), List.of())), 0, 0, 0, false);
        assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> debates.open(SEED, stranger))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CurrentPerson.as(MODERATOR, () -> debates.list())).hasSize(before);
    }

    @Test
    void the_server_decides_who_moves_and_for_which_side() {
        long id = open(Format.FREE, 0);
        // the page claims to be Budi on the other side: the server knows better
        Move forged = Move.of("budi", "Opposition", MoveType.CLAIM).id("ayu-1").text("Russia lost Armenia's trust.").target(UPPER_HAND);
        Played played = CurrentPerson.as(AYU, () -> debates.play(id, forged, null));
        assertThat(played.move().by()).isEqualTo("ayu");
        assertThat(played.move().side()).isEqualTo("Proposition");
    }

    @Test
    void only_the_moderator_rules_and_the_audience_only_votes() {
        long id = open(Format.FREE, 0);
        Move prefer = Move.of(null, null, MoveType.PREFER).preferred(WEAKENS).over(UPPER_HAND);
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> debates.play(id, prefer, null))).isInstanceOf(AccessDeniedException.class);
        Move attack = Move.of(null, null, MoveType.ATTACK).from(WEAKENS).target(UPPER_HAND);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> debates.play(id, attack, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentPerson.as(TEACHER, () -> debates.moves(id))).containsExactly(MoveType.VOTE);
        assertThat(CurrentPerson.as(BUDI, () -> debates.moves(id))).contains(MoveType.ATTACK).doesNotContain(MoveType.PREFER, MoveType.VOTE);
        assertThat(CurrentPerson.as(MODERATOR, () -> debates.moves(id))).contains(MoveType.PREFER, MoveType.CLOSE);
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).transcript()).isEmpty();
    }

    @Test
    void a_moderator_ruling_turns_the_scoreboard_and_every_page_is_told() throws InterruptedException {
        long id = open(Format.FREE, 0);
        List<String> told = new CopyOnWriteArrayList<>();
        AutoCloseable ayusPage = CurrentPerson.as(AYU, () -> debates.join(id, () -> told.add("ayu")));
        Played played = preferWeakens(id);
        assertThat(played.accepted()).isTrue();
        assertThat(played.turned()).extracting(Turning::thesis).contains(WEAKENS);
        DebateState state = CurrentPerson.as(BUDI, () -> debates.state(id));
        assertThat(label(state, WEAKENS)).isEqualTo(Label.IN);
        assertThat(state.scoreboard().turningMoves()).extracting(Turning::thesis).contains(WEAKENS);
        long until = System.currentTimeMillis() + 5_000;
        while (told.size() < 2 && System.currentTimeMillis() < until) Thread.sleep(20);
        assertThat(told).containsExactly("ayu", "ayu");
        close(ayusPage);
    }

    /** Issue 24: the mover's page is answered before the others hear of the move. */
    @Test
    void the_other_pages_hear_of_a_move_once_the_movers_answer_is_out() throws Exception {
        long id = open(Format.FREE, 0);
        List<String> told = new CopyOnWriteArrayList<>();
        AutoCloseable ayusPage = CurrentPerson.as(AYU, () -> debates.join(id, () -> told.add("ayu")));
        AfterReply.Held reply = AfterReply.hold();
        try {
            CurrentPerson.as(MODERATOR, () -> debates.play(id, Move.of(null, null, MoveType.PREFER).preferred(WEAKENS).over(UPPER_HAND), null));
            assertThat(told).isEmpty();
        } finally {
            reply.close();
        }
        long until = System.currentTimeMillis() + 30_000;
        while (told.isEmpty() && System.currentTimeMillis() < until) Thread.sleep(20);
        assertThat(told).containsExactly("ayu");
        close(ayusPage);
    }

    @Test
    void a_refused_move_is_stored_and_a_restart_replays_the_same_debate() {
        long id = open(Format.FREE, 0);
        Played refused = CurrentPerson.as(BUDI, () -> debates.play(id, Move.of(null, null, MoveType.ATTACK).from(WINNER).target("no-such-claim"), null));
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.reason()).isNotNull();
        preferWeakens(id);
        assertThat(database.sql("select count(*) from debate_move where debate_id = ?").param(id).query(Integer.class).single()).isEqualTo(3);
        assertThat(database.sql("select accepted from debate_move where debate_id = ? and move_index = 1").param(id).query(Boolean.class).single()).isFalse();

        debates.forgetLive();

        DebateState rebuilt = CurrentPerson.as(AYU, () -> debates.state(id));
        assertThat(rebuilt.transcript()).extracting(Played::accepted).containsExactly(false, true, true);
        assertThat(rebuilt.transcript().get(0).at()).isEqualTo(refused.at());
        assertThat(label(rebuilt, WEAKENS)).isEqualTo(Label.IN);
    }

    @Test
    void replay_shows_the_debate_as_it_was_after_a_move() {
        long id = open(Format.FREE, 0);
        preferWeakens(id);
        DebateState before = CurrentPerson.as(AYU, () -> debates.state(id, 1));
        assertThat(before.isLive()).isFalse();
        assertThat(before.at()).isEqualTo(1);
        assertThat(label(before, WEAKENS)).isEqualTo(Label.UNDEC);
        assertThat(label(CurrentPerson.as(AYU, () -> debates.state(id, 2)), WEAKENS)).isEqualTo(Label.IN);
    }

    @Test
    void the_sides_are_assigned_by_the_moderator_before_the_first_move() {
        long id = open(Format.FREE, 0);
        List<Side> sides = List.of(new Side("Proposition", List.of(WEAKENS), List.of("budi")),
                new Side("Opposition", List.of(WINNER), List.of("ayu")));
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.assign(id, sides))).isInstanceOf(AccessDeniedException.class);
        CurrentPerson.as(MODERATOR, () -> debates.assign(id, sides));
        assertThat(Debates.sideOf(CurrentPerson.as(AYU, () -> debates.state(id)).setup(), "ayu")).isEqualTo("Opposition");
        CurrentPerson.as(AYU, () -> debates.play(id, Move.of(null, null, MoveType.PASS), null));
        assertThatThrownBy(() -> CurrentPerson.as(MODERATOR, () -> debates.assign(id, sides))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Issue 18: the clock starts with the first turn's first move, not when the debate is opened;
     * a turn that runs out is its own transcript entry naming the side, and the turn passes on.
     */
    @Test
    void the_clock_starts_with_the_first_move_and_a_timeout_is_its_own_entry_until_a_round_passes_idle() throws InterruptedException {
        long id = open(Format.ROUNDS, 1);
        DebateState state = CurrentPerson.as(AYU, () -> debates.state(id));
        assertThat(state.deadline()).as("nobody has moved: no clock runs").isNull();
        Thread.sleep(1_500);
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).transcript()).isEmpty();
        String first = state.scoreboard().turn().side();
        Person opener = first.equals("Proposition") ? AYU : BUDI;
        Played moved = CurrentPerson.as(opener, () -> debates.play(id,
                Move.of(null, null, MoveType.CHALLENGE).claim(first.equals("Proposition") ? WINNER : WEAKENS), null));
        assertThat(moved.accepted()).isTrue();
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).deadline()).isNotNull();

        long until = System.currentTimeMillis() + 10_000;
        while (CurrentPerson.as(AYU, () -> debates.state(id)).transcript().size() < 2 && System.currentTimeMillis() < until) Thread.sleep(100);
        Played timeout = CurrentPerson.as(AYU, () -> debates.state(id)).transcript().get(1);
        assertThat(timeout.move().type()).isEqualTo(MoveType.TIMEOUT);
        assertThat(timeout.move().side()).isEqualTo(first);
        assertThat(timeout.accepted()).isTrue();
        assertThat(timeout.effect().text(java.util.Locale.ENGLISH)).isEqualTo("time ran out for " + first);
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).scoreboard().turn().side()).isNotEqualTo(first);
        // nobody moves: after a whole round of timeouts the clock stops, and a move starts it again
        until = System.currentTimeMillis() + 10_000;
        while (CurrentPerson.as(AYU, () -> debates.state(id)).transcript().size() < 3 && System.currentTimeMillis() < until) Thread.sleep(100);
        Thread.sleep(1_500);
        DebateState idle = CurrentPerson.as(AYU, () -> debates.state(id));
        assertThat(idle.transcript()).hasSize(3);
        assertThat(idle.deadline()).isNull();
    }

    /** Issue 18: after the last round of a rounds debate nothing is offered but the moderator's ruling and close. */
    @Test
    void a_finished_rounds_debate_offers_the_debaters_no_moves() {
        Setup setup = new Setup("One round", Format.ROUNDS, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")),
                new Side("Opposition", List.of(WINNER), List.of("budi"))), 1, 1, 0, false);
        long id = CurrentPerson.as(MODERATOR, () -> debates.open(SEED, setup));
        opened.add(id);
        String first = CurrentPerson.as(AYU, () -> debates.state(id)).scoreboard().turn().side();
        Person one = first.equals("Proposition") ? AYU : BUDI, other = one == AYU ? BUDI : AYU;
        assertThat(CurrentPerson.as(one, () -> debates.play(id, Move.of(null, null, MoveType.PASS), null)).accepted()).isTrue();
        assertThat(CurrentPerson.as(other, () -> debates.play(id, Move.of(null, null, MoveType.PASS), null)).accepted()).isTrue();

        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).scoreboard().turn().over()).isTrue();
        assertThat(CurrentPerson.as(AYU, () -> debates.moves(id))).isEmpty();
        assertThat(CurrentPerson.as(BUDI, () -> debates.moves(id))).isEmpty();
        assertThat(CurrentPerson.as(MODERATOR, () -> debates.moves(id))).containsExactlyInAnyOrder(MoveType.PREFER, MoveType.CLOSE);
    }

    @Test
    void the_moderator_closes_the_debate_with_a_result_and_nothing_more_is_offered() {
        long id = open(Format.FREE, 0);
        preferWeakens(id);
        Played close = CurrentPerson.as(MODERATOR, () -> debates.play(id, Move.of(null, null, MoveType.CLOSE), null));
        assertThat(close.accepted()).isTrue();
        DebateState state = CurrentPerson.as(AYU, () -> debates.state(id));
        assertThat(state.scoreboard().result().closed()).isTrue();
        assertThat(state.scoreboard().result().winner()).isEqualTo("Proposition");
        assertThat(CurrentPerson.as(AYU, () -> debates.moves(id))).isEmpty();
        assertThat(CurrentPerson.as(AYU, () -> debates.list())).filteredOn(d -> d.id() == id).extracting(DebateSummary::closed).containsExactly(true);
    }

    @Test
    void the_audience_votes_on_a_claims_weight() {
        long id = open(Format.FREE, 0);
        Played vote = CurrentPerson.as(TEACHER, () -> debates.play(id, Move.of(null, null, MoveType.VOTE).claim(UPPER_HAND).value(0.2), null));
        assertThat(vote.accepted()).isTrue();
        assertThat(vote.move().by()).isEqualTo("teacher");
        assertThat(vote.move().side()).isNull();
        assertThat(CurrentPerson.as(AYU, () -> debates.state(id)).analysis().map().claim(UPPER_HAND).orElseThrow().weight()).isEqualTo(0.2);
        // debaters may not, unless the moderator allowed it
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.play(id, Move.of(null, null, MoveType.VOTE).claim(UPPER_HAND).value(0.9), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unknown_debate_is_said_to_be_unknown() {
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> debates.state(987_654L))).isInstanceOf(UnknownDebateException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> debates.list()).isInstanceOf(AccessDeniedException.class);
    }

    private static void close(AutoCloseable page) {
        try {
            page.close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
