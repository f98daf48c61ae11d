package org.dialectica.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The debate engine on whole debates: the protocol rules refuse what breaks them and change
 * nothing, the semantics score the sides after every move, and a ruling decides between rivals.
 */
class DebateTest {
    static final RuleBase RULES = RuleBase.fromFolder(Path.of("rules"));
    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    static Setup twoSides(Format format) {
        return new Setup("Was Russia weakened?", format, "dimas", List.of(
                new Side("Proposition", List.of("t-prop"), List.of("ayu")),
                new Side("Opposition", List.of("t-opp"), List.of("budi"))), 0, format == Format.ROUNDS ? 1 : 0, 0, false);
    }

    /** Each side states its thesis with sourced evidence; then the theses attack each other. */
    static List<Move> rivals() {
        return List.of(
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").title("Russia was weakened")
                        .text("Russia was weakened by the 2020 war"),
                Move.of("budi", "Opposition", MoveType.CLAIM).id("t-opp").kind("thesis").title("Russia won the ceasefire")
                        .text("Russia was the clear winner of the ceasefire"),
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("e-prop").kind("evidence").source("Paper 000")
                        .text("Turkey's drones decided the war, not Russia").to("t-prop"),
                Move.of("budi", "Opposition", MoveType.CLAIM).id("e-opp").kind("evidence").source("Paper 004")
                        .text("Russian peacekeepers now stand in Karabakh").to("t-opp"),
                Move.of("ayu", "Proposition", MoveType.ATTACK).from("t-prop").target("t-opp"),
                Move.of("budi", "Opposition", MoveType.ATTACK).from("t-opp").target("t-prop"));
    }

    static Debate played(Setup setup, List<Move> moves) {
        Debate debate = Debate.start(RULES, setup, new ArgumentMap("debate", "Debate"));
        for (int i = 0; i < moves.size(); i++) debate.play(moves.get(i), T0.plusSeconds(30L * i));
        return debate;
    }

    static Map<String, Label> labels(Played p) {
        return p.theses().stream().collect(Collectors.toMap(ThesisState::id, ThesisState::label));
    }

    @Test
    void rivals_with_their_own_evidence_are_undecided_until_the_moderator_rules() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            List<Played> t = debate.transcript();
            assertThat(t).allMatch(Played::accepted);
            // each thesis stands on its own sourced evidence until the other attacks it
            assertThat(labels(t.get(3))).containsEntry("t-prop", Label.IN).containsEntry("t-opp", Label.IN);
            // mutual attack, grounds on both sides, no preference: neither is decided
            assertThat(labels(t.get(5))).containsEntry("t-prop", Label.UNDEC).containsEntry("t-opp", Label.UNDEC);

            Played ruling = debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-opp").over("t-prop"), T0.plusSeconds(600));
            assertThat(ruling.accepted()).isTrue();
            // the Proposition's attack now fails against the preferred thesis; the Opposition's defeats
            assertThat(labels(ruling)).containsEntry("t-opp", Label.IN).containsEntry("t-prop", Label.OUT);
            assertThat(ruling.turned()).extracting(Turning::thesis).containsExactlyInAnyOrder("t-opp", "t-prop");
            assertThat(ruling.turned().get(0).explanation().text()).startsWith("move 7 by dimas (moderator), ruling: «Russia won the ceasefire» preferred over");

