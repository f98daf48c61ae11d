package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code debate score} on the documented example transcripts and on broken ones. */
class DebateCommandTest {
    record Run(int status, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("debate", "score"));
        all.addAll(List.of(args));
        int status = DebateCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String label(JsonNode move, String thesis) {
        return move.get("theses").get(thesis).get("label").asString();
    }

    /**
     * The acceptance debate of issue 9: each side states a thesis with its own sourced evidence and
     * the theses attack each other, so both are UNDEC; the moderator's ruling for the Opposition
     * makes its thesis IN and the Proposition's OUT; the ruling is a turning move; the Opposition wins.
     */
    @Test
    void rival_theses_stay_undecided_until_the_moderator_prefers_one() {
        Run run = run("docs/debates/rival-theses.debate.json", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode moves = run.json().get("moves");
        assertThat(moves).hasSize(9);
        JsonNode afterBothAttacks = moves.get(5);
        assertThat(label(afterBothAttacks, "russia-weakened")).isEqualTo("UNDEC");
        assertThat(label(afterBothAttacks, "russia-won-ceasefire")).isEqualTo("UNDEC");

        // move 7 attacks a claim nobody made: refused with the reason, and no status changes
        JsonNode bad = moves.get(6);
        assertThat(bad.get("accepted").asBoolean()).isFalse();
        assertThat(bad.get("reason").asString()).isEqualTo("There is no claim «armenia-left-the-csto» in the debate.");
        assertThat(label(bad, "russia-weakened")).isEqualTo("UNDEC");

        JsonNode ruling = moves.get(7);
        assertThat(ruling.get("type").asString()).isEqualTo("prefer");
        assertThat(label(ruling, "russia-won-ceasefire")).isEqualTo("IN");
        assertThat(label(ruling, "russia-weakened")).isEqualTo("OUT");
        List<String> turning = new ArrayList<>();
        run.json().get("turningMoves").forEach(t -> turning.add(t.get("index").asInt() + " " + t.get("thesis").asString() + " "
                + t.get("from").asString() + ">" + t.get("to").asString()));
        assertThat(turning).contains("8 russia-won-ceasefire UNDEC>IN", "8 russia-weakened UNDEC>OUT");
        JsonNode result = run.json().get("result");
        assertThat(result.get("winner").asString()).isEqualTo("Opposition");
        assertThat(result.get("explanation").asString()).isEqualTo(
                "Opposition wins: its theses stand («Russia won the ceasefire» is IN) and no other side's do.");
    }

    @Test
    void a_debate_on_the_combined_seed_map_replays_in_rounds() {
        Run run = run("docs/debates/russia-after-2020.debate.json", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode moves = run.json().get("moves");
        // on the seed map the two theses are rivals with their own evidence: undecided from the start
        assertThat(label(moves.get(0), "p000-russia-hegemony-weakens")).isEqualTo("UNDEC");
        assertThat(label(moves.get(0), "p004-russia-ceasefire-winner")).isEqualTo("UNDEC");
        moves.forEach(m -> assertThat(m.get("accepted").asBoolean()).as(m.toString()).isTrue());
        // an attack without grounds changes nothing, the challenge is answered in time, and one ruling is
        // not enough: the theses conflict through two claims (the cruxes), and only the second ruling decides
        assertThat(label(moves.get(9), "p004-russia-ceasefire-winner")).isEqualTo("UNDEC");
        assertThat(label(moves.get(10), "p004-russia-ceasefire-winner")).isEqualTo("IN");
        assertThat(label(moves.get(10), "p000-russia-hegemony-weakens")).isEqualTo("OUT");
        assertThat(run.json().get("result").get("winner").asString()).isEqualTo("Opposition");
        assertThat(run.json().get("turningMoves")).extracting(t -> t.get("index").asInt()).containsOnly(11);
        Run text = run("docs/debates/russia-after-2020.debate.json");
        assertThat(text.out()).contains("ruling: «Moscow holds the upper hand over Baku» preferred over «Russia's hegemony weakens», turned Opposition's thesis «Russia is the clear winner of the ceasefire» from UNDEC to IN")
                .contains("Result: Opposition wins");
    }

    @Test
    void moving_out_of_turn_in_rounds_is_refused_and_changes_nothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rounds.json");
        Files.writeString(file, """
                {"title": "Rounds", "format": "rounds", "moderator": "Dimas",
                 "sides": [{"name": "Proposition", "theses": ["a"], "members": ["Ayu"]},
                           {"name": "Opposition", "theses": ["b"], "members": ["Budi"]}],
                 "moves": [
                   {"by": "Ayu", "side": "Proposition", "type": "claim", "id": "a", "kind": "thesis", "text": "A"},
                   {"by": "Ayu", "side": "Proposition", "type": "claim", "id": "a2", "text": "More A", "to": "a"},
                   {"by": "Budi", "side": "Opposition", "type": "claim", "id": "b", "kind": "thesis", "text": "B", "target": "a"}
                 ]}""");
        Run run = run(file.toString(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode moves = run.json().get("moves");
        assertThat(moves.get(1).get("accepted").asBoolean()).isFalse();
        assertThat(moves.get(1).get("reason").asString()).isEqualTo("It is Opposition's turn, not Proposition's.");
        assertThat(label(moves.get(1), "a")).isEqualTo(label(moves.get(0), "a"));
        assertThat(moves.get(2).get("accepted").asBoolean()).isTrue();
        // «B» attacks «A», but neither thesis has grounds: no side stands
        assertThat(run.json().get("result").get("winner").isNull()).isTrue();
        assertThat(run.json().get("result").get("explanation").asString())
                .isEqualTo("The debate is still open; as it stands: No side wins: no side's theses all stand («A» is UNSUPPORTED and «B» is UNSUPPORTED).");
    }

    @Test
    void a_transcript_that_does_not_read_is_named_with_its_place(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"title\": \"x\",\n \"sides\": [\n  {\"name\": \"A\"},, ]}");
        Run run = run(broken.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(broken + ":3:").contains("not JSON");
        assertThat(run.out()).isEmpty();

        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, """
                {"sides": [{"name": "A"}, {"name": "B"}],
                 "moves": [{"by": "x", "type": "attack", "traget": "a"}]}""");
        Run typoRun = run(typo.toString());
        assertThat(typoRun.status()).isEqualTo(2);
        assertThat(typoRun.err()).startsWith(typo + ": moves[0].traget: unknown field; known: ");

        Path unknownType = dir.resolve("type.json");
        Files.writeString(unknownType, """
                {"sides": [{"name": "A"}, {"name": "B"}], "moves": [{"by": "x", "type": "shout"}]}""");
        assertThat(run(unknownType.toString()).err()).contains("moves[0].type: unknown move type 'shout'");

        Path oneSide = dir.resolve("one.json");
        Files.writeString(oneSide, """
                {"sides": [{"name": "A"}], "moves": []}""");
        assertThat(run(oneSide.toString()).err()).contains("A debate has 2 to 4 sides, not 1.");

        Path noMap = dir.resolve("nomap.json");
        Files.writeString(noMap, """
                {"map": "missing.argdown", "sides": [{"name": "A"}, {"name": "B"}], "moves": []}""");
        assertThat(run(noMap.toString()).err()).contains("map: no such file");

        assertThat(run(dir.resolve("absent.json").toString()).err()).contains("no such file");
        assertThat(run().status()).isEqualTo(1);
    }

    /** The protocol and map rules as the build compiled them replay a debate exactly as the same rules compiled at load time. */
    @Test
    void the_precompiled_rules_replay_debates_as_the_rules_compiled_when_loaded(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, rules.resolve(f.getFileName()));
        }
        Files.writeString(rules.resolve("debate.drl"), Files.readString(rules.resolve("debate.drl")) + "\n"); // same rules, other text
        Path generated = org.dialectica.bench.DebateScoreBenchmark.write(dir, 400,
                Path.of("arguments", "who-gained-from-the-2020-war.argdown").toAbsolutePath());
        for (String transcript : List.of("docs/debates/rival-theses.debate.json", "docs/debates/russia-after-2020.debate.json",
                generated.toString())) {
            Run precompiled = run(transcript, "--format", "json");
            Run compiledNow = run(transcript, "--format", "json", "--rules", rules.toString());
            assertThat(precompiled.status()).as(precompiled.err()).isZero();
            assertThat(precompiled.out()).as(transcript).isEqualTo(compiledNow.out());
        }
    }

    @Test
    void a_transcript_over_the_limit_is_refused_at_the_first_move_too_many(@TempDir Path dir) throws Exception {
        StringBuilder json = new StringBuilder("{\"sides\": [{\"name\": \"A\"}, {\"name\": \"B\"}],\n \"moves\": [\n");
        for (int i = 0; i <= org.dialectica.debate.Transcript.MAX_MOVES; i++) {
            json.append(i == 0 ? "" : ",\n").append("  {\"by\": \"x\", \"side\": \"A\", \"type\": \"pass\"}");
        }
        Path big = Files.writeString(dir.resolve("big.json"), json.append("]}").toString());

        Run run = run(big.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(big + ":50003:3: moves[50000]: a transcript holds at most 50,000 moves; this one has 50,001\n");
        assertThat(run.out()).isEmpty();
    }
}
