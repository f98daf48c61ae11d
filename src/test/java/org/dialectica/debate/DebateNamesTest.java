package org.dialectica.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.dialectica.map.ArgumentMap;
import org.junit.jupiter.api.Test;

/**
 * People are named as the reader knows them (display names where the caller has accounts, logins
 * where it has none) in refusals, turning moves and the Markdown transcript; the transcript names
 * theses by title and is in the reader's language throughout.
 */
class DebateNamesTest {
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** as the application's accounts would answer; carla has no account */
    static final Names ACCOUNTS = Map.of("dimas", "Dimas Pratama", "ayu", "Ayu Lestari", "budi", "Budi Santoso",
            "pm", "Putri Maharani", "dpm", "Dewi Prameswari")::get;

    static Setup bp() {
        return new Setup("BP", Format.BRITISH_PARLIAMENTARY, "dimas", List.of(
                new Side("Opening Government", List.of("og"), List.of("pm", "dpm")),
                new Side("Opening Opposition", List.of("oo"), List.of("lo", "dlo")),
                new Side("Closing Government", List.of(), List.of("mg", "gw")),
                new Side("Closing Opposition", List.of(), List.of("mo", "ow"))), 0, 0, 0, false);
    }

    @Test
    void a_british_parliamentary_refusal_names_the_speaker_by_display_name_in_both_languages() {
        try (Debate debate = Debate.start(DebateTest.RULES, bp(), new ArgumentMap("d", "D"))) {
            Played refused = debate.play(Move.of("dpm", null, MoveType.CLAIM).id("og").kind("thesis").text("Yes"), DebateTest.T0);
            assertThat(refused.reason().text(Locale.ENGLISH, ACCOUNTS)).isEqualTo("This is the PM's speech, Putri Maharani's to give.");
            assertThat(refused.reason().text(INDONESIAN, ACCOUNTS)).isEqualTo("Ini pidato PM, yang harus disampaikan oleh Putri Maharani.");
            // without accounts (the command line): the login
            assertThat(refused.reason().text()).isEqualTo("This is the PM's speech, pm's to give.");
        }
    }

    @Test
    void refusals_and_turning_moves_name_people_by_display_name_and_keep_the_login_of_someone_without_an_account() {
        try (Debate debate = DebateTest.played(DebateTest.twoSides(Format.FREE), DebateTest.rivals())) {
            Played wrongSide = debate.play(Move.of("ayu", "Opposition", MoveType.CLAIM).text("Switching"), DebateTest.T0);
            assertThat(wrongSide.reason().text(Locale.ENGLISH, ACCOUNTS)).isEqualTo("Ayu Lestari is on Proposition, not on Opposition.");
            Played outsider = debate.play(Move.of("carla", null, MoveType.CLAIM).text("I have a view"), DebateTest.T0);
            assertThat(outsider.reason().text(Locale.ENGLISH, ACCOUNTS)).isEqualTo("carla is not on a side: the audience may only vote.");
            assertThat(outsider.reason().text(INDONESIAN, ACCOUNTS)).startsWith("carla tidak berada di pihak mana pun");
            Played ruling = debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-opp").over("t-prop"), DebateTest.T0);
            assertThat(ruling.turned()).isNotEmpty().allSatisfy(t -> assertThat(t.explanation().text(Locale.ENGLISH, ACCOUNTS))
                    .startsWith("move 9 by Dimas Pratama (moderator), ruling:"));
            // a move's type is a word of the reader's language
            Played lacking = debate.play(Move.of("budi", "Opposition", MoveType.ATTACK), DebateTest.T0);
            assertThat(lacking.reason().text(INDONESIAN)).isEqualTo("serangan memerlukan from, target.");
            assertThat(lacking.effect().text(INDONESIAN)).isEqualTo("serangan tanpa from, target");
            assertThat(debate.play(Move.of("budi", "Opposition", MoveType.PREFER).preferred("t-opp").over("t-prop"), DebateTest.T0)
                    .reason().text(INDONESIAN)).isEqualTo("Hanya moderator yang boleh melakukan putusan.");
        }
    }

    @Test
    void a_setup_refusal_names_the_person_by_display_name() {
        SetupException twice = org.assertj.core.api.Assertions.catchThrowableOfType(SetupException.class, () -> new Setup("X", Format.FREE, "dimas",
                List.of(new Side("A", List.of(), List.of("ayu")), new Side("B", List.of(), List.of("ayu"))), 0, 0, 0, false));
        assertThat(SetupException.worded(twice, Locale.ENGLISH, ACCOUNTS)).isEqualTo("Ayu Lestari is a member of two sides.");
        assertThat(twice.getMessage()).isEqualTo("ayu is a member of two sides.");
    }