            Played close = debate.play(Move.of("dimas", null, MoveType.CLOSE), T0.plusSeconds(700));
            assertThat(close.accepted()).isTrue();
            Scoreboard board = debate.scoreboard();
            assertThat(board.result().winner()).isEqualTo("Opposition");
            assertThat(board.result().closed()).isTrue();
            assertThat(board.result().explanation().text()).isEqualTo(
                    "Opposition wins: its theses stand («Russia won the ceasefire» is IN) and no other side's do.");
            assertThat(board.turningMoves()).extracting(Turning::index).contains(7);
            // a closed debate takes nothing more
            Played late = debate.play(Move.of("ayu", "Proposition", MoveType.PASS), T0.plusSeconds(800));
            assertThat(late.accepted()).isFalse();
            assertThat(late.reason().text()).isEqualTo("The debate is closed: it takes no more moves.");
        }
    }

    @Test
    void a_move_on_a_claim_that_does_not_exist_is_refused_and_changes_nothing() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            int attacks = debate.analysis().map().attacks().size();
            Played bad = debate.play(Move.of("budi", "Opposition", MoveType.ATTACK).from("t-opp").target("no-such-claim"), T0.plusSeconds(400));
            assertThat(bad.accepted()).isFalse();
            assertThat(bad.reason().text()).isEqualTo("There is no claim «no-such-claim» in the debate.");
            assertThat(bad.reason().text(Locale.forLanguageTag("id"))).isEqualTo("Tidak ada klaim «no-such-claim» dalam debat.");
            assertThat(labels(bad)).containsEntry("t-prop", Label.UNDEC).containsEntry("t-opp", Label.UNDEC);
            assertThat(debate.analysis().map().attacks()).hasSize(attacks);
            assertThat(bad.turned()).isEmpty();
        }
    }

    @Test
    void in_rounds_only_the_side_whose_turn_it_is_moves() {
        try (Debate debate = played(twoSides(Format.ROUNDS), List.of())) {
            Played first = debate.play(Move.of("budi", "Opposition", MoveType.CLAIM).id("t-opp").kind("thesis").text("Russia won"), T0);
            assertThat(first.accepted()).isFalse();
            assertThat(first.reason().text()).isEqualTo("It is Proposition's turn, not Opposition's.");
            assertThat(first.theses()).isEmpty(); // nothing was stated
            assertThat(debate.play(Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").text("Russia lost"), T0).accepted()).isTrue();
            // one move per turn: the turn passed to the Opposition
            assertThat(debate.scoreboard().turn().side()).isEqualTo("Opposition");
            Played again = debate.play(Move.of("ayu", "Proposition", MoveType.CLAIM).id("x").text("Again"), T0);
            assertThat(again.accepted()).isFalse();
            assertThat(again.reason().text()).isEqualTo("It is Opposition's turn, not Proposition's.");
            assertThat(debate.play(Move.of("budi", "Opposition", MoveType.CLAIM).id("t-opp").kind("thesis").text("Russia won"), T0).accepted()).isTrue();
            assertThat(debate.scoreboard().turn().round()).isEqualTo(2);
        }
    }

    @Test
    void rounds_end_after_their_number_and_then_only_the_moderator_moves() {
        Setup setup = new Setup("Short", Format.ROUNDS, "dimas", twoSides(Format.ROUNDS).sides(), 1, 1, 0, false);
        try (Debate debate = played(setup, List.of(
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").text("Russia lost"),
                Move.of("budi", "Opposition", MoveType.CLAIM).id("t-opp").kind("thesis").text("Russia won")))) {
            assertThat(debate.scoreboard().turn().over()).isTrue();
            Played late = debate.play(Move.of("ayu", "Proposition", MoveType.ATTACK).from("t-prop").target("t-opp"), T0.plusSeconds(90));
            assertThat(late.reason().text()).isEqualTo("The turns are over: only the moderator may still rule or close.");
            assertThat(debate.play(Move.of("dimas", null, MoveType.CLOSE), T0.plusSeconds(100)).accepted()).isTrue();
        }
    }

    @Test
    void only_the_moderator_rules_and_the_moderator_does_not_argue() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            Played byDebater = debate.play(Move.of("budi", "Opposition", MoveType.PREFER).preferred("t-opp").over("t-prop"), T0);
            assertThat(byDebater.reason().text()).isEqualTo("Only the moderator may prefer.");
            Played byModerator = debate.play(Move.of("dimas", null, MoveType.ATTACK).from("e-opp").target("t-prop"), T0);
            assertThat(byModerator.reason().text()).isEqualTo("The moderator rules (prefer, close) and does not argue for a side.");
            Played outsider = debate.play(Move.of("carla", null, MoveType.CLAIM).text("I have a view"), T0);
            assertThat(outsider.reason().text()).isEqualTo("carla is not on a side: the audience may only vote.");
            Played wrongSide = debate.play(Move.of("ayu", "Opposition", MoveType.CLAIM).text("Switching"), T0);
            assertThat(wrongSide.reason().text()).isEqualTo("ayu is on Proposition, not on Opposition.");
            // replayed, every refused move is refused again for the same reason
            try (Debate again = Debate.replay(RULES, debate.setup(), debate.startingMap(), debate.transcript(), debate.transcript().size())) {
                assertThat(again.transcript()).extracting(p -> p.accepted() ? "ok" : p.reason().text())
                        .isEqualTo(debate.transcript().stream().map(p -> p.accepted() ? "ok" : p.reason().text()).toList());
            }
        }
    }

    @Test
    void a_later_ruling_replaces_an_earlier_one_the_other_way() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-opp").over("t-prop"), T0);
            Played back = debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-prop").over("t-opp"), T0);
            assertThat(labels(back)).containsEntry("t-prop", Label.IN).containsEntry("t-opp", Label.OUT);
        }
    }

    @Test
    void an_unanswered_challenge_takes_the_claims_grounds_until_it_is_answered() {
        try (Debate debate = played(twoSides(Format.FREE), List.of(
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").title("Russia was weakened").text("Russia was weakened"),
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("c-prop").title("Drones decided").text("Drones decided the war").to("t-prop"),
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("e-prop").kind("evidence").source("Paper 000").text("TB2 strikes").to("c-prop")))) {
            assertThat(debate.scoreboard().theses().get(0).label()).isEqualTo(Label.IN);
            Played challenge = debate.play(Move.of("budi", "Opposition", MoveType.CHALLENGE).claim("c-prop"), T0.plusSeconds(100));
            assertThat(challenge.accepted()).isTrue();
            assertThat(debate.scoreboard().openChallenges()).singleElement().satisfies(c -> {
                assertThat(c.claim()).isEqualTo("c-prop");
                assertThat(c.lapsed()).isFalse();
            });
            // the Proposition's next turn goes by without grounds for «Drones decided»: the challenge lapses
            Played other = debate.play(Move.of("ayu", "Proposition", MoveType.CLAIM).id("side-note").text("Something else"), T0.plusSeconds(200));
            assertThat(debate.scoreboard().openChallenges()).singleElement().extracting(Challenge::lapsed).isEqualTo(true);
            assertThat(labels(other)).containsEntry("t-prop", Label.UNSUPPORTED);
            assertThat(other.turned()).singleElement().satisfies(t -> assertThat(t.explanation().text())
                    .isEqualTo("move 5 by ayu (Proposition), claim «Something else», turned Proposition's thesis «Russia was weakened» from IN to UNSUPPORTED"));
            // grounds given answer it: the claim stands again
            Played answer = debate.play(Move.of("ayu", "Proposition", MoveType.CLAIM).id("e2").kind("evidence").source("Paper 001")
                    .text("Drone footage").to("c-prop"), T0.plusSeconds(300));
            assertThat(labels(answer)).containsEntry("t-prop", Label.IN);
            assertThat(debate.scoreboard().openChallenges()).isEmpty();
        }
    }

    @Test
    void a_concession_binds_the_conceding_side_and_common_ground_needs_no_defence() {
        try (Debate debate = played(twoSides(Format.FREE), List.of(
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").title("Russia was weakened").text("Russia was weakened"),
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("c").title("Drones decided").text("Drones decided the war").to("t-prop")))) {
            assertThat(debate.scoreboard().theses().get(0).label()).isEqualTo(Label.UNSUPPORTED); // no evidence yet
            Played concede = debate.play(Move.of("budi", "Opposition", MoveType.CONCEDE).claim("c"), T0.plusSeconds(100));
            // the only other side granted «Drones decided»: common ground, it stands, and the thesis on it
            assertThat(labels(concede)).containsEntry("t-prop", Label.IN);
            assertThat(debate.scoreboard().concessions()).containsEntry("Opposition", List.of("c"));
            Played attack = debate.play(Move.of("budi", "Opposition", MoveType.CLAIM).id("x").text("No").target("c"), T0.plusSeconds(200));
            assertThat(attack.accepted()).isTrue(); // a new claim against it is the claim's own attack … but an attack move is refused:
            Played direct = debate.play(Move.of("budi", "Opposition", MoveType.ATTACK).from("x").target("c"), T0.plusSeconds(300));
            assertThat(direct.reason().text()).isEqualTo("Opposition conceded «Drones decided» and may no longer argue against it.");
            Played own = debate.play(Move.of("ayu", "Proposition", MoveType.CONCEDE).claim("c"), T0.plusSeconds(400));
            assertThat(own.reason().text()).isEqualTo("«Drones decided» is Proposition's own claim: a side concedes the other sides' claims.");
        }
    }

    @Test
    void a_side_retracts_its_own_claims_only_and_never_its_thesis() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            Played theirs = debate.play(Move.of("ayu", "Proposition", MoveType.RETRACT).claim("e-opp"), T0);
            assertThat(theirs.reason().text()).isEqualTo("Only the side that made a claim may retract it, and «Russian peacekeepers now stand in Karabakh» is not Proposition's.");
            Played thesis = debate.play(Move.of("ayu", "Proposition", MoveType.RETRACT).claim("t-prop"), T0);
            assertThat(thesis.accepted()).isFalse();
            Played own = debate.play(Move.of("ayu", "Proposition", MoveType.RETRACT).claim("e-prop"), T0);
            assertThat(own.accepted()).isTrue();
            // without its evidence the Proposition's thesis has no grounds, and the Opposition's, which
            // still has its own, defeats it: a standing attacker makes it OUT (not merely unsupported)
            assertThat(labels(own)).containsEntry("t-prop", Label.OUT).containsEntry("t-opp", Label.IN);
            assertThat(debate.analysis().map().hasClaim("e-prop")).isFalse();
        }
    }

    @Test
    void audience_votes_set_a_claims_base_score_as_their_mean() {
        Setup setup = twoSides(Format.FREE);
        try (Debate debate = played(setup, rivals())) {
            double before = debate.analysis().strength("e-opp");
            assertThat(debate.play(Move.of("carla", null, MoveType.VOTE).claim("e-opp").value(1.0), T0).accepted()).isTrue();
            assertThat(debate.play(Move.of("dodi", null, MoveType.VOTE).claim("e-opp").value(0.8), T0).accepted()).isTrue();
            assertThat(debate.analysis().map().claim("e-opp").orElseThrow().weight()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(debate.analysis().strength("e-opp")).isGreaterThan(before);
            assertThat(debate.play(Move.of("carla", null, MoveType.VOTE).claim("e-opp").value(1.5), T0).reason().text())
                    .isEqualTo("A vote is a weight between 0 and 1.");
            assertThat(debate.play(Move.of("ayu", "Proposition", MoveType.VOTE).claim("e-opp").value(0.0), T0).reason().text())
                    .isEqualTo("Debaters may not vote in this debate: the moderator did not allow it.");
        }
    }

    @Test
    void british_parliamentary_speeches_go_in_order_and_points_of_information_come_from_the_other_bench() {
        Setup setup = new Setup("BP", Format.BRITISH_PARLIAMENTARY, "dimas", List.of(
                new Side("Opening Government", List.of("og"), List.of("pm", "dpm")),
                new Side("Opening Opposition", List.of("oo"), List.of("lo", "dlo")),
                new Side("Closing Government", List.of(), List.of("mg", "gw")),
                new Side("Closing Opposition", List.of(), List.of("mo", "ow"))), 0, 0, 420, false);
        try (Debate debate = Debate.start(RULES, setup, new ArgumentMap("d", "D"))) {
            assertThat(debate.scoreboard().turn().speaker()).isEqualTo("PM");
            assertThat(debate.play(Move.of("dpm", null, MoveType.CLAIM).id("og").kind("thesis").text("Yes"), T0).reason().text())
                    .isEqualTo("This is the PM's speech, pm's to give.");
            assertThat(debate.play(Move.of("pm", null, MoveType.CLAIM).id("og").kind("thesis").text("Yes"), T0).accepted()).isTrue();
            // a point of information from the opposition bench, two minutes into the speech
            assertThat(debate.play(Move.of("lo", null, MoveType.CHALLENGE).claim("og").poi(true), T0.plusSeconds(120)).accepted()).isTrue();
            assertThat(debate.play(Move.of("mg", null, MoveType.CLAIM).text("Me too").poi(true), T0.plusSeconds(130)).reason().text())
                    .isEqualTo("A point of information comes from the other bench, not from the speaking side's.");
            // the last minute is protected
            assertThat(debate.play(Move.of("mo", null, MoveType.CLAIM).text("Late").poi(true), T0.plusSeconds(400)).reason().text())
                    .isEqualTo("No points of information in a speech's first and last minute.");
            assertThat(debate.play(Move.of("lo", null, MoveType.CLAIM).text("Not yet"), T0.plusSeconds(140)).reason().text())
                    .isEqualTo("It is Opening Government's turn, not Opening Opposition's.");
            assertThat(debate.play(Move.of("pm", null, MoveType.PASS), T0.plusSeconds(420)).accepted()).isTrue();
            assertThat(debate.scoreboard().turn().speaker()).isEqualTo("LO");
            assertThat(debate.scoreboard().turn().side()).isEqualTo("Opening Opposition");
        }
    }

    @Test
    void replay_gives_the_debate_as_it_was_after_an_earlier_move() {
        try (Debate debate = played(twoSides(Format.FREE), rivals())) {
            debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-opp").over("t-prop"), T0);
            try (Debate earlier = Debate.replay(RULES, debate.setup(), debate.startingMap(), debate.transcript(), 6)) {
                assertThat(earlier.transcript()).hasSize(6);
                assertThat(earlier.scoreboard().theses()).extracting(ThesisState::label).containsOnly(Label.UNDEC);
            }
            try (Debate start = Debate.replay(RULES, debate.setup(), debate.startingMap(), debate.transcript(), 0)) {
                assertThat(start.scoreboard().theses()).isEmpty();
            }
        }
    }

    @Test
    void a_debate_on_the_combined_seed_map_keeps_its_source_untouched_and_scores_the_rival_theses() throws Exception {
        ArgumentMap seeds = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        int claims = seeds.claims().size();
        Setup setup = new Setup("Russia after 2020", Format.FREE, "dimas", List.of(
                new Side("Proposition", List.of("p000-russia-hegemony-weakens"), List.of("ayu")),
                new Side("Opposition", List.of("p004-russia-ceasefire-winner"), List.of("budi"))), 0, 0, 0, false);
        try (Debate debate = Debate.start(RULES, setup, seeds)) {
            // as on the map itself (CombinedSeedMapTest): both rest on their own evidence, neither decided
            assertThat(debate.scoreboard().theses()).extracting(ThesisState::label).containsExactly(Label.UNDEC, Label.UNDEC);
            assertThat(debate.scoreboard().cruxes()).isNotEmpty();
            Played p = debate.play(Move.of("budi", "Opposition", MoveType.CLAIM).id("new-claim").text("Moscow brokered the ceasefire")
                    .to("p004-russia-ceasefire-winner"), T0);
            assertThat(p.accepted()).isTrue();
            assertThat(seeds.claims()).hasSize(claims);
            assertThat(debate.startingMap().hasClaim("new-claim")).isFalse();
            assertThat(debate.analysis().map().hasClaim("new-claim")).isTrue();
        }
    }

    @Test
    void the_markdown_transcript_names_every_move_and_escapes_what_people_typed() {
        try (Debate debate = played(twoSides(Format.FREE), List.of(
                Move.of("ayu", "Proposition", MoveType.CLAIM).id("t-prop").kind("thesis").title("A | *bold* <b>").text("x")))) {
            String md = Transcript.markdown(debate, Locale.ENGLISH);
            assertThat(md).contains("# Was Russia weakened?").contains("| 1 | 2026-11-29 10:00:00 UTC | ayu | Proposition | claim «A \\| \\*bold\\* \\<b\\>» |");
            assertThat(Transcript.markdown(debate, Locale.forLanguageTag("id"))).contains("## Langkah");
        }
    }
}
