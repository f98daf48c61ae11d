package org.dialectica.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every file in arguments/: it loads cleanly, every claim is cited, and the citations are real. */
class SampleMapsTest {
    private static final Path ARGUMENTS = Path.of("arguments");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Map<Path, ReadResult> MAPS = new HashMap<>();

    @BeforeAll
    static void readAll() throws Exception {
        try (Stream<Path> files = Files.list(ARGUMENTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".argdown")).sorted().toList()) {
                MAPS.put(file, new ArgdownReader().read(file));
            }
        }
    }

    @Test
    void there_is_one_map_per_seed_paper_and_a_combined_map_of_the_rival_theses() {
        assertThat(MAPS.keySet()).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("paper-000-")).anyMatch(n -> n.startsWith("paper-001-"))
                .anyMatch(n -> n.startsWith("paper-002-")).anyMatch(n -> n.startsWith("paper-003-"))
                .anyMatch(n -> n.startsWith("paper-004-")).contains("who-gained-from-the-2020-war.argdown");
    }

    @Test
    void every_map_loads_without_warnings() {
        MAPS.forEach((file, read) -> assertThat(read.warnings()).as(file.toString()).isEmpty());
    }

    @Test
    void full_texts_have_at_least_eight_claims_and_abstracts_at_least_four() {
        Map<String, Integer> minimum = Map.of("000", 8, "001", 8, "004", 8, "002", 4, "003", 4);
        minimum.forEach((paper, least) -> {
            ArgumentMap map = mapOf("paper-" + paper + "-");
            assertThat(map.claims()).as(paper).hasSizeGreaterThanOrEqualTo(least);
            assertThat(map.claims()).as(paper).allSatisfy(c -> assertThat(c.source().paper()).startsWith(paper + "_"));
        });
    }

    @Test
    void every_claim_is_cited_with_paper_locator_quote_and_english_text() {
        for (ReadResult read : MAPS.values()) {
            for (Claim claim : read.map().claims()) {
                assertThat(claim.source()).as(claim.id()).isNotNull();
                assertThat(claim.source().paper()).as(claim.id()).isNotBlank();
                assertThat(claim.source().locator()).as(claim.id()).isNotBlank();
                assertThat(claim.source().quote()).as(claim.id()).isNotBlank();
                assertThat(claim.text()).as(claim.id()).isNotBlank();
            }
        }
    }

    @Test
    void every_quote_is_verbatim_in_its_seed_paper() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "skipped: seed papers not found at " + SEEDS.toAbsolutePath().normalize());
        Map<String, String> seeds = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (ReadResult read : MAPS.values()) {
            for (Claim claim : read.map().claims()) {
                String paper = claim.source().paper();
                String seed = seeds.computeIfAbsent(paper, p -> {
                    try {
                        return squash(Files.readString(SEEDS.resolve(p)));
                    } catch (IOException e) {
                        throw new IllegalStateException("seed paper " + p + " named by " + claim.id() + " not found", e);
                    }
                });
                if (!seed.contains(squash(claim.source().quote()))) missing.add(claim.id() + ": " + claim.source().quote());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void no_support_or_attack_is_drawn_between_claims_of_different_papers() {
        for (ReadResult read : MAPS.values()) {
            ArgumentMap map = read.map();
            for (Support s : map.supports()) assertThat(paper(map, s.from())).as(s.id()).isEqualTo(paper(map, s.to()));
            for (Attack a : map.attacks()) {
                String target = a.onSupport() ? map.support(a.target()).orElseThrow().to() : a.target();
                assertThat(paper(map, a.from())).as(a.id()).isEqualTo(paper(map, target));
            }
        }
    }

    @Test
    void a_claim_restated_in_another_map_is_defined_identically() {
        Map<String, Claim> seen = new HashMap<>();
        for (ReadResult read : MAPS.values()) {
            for (Claim claim : read.map().claims()) {
                Claim earlier = seen.putIfAbsent(claim.id(), claim);
                if (earlier != null) assertThat(claim).as(claim.id()).isEqualTo(earlier);
            }
        }
    }

    private static String paper(ArgumentMap map, String claimId) {
        return map.claim(claimId).orElseThrow().source().paper();
    }

    private static ArgumentMap mapOf(String prefix) {
        return MAPS.entrySet().stream().filter(e -> e.getKey().getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow().getValue().map();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
