package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.MapFileException;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Read, write, read again: the second map equals the first. */
class ArgdownRoundTripTest {
    private static final Path ARGUMENTS = Path.of("arguments");

    static final String RICH_SAMPLE = lines(
            "===",
            "title: \"A rich map: everything at once\"",
            "description: Tests the writer.",
            "paper: p.txt",
            "lang: id",
            "===",
            "",
            "[Thesis]: Turkey gained. #turkey #(regional power)",
            "  {id: t1, kind: thesis, actors: [Turkey, \"Azerbaijan, the ally\"], locator: \"p. 3\",",
            "   quote: \"Turki \\\"menang\\\": ya\", original: \"Turki menang.\", side: Team A,",
            "   subject: Turkey, dimension: regional influence, direction: rises, from: 2020, to: 2022}",
            "  + [Drones]: Drones decided the war. {kind: evidence, lang: tr}",
            "  - <Doubt>: Others say otherwise; see [the report](https://example.org/r?a=1&b=2) // a comment",
            "  >< [Russia gained]: Russia gained.",
            "  - [Odd text]: 1 \\< 2 and \\{braces\\} and \\#no-tag, a\\/\\/b, back\\\\slash and 100%.",
            "",
            "Plain untitled statement with an @[Thesis] mention.",
            "  -> [Thesis]",
            "",
            "<Two steps>: A reconstruction with two steps.",
            "",
            "(1) [P1]: first premise",
            "(2) [P2]: second premise",
            "----",
            "  <_ [Step undercutter]: the first step is weak",
            "(3) [C1]: intermediate",
            "(4) [P3]: third premise",
            "----",
            "(5) [Thesis]",
            "",
            "[Last undercutter]: undercuts the last step",
            "  _> <Two steps>",
            "",
            "<Drawn> {drawn: true}",
            "",
            "(1) [P3]",
            "----",
            "(2) [Russia gained]",
            "",
            "[Drawn undercutter]: u",
            "  _> <Drawn>");

    static ArgumentMap roundTrip(ArgumentMap map) {
        String written = new ArgdownWriter().write(map);
        try {
            return new ArgdownReader().read(map.id() + ".argdown", written).map();
        } catch (MapFileException e) {
            throw new AssertionError("the written map does not read back: " + e.getMessage() + "\n" + written, e);
        }
    }

