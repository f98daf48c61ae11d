package org.dialectica.io.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.ReadResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * AIF files from AIFdb's corpora and the arguebuf library ({@code ../shared/fixtures/aif}), read in
 * place: each imports, and written out again holds the same inferences, conflicts and preferences.
 */
class AifFixtureTest {

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(Fixtures.folder("aif"))) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_aif_fixture_imports_and_keeps_its_structure_when_written_again() throws IOException {
        return fixtures().stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
            // given
            String original = Files.readString(file);
            // when
            ReadResult read = new AifReader().read(file);
            String written = new AifWriter().write(read.map(), Instant.EPOCH);
            // then
            assertThat(read.map().claims()).as("claims of %s", file).hasSize(
                    (int) AifStructure.typeCount(original, "I"));
            assertThat(AifStructure.of(written, AifStructure::claimId))
                    .isEqualTo(AifStructure.of(original, AifStructure::nodeId));
            assertThat(new AifReader().read("again.json", written).map().claims()).hasSameSizeAs(read.map().claims());
        }));
    }

    @Test
    void every_file_of_the_fixtures_is_tried() throws IOException {
        assertThat(fixtures()).hasSize(14);
    }

    @Test
    void a_map_with_locutions_keeps_who_asserted_and_names_the_dialogue_it_does_not_keep() throws Exception {
        // when
        ReadResult read = new AifReader().read(Fixtures.folder("aif").resolve("arguebuf-python-6064/6064-original.json"));
        // then
        assertThat(read.warnings()).extracting(w -> w.message().replaceFirst(" read but.*", ""))
                .contains("16 L-nodes (locutions)", "14 YA nodes (illocutions)", "8 TA nodes (transitions)");
    }

    @Test
    void the_reconstruction_says_its_rephrases_are_not_kept() throws Exception {
        // when
        ReadResult read = new AifReader().read(Fixtures.folder("aif").resolve("arguebuf-python-6064/6064-reconstructed.json"));
        // then
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("3 MA nodes"));
    }

    @Test
    void an_attack_on_an_attack_in_a_microtext_is_named_once_at_its_node() throws Exception {
        // when
        ReadResult read = new AifReader().read(Fixtures.folder("aif").resolve("microtexts/nodeset6361.json"));
        // then
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(45);
            assertThat(w.message()).isEqualTo("CA node '119934' attacks CA node '119932' (an attack on an attack):"
                    + " a map holds no attack on an attack; it is left out");
        });
    }
}
