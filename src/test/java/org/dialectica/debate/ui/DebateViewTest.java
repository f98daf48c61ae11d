package org.dialectica.debate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialectica.base.ui.PageNotFound;
import org.dialectica.base.ui.Translations;
import org.dialectica.debate.DebateState;
import org.dialectica.debate.DebateSummary;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Move;
import org.dialectica.debate.Played;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The debate pages without a browser, signed in as the demo moderator: the scoreboard, the move
 * form offering the moderator's moves, the transcript, replay, both languages, and the list's
 * "New debate" form with only the required fields filled.
 */
@SpringBootTest
@WithMockUser(username = "moderator", roles = "MODERATOR")
class DebateViewTest extends SpringBrowserlessTest {
    static final String SEED = "who-gained-from-the-2020-war";
    static final String WEAKENS = "p000-russia-hegemony-weakens";
    static final String WINNER = "p004-russia-ceasefire-winner";
    static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);

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
    void cleanUp() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        opened.forEach(id -> database.sql("delete from debate where id = ?").param(id).update());
        Person admin = new Person("admin", "Administrator", Role.ADMIN);
        CurrentPerson.as(admin, () -> maps.stream().filter(id -> workspace.maySee(admin, id)).forEach(workspace::delete));
    }

    long open() {
        long id = debates.open(SEED, new Setup("Did Russia gain from the war?", Format.FREE, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")),
                new Side("Opposition", List.of(WINNER), List.of("budi"))), 0, 0, 0, false));
        opened.add(id);
        return id;
    }

    static String label(DebateView view, String thesis) {
        return view.scoreboard.sides.getChildren().filter(c -> c.getId().orElse("").equals("thesis-" + thesis)).findFirst()
                .orElseThrow().getElement().getAttribute("data-label");
    }

    void prefer(DebateView view, String over) {
        view.movePanel.type.setValue(MoveType.PREFER);
        view.movePanel.preferred.setValue(claim(view, WEAKENS));
        view.movePanel.over.setValue(claim(view, over));
        test(view.movePanel.play).click();
    }

    static Claim claim(DebateView view, String id) {
        return view.movePanel.preferred.getListDataView().getItems().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_moderator_sees_the_scoreboard_and_rules_and_the_transcript_and_scoreboard_follow() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(label(view, WEAKENS)).isEqualTo("UNDEC");
        assertThat(label(view, WINNER)).isEqualTo("UNDEC");
        assertThat(view.movePanel.type.getListDataView().getItems()).contains(MoveType.PREFER, MoveType.CLOSE).doesNotContain(MoveType.ATTACK);
        assertThat(view.about.getText()).contains("you moderate");
        assertThat(view.canvas.getNodes()).extracting(n -> n.id()).contains(WEAKENS, WINNER);

        prefer(view, "p004-moscow-upper-hand");
        prefer(view, "p004-russia-regional-position-stronger");

        assertThat(view.transcript.moves.getChildren().map(c -> c.getId().orElse(""))).containsExactly("move-2", "move-1");
        assertThat(label(view, WEAKENS)).isEqualTo("IN");
        assertThat(view.scoreboard.turningMoves.getElement().getTextRecursively()).contains("move 2 by Dimas").contains("Proposition's thesis");
    }

    /**
     * Issue 18: one line per turning move with all the theses it turned (not the move once per
     * thesis), what strength means, and no crux the moderator has already ruled on.
     */
    @Test
    void the_scoreboard_groups_turning_moves_explains_strength_and_hides_ruled_cruxes() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        prefer(view, "p004-moscow-upper-hand");
        prefer(view, "p004-russia-regional-position-stronger");

        DebateState state = debates.state(id);
        long moves = state.scoreboard().turningMoves().stream().map(org.dialectica.debate.Turning::index).distinct().count();
        // the heading, then one line per move
        assertThat(view.scoreboard.turningMoves.getChildren().count()).isEqualTo(1 + moves);
        assertThat(view.scoreboard.strengthHint.getText()).contains("strength from 0 to 1");
        for (var crux : state.scoreboard().cruxes()) {
            for (var outcome : crux.outcomes()) {
                assertThat(outcome.changes()).noneMatch(c -> c instanceof org.dialectica.reasoning.Change.Prefer p
                        && java.util.Set.of(p.preferred(), p.over()).containsAll(java.util.Set.of(WEAKENS, "p004-moscow-upper-hand")));
            }
        }
    }

    @Test
    void replay_steps_back_to_an_earlier_move_and_live_comes_back() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        prefer(view, "p004-moscow-upper-hand");
        prefer(view, "p004-russia-regional-position-stronger");
        test(view.back).click();
        assertThat(view.replayState.getText()).isEqualTo("Replay: after move 1 of 2");
        assertThat(label(view, WEAKENS)).isEqualTo("UNDEC");
        assertThat(view.movePanel.isVisible()).isFalse();
        test(view.live).click();
        assertThat(label(view, WEAKENS)).isEqualTo("IN");
        assertThat(view.movePanel.isVisible()).isTrue();
        // a click on a move of the transcript replays up to it
        Div first = (Div) view.transcript.moves.getChildren().filter(c -> c.getId().orElse("").equals("move-1")).findFirst().orElseThrow();
        test(first).click();
        assertThat(view.replayState.getText()).isEqualTo("Replay: after move 1 of 2");
    }

    @Test
    void a_refused_move_says_why_in_the_readers_language() {
        long id = open();
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        // a ruling of a claim over itself is refused by the engine
        view.movePanel.type.setValue(MoveType.PREFER);
        view.movePanel.preferred.setValue(claim(view, WEAKENS));
        test(view.movePanel.play).click();
        Div row = (Div) view.transcript.moves.getChildren().findFirst().orElseThrow();
        assertThat(row.getElement().getAttribute("data-accepted")).isEqualTo("false");
        assertThat(row.getElement().getTextRecursively()).contains("Ditolak");
        assertThat(view.replayState.getText()).startsWith("Langsung");
    }

    @Test
    void the_moderator_puts_people_on_the_sides_until_the_first_move() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.assign.isVisible()).isTrue();
        test(view.assign).click();
        SidesDialog dialog = $(SidesDialog.class).first();
        // Budi joins Ayu on the Proposition; the Opposition is left open
        dialog.members.get(0).setValue(dialog.members.get(0).getListDataView().getItems()
                .filter(p -> p.login().equals("ayu") || p.login().equals("budi")).toList());
        dialog.members.get(1).clear();
        test(dialog.save).click();
        assertThat(debates.state(id).setup().sides().getFirst().members()).containsExactly("ayu", "budi");
        assertThat(view.scoreboard.sides.getElement().getTextRecursively()).contains("Ayu, Budi");
        prefer(view, "p004-moscow-upper-hand");
        assertThat(view.assign.isVisible()).isFalse();
    }

    /** Issue 18: British Parliamentary's speaking order is the order the members were picked in, not the logins' order. */
    @Test
    void members_keep_the_order_they_were_picked_in() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        test(view.assign).click();
        SidesDialog dialog = $(SidesDialog.class).first();
        var box = dialog.members.get(0);
        box.clear();
        box.setValue(box.getListDataView().getItems().filter(p -> p.login().equals("budi")).toList());
        box.setValue(box.getListDataView().getItems().filter(p -> p.login().equals("ayu") || p.login().equals("budi")).toList());
        dialog.members.get(1).clear();
        test(dialog.save).click();
        assertThat(debates.state(id).setup().sides().getFirst().members()).containsExactly("budi", "ayu");
    }

    @Test
    void a_timed_turn_shows_whose_turn_it_is_and_the_time_left() {
        long id = debates.open(SEED, new Setup("Timed", Format.ROUNDS, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")),
                new Side("Opposition", List.of(WINNER), List.of("budi"))), 2, 0, 120, false));
        opened.add(id);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        // issue 18: no clock before the first move (it said "119 s left" with nobody there)
        assertThat(view.scoreboard.turn.getText()).startsWith("Turn: Proposition (round 1)").doesNotContain("s left");
        assertThat(view.movePanel.type.getListDataView().getItems()).contains(MoveType.PASS);
        CurrentPerson.as(AYU, () -> debates.play(id, Move.of(null, null, MoveType.CHALLENGE).claim(WINNER), null));
        view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.scoreboard.turn.getText()).startsWith("Turn: Proposition (round 1)").contains("s left");
    }

    @Test
    void a_claim_picked_on_the_canvas_fills_the_next_empty_claim_field() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        view.movePanel.type.setValue(MoveType.PREFER);
        view.movePanel.pick(WEAKENS);
        view.movePanel.pick("p004-moscow-upper-hand");
        assertThat(view.movePanel.preferred.getValue().id()).isEqualTo(WEAKENS);
        assertThat(view.movePanel.over.getValue().id()).isEqualTo("p004-moscow-upper-hand");
    }

    @Test
    void a_closed_debate_shows_its_result_and_offers_no_more_moves() {
        long id = open();
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        prefer(view, "p004-moscow-upper-hand");
        prefer(view, "p004-russia-regional-position-stronger");
        view.movePanel.type.setValue(MoveType.CLOSE);
        test(view.movePanel.play).click();
        assertThat(view.scoreboard.result.isVisible()).isTrue();
        assertThat(view.scoreboard.result.getText()).contains("Proposition");
        assertThat(view.scoreboard.turn.getText()).isEqualTo("The debate is closed.");
        assertThat(view.movePanel.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_student_sees_the_debates_but_is_not_offered_a_new_one_and_argues_for_her_side() {
        long id = CurrentPerson.as(new Person("moderator", "Dimas", Role.MODERATOR), this::open);
        DebateListView list = navigate(DebateListView.class);
        assertThat(list.create.isVisible()).isFalse();
        assertThat(list.list.getListDataView().getItems()).extracting(DebateSummary::id).contains(id);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.about.getText()).contains("you argue for Proposition");
        assertThat(view.movePanel.type.getListDataView().getItems()).contains(MoveType.CLAIM, MoveType.ATTACK)
                .doesNotContain(MoveType.PREFER, MoveType.CLOSE, MoveType.VOTE);
        assertThat(view.assign.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "budi", roles = "STUDENT")
    void in_british_parliamentary_the_other_bench_offers_a_point_of_information() {
        long id = CurrentPerson.as(new Person("moderator", "Dimas", Role.MODERATOR), () -> {
            long made = debates.open(SEED, new Setup("This house regrets the war", Format.BRITISH_PARLIAMENTARY, null, List.of(
                    new Side("Opening Government", List.of(WEAKENS), List.of("ayu")),
                    new Side("Opening Opposition", List.of(WINNER), List.of("budi")),
                    new Side("Closing Government", List.of(), List.of()),
                    new Side("Closing Opposition", List.of(), List.of())), 0, 0, 0, false));
            opened.add(made);
            return made;
        });
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.scoreboard.turn.getText()).contains("Opening Government").contains("speaker PM");
        assertThat(view.movePanel.poi.isVisible()).isTrue();
        view.movePanel.text.setValue("Russia was the only power on the ground.");
        view.movePanel.poi.setValue(true);
        test(view.movePanel.play).click();
        Div row = (Div) view.transcript.moves.getChildren().findFirst().orElseThrow();
        assertThat(row.getElement().getAttribute("data-accepted")).isEqualTo("true");
        assertThat(view.movePanel.poi.getValue()).isFalse();
    }

    /** Issue 18: a refusal named the speaker by login ("ayu's to give"); the page and the Markdown name people by display name. */
    @Test
    @WithMockUser(username = "budi", roles = "STUDENT")
    void a_british_parliamentary_refusal_and_the_transcript_name_people_by_display_name() {
        long id = CurrentPerson.as(new Person("moderator", "Dimas", Role.MODERATOR), () -> {
            long made = debates.open(SEED, new Setup("This house regrets the war", Format.BRITISH_PARLIAMENTARY, null, List.of(
                    new Side("Opening Government", List.of(WEAKENS), List.of("ayu", "budi")),
                    new Side("Opening Opposition", List.of(WINNER), List.of()),
                    new Side("Closing Government", List.of(), List.of()),
                    new Side("Closing Opposition", List.of(), List.of())), 0, 0, 0, false));
            opened.add(made);
            return made;
        });
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        // Budi was picked second: the Prime Minister's speech is Ayu's
        view.movePanel.type.setValue(MoveType.CLAIM);
        view.movePanel.text.setValue("Russia could not protect Armenia.");
        test(view.movePanel.play).click();
        assertThat(test($(Notification.class).id("move-refused")).getText()).contains("This is the PM's speech, Ayu's to give.")
                .doesNotContain("ayu");
        Div row = (Div) view.transcript.moves.getChildren().findFirst().orElseThrow();
        assertThat(row.getElement().getTextRecursively()).contains("Ayu's to give").doesNotContain("ayu's");
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        view = navigate(DebateView.class, String.valueOf(id));
        row = (Div) view.transcript.moves.getChildren().findFirst().orElseThrow();
        assertThat(row.getElement().getTextRecursively()).contains("yang harus disampaikan oleh Ayu.");
        String markdown = debates.exportMarkdown(id, Translations.INDONESIAN);
        assertThat(markdown).contains("- Moderator: Dimas\n").contains("anggota Ayu, Budi").contains("| Budi | Opening Government |")
                .contains("tesis «Russia's hegemony weakens»").contains("ditolak: Ini pidato PM, yang harus disampaikan oleh Ayu.");
    }

    /** Issue 18: British Parliamentary's closing teams got theses unrelated to their benches. */
    @Test
    void a_new_british_parliamentary_debate_puts_the_rivals_on_the_benches_and_the_closing_teams_extend_them() {
        DebateListView list = navigate(DebateListView.class);
        test(list.create).click();
        DebateSetupDialog form = $(DebateSetupDialog.class).first();
        form.title.setValue("This house believes Russia lost the war");
        form.format.setValue(Format.BRITISH_PARLIAMENTARY);
        form.map.setValue(form.map.getListDataView().getItems().filter(m -> m.id().equals(SEED)).findFirst().orElseThrow());
        assertThat(form.bpTheses.isVisible()).isTrue();
        assertThat(form.bpTheses.getText()).contains("\u00abRussia's hegemony weakens\u00bb").contains("\u00abRussia is the clear winner of the ceasefire\u00bb")
                .contains("Closing Government extends with \u00abRussia could not help Armenia\u00bb");
        test(form.open).click();
        DebateSummary made = debates.list().getFirst();
        opened.add(made.id());
        assertThat(debates.state(made.id()).setup().sides()).extracting(Side::theses).containsExactly(List.of(WEAKENS), List.of(WINNER),
                List.of("p000-russia-failed-to-help-armenia"), List.of("p004-russia-regional-position-stronger"));
    }

    @Test
    void a_british_parliamentary_debate_on_a_map_without_rival_theses_says_the_teams_theses_must_be_chosen() {
        DebateListView list = navigate(DebateListView.class);
        test(list.create).click();
        DebateSetupDialog form = $(DebateSetupDialog.class).first();
        form.title.setValue("Why did Turkey join Russia?");
        form.format.setValue(Format.BRITISH_PARLIAMENTARY);
        // paper 002 has a single thesis: nothing for the opposition bench to defend
        form.map.setValue(form.map.getListDataView().getItems().filter(m -> m.id().startsWith("paper-002")).findFirst().orElseThrow());
        assertThat(form.bpTheses.isVisible()).isTrue();
        assertThat(form.bpTheses.getText()).startsWith("This map does not give the four teams rival theses: choose each team's theses");
        long before = debates.list().size();
        test(form.open).click();
        assertThat(form.error.isVisible()).isTrue();
        assertThat(form.error.getText()).isEqualTo(form.bpTheses.getText());
        assertThat(debates.list()).hasSize((int) before);
    }

    /** The teacher's debate on Ayu's private copy of the seed, which only the teacher may view besides her. */
    long debateOnAyusPrivateMap() {
        String map = CurrentPerson.as(AYU, () -> {
            String id = workspace.copy(SEED, "Ayu's reading of the war");
            workspace.share(id, Visibility.PRIVATE, null, Map.of("teacher", false));
            return id;
        });
        maps.add(map);
        long id = CurrentPerson.as(TEACHER, () -> debates.open(map, new Setup("Ayu's reading", Format.FREE, null, List.of(
                new Side("Proposition", List.of(WEAKENS), List.of("ayu")), new Side("Opposition", List.of(WINNER), List.of())),
                0, 0, 0, false)));
        opened.add(id);
        return id;
    }

    @Test
    @WithMockUser(username = "budi", roles = "STUDENT")
    void a_debate_on_a_map_budi_may_not_see_is_not_found_for_him_nor_listed() {
        long id = debateOnAyusPrivateMap();
        navigate("debate/" + id, PageNotFound.class);
        assertThat(navigate(DebateListView.class).list.getListDataView().getItems()).extracting(DebateSummary::id).doesNotContain(id);
    }

    @Test
    @WithMockUser(username = "budi", roles = "STUDENT")
    void a_debate_whose_map_is_unshared_while_budi_watches_becomes_not_found() {
        long id = debateOnAyusPrivateMap();
        String map = maps.getFirst();
        long seminar = classes.findByName("Demo seminar").orElseThrow().id();
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.CLASS, seminar, Map.of("teacher", false)));
        assertThat(navigate(DebateListView.class).list.getListDataView().getItems()).extracting(DebateSummary::id).contains(id);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.about.getText()).contains("you watch as audience");
        CurrentPerson.as(AYU, () -> workspace.share(map, Visibility.PRIVATE, null, Map.of("teacher", false)));
        // his next vote finds no debate: the page says so, as for any address that leads nowhere
        view.movePanel.type.setValue(MoveType.VOTE);
        view.movePanel.claim.setValue(view.movePanel.claim.getListDataView().getItems().filter(c -> c.id().equals(WEAKENS)).findFirst().orElseThrow());
        test(view.movePanel.play).click();
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        assertThat(database.sql("select count(*) from debate_move where debate_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    int storedMoves(long id) {
        return database.sql("select count(*) from debate_move where debate_id = ?").param(id).query(Integer.class).single();
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void an_over_long_move_is_refused_with_its_limit_in_the_readers_language_and_what_was_typed_stays() {
        long id = CurrentPerson.as(new Person("moderator", "Dimas", Role.MODERATOR), this::open);
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        view.movePanel.type.setValue(MoveType.CLAIM);
        String typed = "Rusia kehilangan kepercayaan Armenia. ".repeat(3_000);
        view.movePanel.text.setValue(typed);
        test(view.movePanel.play).click();
        assertThat(view.movePanel.error.isVisible()).isTrue();
        assertThat(view.movePanel.error.getText()).startsWith("Langkah tidak dimainkan: Panjang teks klaim paling banyak 20000 karakter; yang ini")
                .doesNotContain("Exception").doesNotContain("coba lagi");
        assertThat(test($(Notification.class).id("move-refused")).getText()).isEqualTo(view.movePanel.error.getText());
        assertThat(view.movePanel.text.getValue()).isEqualTo(typed);
        assertThat(view.transcript.moves.getChildren().filter(c -> c.getId().isPresent())).isEmpty();
        assertThat(storedMoves(id)).isZero();
        // shortened, it is played and the message goes
        view.movePanel.text.setValue("Rusia kehilangan kepercayaan Armenia.");
        test(view.movePanel.play).click();
        assertThat(view.movePanel.error.isVisible()).isFalse();
        assertThat(storedMoves(id)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_move_with_a_hidden_control_character_is_refused_naming_it() {
        long id = CurrentPerson.as(new Person("moderator", "Dimas", Role.MODERATOR), this::open);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        view.movePanel.type.setValue(MoveType.CLAIM);
        view.movePanel.text.setValue("Russia lost Armenia's trust.");
        view.movePanel.title.setValue("Armenia\u202E turns");
        test(view.movePanel.play).click();
        assertThat(view.movePanel.error.getText()).isEqualTo("The move was not played: The title contains the invisible control character "
                + "U+202E (right-to-left override) at character 8; remove it and try again.");
        assertThat(storedMoves(id)).isZero();
    }

    @Test
    void a_debate_title_with_a_hidden_control_character_is_refused_in_the_new_debate_form() {
        int before = debates.list().size();
        DebateListView list = navigate(DebateListView.class);
        test(list.create).click();
        DebateSetupDialog form = $(DebateSetupDialog.class).first();
        form.title.setValue("Who\u0007 gained?");
        form.map.setValue(form.map.getListDataView().getItems().filter(m -> m.id().equals(SEED)).findFirst().orElseThrow());
        test(form.open).click();
        assertThat(form.error.isVisible()).isTrue();
        assertThat(form.error.getText()).isEqualTo("The debate could not be opened: The title of the debate contains the invisible control "
                + "character U+0007 (bel) at character 4; remove it and try again.");
        assertThat(debates.list()).hasSize(before);
    }

    @Test
    void refused_moves_without_their_fields_or_naming_unknown_claims_are_worded_in_both_languages() {
        long id = open();
        Person ayu = AYU, teacher = TEACHER;
        List<Move> moves = new ArrayList<>();
        for (MoveType type : MoveType.values()) {
            // a timeout is the server's: a person asking for one is refused before the engine (RefusedMoveWordsTest words it)
            if (type != MoveType.PASS && type != MoveType.CLOSE && type != MoveType.TIMEOUT) moves.add(Move.of(null, null, type));
        }
        moves.add(Move.of(null, null, MoveType.ATTACK).from("ghost").target("phantom"));
        moves.add(Move.of(null, null, MoveType.UNDERCUT).from("ghost").target("not-a-support"));
        moves.add(Move.of(null, null, MoveType.VOTE).claim(WEAKENS));
        for (Move move : moves) {
            Person by = move.type().moderatorOnly() ? null : move.type() == MoveType.VOTE ? teacher : ayu;
            Played played = by == null ? debates.play(id, move, null) : CurrentPerson.as(by, () -> debates.play(id, move, null));
            assertThat(played.accepted()).as(move.toString()).isFalse();
        }
        for (var language : List.of(Translations.ENGLISH, Translations.INDONESIAN)) {
            UI.getCurrent().setLocale(language);
            DebateView view = navigate(DebateView.class, String.valueOf(id));
            List<String> rows = view.transcript.moves.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
            assertThat(rows).hasSize(moves.size()).allSatisfy(row -> assertThat(row).doesNotContain("null").doesNotContain("\u00ab\u00bb")
                    .doesNotContain("\u00ab?\u00bb").doesNotContainPattern("(^|\\s)\\?(\\s|$)"));
            String all = String.join("\n", rows);
            if (language == Translations.ENGLISH) {
                assertThat(all).contains("claim without text").contains("attack without from, target").contains("attack on \u00abphantom\u00bb by \u00abghost\u00bb")
                        .contains("undercuts the support \u00abnot-a-support\u00bb").contains("votes on \u00ab").contains("without a value");
            } else {
                assertThat(all).contains("tanpa text").contains("serangan tanpa from, target").contains("serangan terhadap \u00abphantom\u00bb oleh \u00abghost\u00bb")
                        .contains("melemahkan dukungan \u00abnot-a-support\u00bb").contains("tanpa nilai").contains("Ditolak");
            }
        }
    }

    /** Stored by the old writer, a title like this one stopped the reader ("@[" reads as a reference). */
    static final String UNREADABLE_TITLE = "Moscow @[Kremlin] decides";

    @Test
    void a_debate_whose_stored_starting_map_no_longer_reads_says_so_on_its_page() {
        long made = open();
        // the same debate stored again with a starting map that does not read (it is not in memory)
        database.sql("insert into debate (title, source_map_id, starting_map, setup, positions, moderator, created_at, closed) "
                + "select title, source_map_id, ?, setup, positions, moderator, created_at, closed from debate where id = ?")
                .params("# Stored\n\n[" + UNREADABLE_TITLE + "]\n", made).update();
        long id = database.sql("select max(id) from debate").query(Long.class).single();
        opened.add(id);
        DebateView view = navigate(DebateView.class, String.valueOf(id));
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("This debate cannot be shown: its starting map no longer reads (" + SEED
                + ".argdown:3:20: expected ':' after [Moscow @[Kremlin] to define it, or only #tags after a reference). Its moves are kept; "
                + "please tell an administrator.");
        assertThat(view.title.getText()).isEqualTo("Debate " + id);
        assertThat(view.movePanel.isVisible() && view.canvas.isVisible() && view.exportJson.isVisible() && view.about.isVisible()).isFalse();
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        assertThat(view.problem.getText()).startsWith("Debat ini tidak dapat ditampilkan: peta awalnya tidak lagi dapat dibaca (" + SEED);
        // another debate opened on the same page is shown as usual
        DebateView other = navigate(DebateView.class, String.valueOf(made));
        assertThat(other.problem.isVisible()).isFalse();
        assertThat(label(other, WEAKENS)).isEqualTo("UNDEC");
    }

    @Test
    void an_unknown_debate_is_the_apps_not_found_page() {
        navigate("debate/987654", PageNotFound.class);
        navigate("debate/not-a-number", PageNotFound.class);
    }

    @Test
    void a_new_debate_with_only_a_title_and_a_map_opens_between_rival_theses_of_the_map() {
        DebateListView list = navigate(DebateListView.class);
        test(list.create).click();
        DebateSetupDialog form = $(DebateSetupDialog.class).first();
        form.title.setValue("Who gained?");
        form.map.setValue(form.map.getListDataView().getItems().filter(m -> m.id().equals(SEED)).findFirst().orElseThrow());
        test(form.open).click();
        DebateSummary made = debates.list().getFirst();
        opened.add(made.id());
        assertThat(made.title()).isEqualTo("Who gained?");
        DebateState state = debates.state(made.id());
        assertThat(state.setup().sides()).extracting(Side::name).containsExactly("Proposition", "Opposition");
        assertThat(state.setup().sides()).allSatisfy(s -> assertThat(s.theses()).hasSize(1));
        // the default theses are rivals: the scoreboard has cruxes between them
        assertThat(state.scoreboard().cruxes()).isNotEmpty();
        assertThat(CurrentPerson.find().map(Person::role)).contains(Role.MODERATOR);
    }
}