    static void assertSameMap(ArgumentMap actual, ArgumentMap expected) {
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.claims()).containsExactlyInAnyOrderElementsOf(expected.claims());
        assertThat(actual.supports()).containsExactlyInAnyOrderElementsOf(expected.supports());
        assertThat(actual.attacks()).containsExactlyInAnyOrderElementsOf(expected.attacks());
        assertThat(actual.oppositions()).containsExactlyInAnyOrderElementsOf(expected.oppositions());
        assertThat(actual.arguments()).containsExactlyInAnyOrderElementsOf(expected.arguments());
    }

    @Test
    void a_rich_sample_reads_the_same_after_writing() {
        // given
        ArgumentMap original = map(RICH_SAMPLE);
        // when
        ArgumentMap again = roundTrip(original);
        // then
        assertSameMap(again, original);
        assertThat(original.arguments()).extracting(Argument::id).containsExactly("two-steps-step-1", "two-steps");
        assertThat(original.supports()).contains(new Support("p3", "russia-gained"));
        assertThat(original.attacks()).filteredOn(Attack::onSupport).hasSize(5);
        assertThat(original.oppositions()).hasSize(1);
        assertThat(original.claim("t1").orElseThrow().source().quote()).isEqualTo("Turki \"menang\": ya");
    }

    @Test
    void a_map_built_in_code_survives_writing_and_reading() {
        // given
        ArgumentMap map = new ArgumentMap("built", "Built in code");
        map.setDescription("A description\nover two lines: with a colon");
        map.putClaim(new Claim("a", "Alpha", "Alpha text", null, null, ClaimKind.THESIS, List.of("Turkey"), List.of("x"),
                new Source("paper.txt", "no", null), null, null));
        map.putClaim(new Claim("b", "Beta", "Beta text", "Beta asli", "id", ClaimKind.EVIDENCE, List.of(), List.of(),
                new Source(null, null, "kutipan: \"ya\""), new Proposition("Turkey", "influence", "winner", TimeSpan.ALWAYS), "true"));
        map.putClaim(new Claim("c", "Gamma", "Gamma text", null, null, ClaimKind.CLAIM, List.of(), List.of("multi word", "a)b"),
                null, new Proposition("Russia", "influence", "falls", new TimeSpan(2019, 2019)), null));
        map.putClaim(new Claim("d", "Delta", "Delta [text] {with} #syntax // inside", null, null, null, null, null, null, null, null));
        map.putClaim(new Claim("e", "Alpha", "A second claim titled Alpha", null, null, null, null, null, null, null, null));
        Support drawn = map.addSupport(new Support("b", "a"));
        map.addAttack(Attack.onSupport("c", drawn));
        map.addArgument(new Argument("arg", "An argument", "Its description", List.of("c", "d"), "a"));
        // an undercut aims at an inference, so it attacks every support of the argument's last step
        map.addAttack(Attack.onSupport("e", map.support(Support.id("c", "a")).orElseThrow()));
        map.addAttack(Attack.onSupport("e", map.support(Support.id("d", "a")).orElseThrow()));
        map.addAttack(Attack.onClaim("e", "b"));
        map.addAttack(Attack.onClaim("d", "d")); // a self-attack, as a framework imported in the app may hold
        map.addOpposition(new Opposition("c", "d", Opposition.Type.CONTRADICTORY));
        // when
        ArgumentMap again = roundTrip(map);
        // then
        assertThat(again.claims()).containsExactlyInAnyOrderElementsOf(map.claims().stream()
                .map(c -> c.id().equals("e") ? retitled(c, "Alpha (e)") : c).toList());
        assertThat(again.supports()).containsExactlyInAnyOrderElementsOf(map.supports());
        assertThat(again.attacks()).containsExactlyInAnyOrderElementsOf(map.attacks());
        assertThat(again.oppositions()).containsExactlyInAnyOrderElementsOf(map.oppositions());
        assertThat(again.arguments()).containsExactlyInAnyOrderElementsOf(map.arguments());
        assertThat(again.description()).isEqualTo(map.description());
    }

    private static Claim retitled(Claim c, String title) {
        return new Claim(c.id(), title, c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(), c.source(),
                c.proposition(), c.assertedBy());
    }

    @Test
    void writing_what_was_read_back_gives_the_same_text() {
        // given
        ArgumentMap original = map(RICH_SAMPLE);
        String first = new ArgdownWriter().write(original);
        // when
        String second = new ArgdownWriter().write(roundTrip(original));
        // then
        assertThat(second).isEqualTo(first);
    }

    @TestFactory
    Stream<DynamicTest> every_map_in_the_arguments_folder_reads_the_same_after_writing() throws IOException {
        assumeTrue(Files.isDirectory(ARGUMENTS), "skipped: no arguments/ folder at " + ARGUMENTS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> listing = Files.list(ARGUMENTS)) {
            files = listing.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        }
        assumeFalse(files.isEmpty(), "skipped: arguments/ holds no .argdown files yet");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReadResult read = new ArgdownReader().read(file);
            assertSameMap(roundTrip(read.map()), read.map());
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_readable_argdown_fixture_reads_the_same_after_writing() throws IOException {
        Path folder = Fixtures.folder("argdown");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        }
        return files.stream()
                .filter(file -> !ArgdownFixtureTest.MALFORMED.containsKey(file.getFileName().toString()))
                .map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), () -> {
                    ArgumentMap map = new ArgdownReader().read(file).map();
                    assertSameMap(roundTrip(map), map);
                }));
    }
}