    /** The rivals, a refused move, a ruling that turns both theses, and the close. */
    static Debate closedDebate() {
        Debate debate = DebateTest.played(DebateTest.twoSides(Format.FREE), DebateTest.rivals());
        debate.play(Move.of("ayu", "Opposition", MoveType.CLAIM).text("Switching"), DebateTest.T0.plusSeconds(400));
        debate.play(Move.of("dimas", null, MoveType.PREFER).preferred("t-opp").over("t-prop"), DebateTest.T0.plusSeconds(600));
        debate.play(Move.of("dimas", null, MoveType.CLOSE), DebateTest.T0.plusSeconds(700));
        return debate;
    }

    @Test
    void the_markdown_transcript_names_people_by_display_name_and_theses_by_title() {
        try (Debate debate = closedDebate()) {
            String md = Transcript.markdown(debate, Locale.ENGLISH, ACCOUNTS);
            assertThat(md).contains("- Moderator: Dimas Pratama\n")
                    .contains("- **Proposition**: theses «Russia was weakened»; members Ayu Lestari\n")
                    .contains("- **Opposition**: theses «Russia won the ceasefire»; members Budi Santoso\n")
                    .contains("| 1 | 2026-11-29 10:00:00 UTC | Ayu Lestari | Proposition | claim «Russia was weakened» |")
                    .contains("| Dimas Pratama |  | ruling: «Russia won the ceasefire» preferred over «Russia was weakened» | turned Proposition's thesis "
                            + "«Russia was weakened» from UNDEC to OUT; turned Opposition's thesis «Russia won the ceasefire» from UNDEC to IN |")
                    .contains("refused: Ayu Lestari is on Proposition, not on Opposition.")
                    .contains("- Proposition: «Russia was weakened» OUT, strength 0.")
                    .contains("- Format: free\n");
            // no login where a person is named: every "by" cell, member list and refusal uses the name
            assertThat(md).doesNotContainPattern("\\| (ayu|budi|dimas) \\|").doesNotContain("members ayu").doesNotContain("t-prop");
            // the command line knows no accounts: the logins
            assertThat(Transcript.markdown(debate, Locale.ENGLISH)).contains("- Moderator: dimas\n").contains("| ayu | Proposition |");
        }
    }

    @Test
    void the_markdown_transcript_is_indonesian_throughout_for_an_indonesian_reader() throws Exception {
        try (Debate debate = closedDebate()) {
            String english = Transcript.markdown(debate, Locale.ENGLISH, ACCOUNTS);
            String indonesian = Transcript.markdown(debate, INDONESIAN, ACCOUNTS);
            Properties en = load("transcript.properties"), id = load("transcript_id.properties");
            assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                if (key.startsWith("format.") && !key.equals("format.free")) continue; // the debate's own format only
                assertThat(indonesian).as(key).contains(id.getProperty(key));
                if (!en.getProperty(key).equals(id.getProperty(key))) {
                    assertThat(english).as(key).contains(en.getProperty(key));
                    assertThat(indonesian).as(key).doesNotContain(en.getProperty(key) + " ").doesNotContain(en.getProperty(key) + ":")
                            .doesNotContain(en.getProperty(key) + "\n");
                }
            }
            assertThat(indonesian).contains("- Format: bebas\n")
                    .contains("| Ayu Lestari | Proposition | klaim «Russia was weakened» |")
                    .contains("ditolak: Ayu Lestari berada di Proposition, bukan di Opposition.")
                    .contains("putusan: «Russia won the ceasefire» lebih diutamakan daripada «Russia was weakened»")
                    .contains("| mengubah tesis Proposition «Russia was weakened» dari UNDEC (belum terputuskan) menjadi OUT (gugur); ")
                    .contains("OUT (gugur), kekuatan 0,")
                    .contains("**Hasil**: Opposition menang");
            // none of the English move words, effects or results
            assertThat(indonesian).doesNotContain("claim «").doesNotContain("ruling:").doesNotContain("refused").doesNotContain(" by ")
                    .doesNotContain("wins").doesNotContain("strength").doesNotContain("| free");
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = DebateNamesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
