package org.dialectica.io.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dialectica.io.MapFileException;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Argdown → AIF → Argdown keeps claims (with their sources), supports, attacks, oppositions and preferences. */
class AifRoundTripTest {
    private static final Path ARGUMENTS = Path.of("arguments");
    private static final Path COMBINED = ARGUMENTS.resolve("who-gained-from-the-2020-war.argdown");

    static ArgumentMap throughAif(ArgumentMap map) throws MapFileException {
        String aif = new AifWriter().write(map, Instant.EPOCH);
        ReadResult read = new AifReader().read(map.id() + ".json", aif);
        assertThat(read.warnings()).as("warnings reading back %s", map.id()).isEmpty();
        return read.map();
    }

    static void assertSameMap(ArgumentMap actual, ArgumentMap expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.claims()).containsExactlyElementsOf(expected.claims());
        assertThat(actual.supports()).containsExactlyInAnyOrderElementsOf(expected.supports());
        assertThat(actual.attacks()).containsExactlyInAnyOrderElementsOf(expected.attacks());
        assertThat(actual.oppositions()).containsExactlyInAnyOrderElementsOf(expected.oppositions());
        assertThat(actual.arguments()).containsExactlyInAnyOrderElementsOf(expected.arguments());
    }

    @TestFactory
    Stream<DynamicTest> every_map_in_the_arguments_folder_is_the_same_map_after_aif() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(ARGUMENTS)) {
            files = listing.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ArgumentMap map = new ArgdownReader().read(file).map();
            assertSameMap(throughAif(map), map);
        }));
    }

    @Test
    void argdown_to_aif_to_argdown_reads_the_same_for_the_combined_seed_map() throws Exception {
        // given
        ArgumentMap seed = new ArgdownReader().read(COMBINED).map();
        // when
        String argdown = new ArgdownWriter().write(throughAif(seed));
        ReadResult again = new ArgdownReader().read(COMBINED.getFileName().toString(), argdown);
        // then
        assertThat(again.warnings()).isEmpty();
        assertSameMap(again.map(), seed);
        assertThat(seed.claims()).hasSize(51);
        assertThat(seed.claims()).allSatisfy(c -> assertThat(c.source()).isNotNull());
    }

    @Test
    void the_combined_seed_map_after_aif_and_argdown_gets_the_same_labels_relations_and_strengths() throws Exception {
        // given
        RuleBase rules = RuleBase.fromFolder(Path.of("rules"));
        ArgumentMap seed = new ArgdownReader().read(COMBINED).map();
        ArgumentMap again = new ArgdownReader().read(COMBINED.getFileName().toString(),
                new ArgdownWriter().write(throughAif(seed))).map();
        // when
        Analysis before = ReasoningSession.analyze(rules, seed);
        Analysis after = ReasoningSession.analyze(rules, again);
        // then
        assertThat(after.labels()).isEqualTo(before.labels()).hasSize(51);
        assertThat(after.attacks()).containsExactlyElementsOf(before.attacks());
        assertThat(after.conflicts()).containsExactlyElementsOf(before.conflicts());
        for (String claim : before.labels().keySet()) {
            assertThat(after.strength(claim)).as(claim).isEqualTo(before.strength(claim));
        }
    }

    @Test
    void undercuts_of_part_of_an_argument_preferences_outside_the_map_and_oppositions_survive() throws Exception {
        // given: the Argdown sample that holds every kind of relation
        String rich = String.join("\n",
                "[T]: Thesis. {id: t, kind: thesis, preferred-over: [s, elsewhere]}",
                "  >< [S]: Rival. {id: s}",
                "  - [A]: Attacker. {id: a}",
                "",
                "<Two>: Linked.",
                "",
                "(1) [P]: first {id: p}",
                "(2) [Q]: second {id: q}",
                "----",
                "(3) [T]",
                "",
                "[U]: Undercutter. {id: u}",
                "  _> <Two>",
                "",
                "[W]: Weak. {id: w, contrary: [a]}",
                "");
        ArgumentMap map = new ArgdownReader().read("rich.argdown", rich).map();
        // when
        ArgumentMap again = throughAif(map);
        // then
        assertSameMap(again, map);
        assertThat(again.claim("t").orElseThrow().preferredOver()).containsExactly("s", "elsewhere");
        assertThat(map.oppositions()).hasSize(2);
    }
}
