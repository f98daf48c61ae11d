package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dialectica.bench.GeneratedMaps;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules the build compiled (Drools' executable model) are the rules of {@code rules/}: loaded
 * when the folder holds exactly what was compiled, and deriving exactly what the same rules derive
 * when compiled at load time (the MVEL path an edited rule takes) on the sample maps, generated
 * maps and live sessions under random edits. An edited folder is compiled at load time and its
 * edit takes effect.
 */
class PrecompiledRulesTest {
    @TempDir
    static Path copy;
    /** rules/ with one blank line added to one file: the same rules, compiled at load time. */
    static RuleBase compiledNow;

    @BeforeAll
    static void the_same_rules_compiled_when_loaded() throws IOException {
        copyRules(copy);
        Path acceptability = copy.resolve("acceptability.drl");
        Files.writeString(acceptability, Files.readString(acceptability) + "\n");
        compiledNow = RuleBase.fromFolder(copy);
    }

    @Test
    void the_shipped_rules_load_as_the_build_compiled_them() {
        assertThat(Given.RULES.precompiled()).as("rules/ precompiled by the build (pom: precompile-rules)").isTrue();
        assertThat(RuleBase.load(copy.resolve("absent")).precompiled()).as("the packaged copy").isTrue();
        assertThat(compiledNow.precompiled()).isFalse();
        assertThat(compiledNow.files()).isEqualTo(Given.RULES.files());
    }

    @Test
    void an_edited_rule_is_compiled_when_loaded_and_takes_effect(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Path quality = dir.resolve("quality.drl");
        String text = Files.readString(quality);
        int start = text.indexOf("rule \"A claim without a source\"");
        Files.writeString(quality, text.substring(0, start) + text.substring(text.indexOf("\nend", start) + 4));
        RuleBase edited = RuleBase.fromFolder(dir);
        ArgumentMap map = Given.given().uncited("a").map();

        assertThat(edited.precompiled()).isFalse();
        assertThat(ReasoningSession.analyze(Given.RULES, map).findings()).extracting(Finding::getKind).contains(FindingKind.CLAIM_WITHOUT_SOURCE);
        assertThat(ReasoningSession.analyze(edited, map).findings()).extracting(Finding::getKind).doesNotContain(FindingKind.CLAIM_WITHOUT_SOURCE);
    }

    @Test
    void the_sample_maps_get_the_same_analysis() throws Exception {
        List<ArgumentMap> maps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("arguments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList()) {
                maps.add(new ArgdownReader().read(file).map());
            }
        }
        ArgumentMap all = maps.get(0).copy();
        maps.subList(1, maps.size()).forEach(all::absorb);
        maps.add(all);
        for (ArgumentMap map : maps) {
            assertThat(describe(ReasoningSession.analyze(Given.RULES, map))).as(map.title())
                    .isEqualTo(describe(ReasoningSession.analyze(compiledNow, map)));
        }
    }

    @Test
    void generated_maps_get_the_same_analysis() {
        for (int seed = 1; seed <= 3; seed++) {
            ArgumentMap map = GeneratedMaps.generate(600, seed);
            assertThat(describe(ReasoningSession.analyze(Given.RULES, map))).as("seed " + seed)
                    .isEqualTo(describe(ReasoningSession.analyze(compiledNow, map)));
        }
        ArgumentMap ladder = GeneratedMaps.diamondLadder(30);
        assertThat(describe(ReasoningSession.analyze(Given.RULES, ladder))).isEqualTo(describe(ReasoningSession.analyze(compiledNow, ladder)));
    }

    /** The incremental paths: insertions, updates and retractions of every kind, both sessions in step. */
    @Test
    void live_sessions_agree_after_the_same_random_edits() {
        Random seeds = new Random(20261206L);
        for (int run = 0; run < 20; run++) {
            long seed = seeds.nextLong();
            Random a = new Random(seed), b = new Random(seed);
            try (ReasoningSession precompiled = ReasoningSession.open(Given.RULES, new ArgumentMap("m", "m"));
                 ReasoningSession now = ReasoningSession.open(compiledNow, new ArgumentMap("m", "m"))) {
                for (int step = 0; step < 40; step++) {
                    IncrementalConsistencyTest.edit(precompiled, a);
                    IncrementalConsistencyTest.edit(now, b);
                    assertThat(describe(precompiled.analysis())).as("seed " + seed + ", step " + step).isEqualTo(describe(now.analysis()));
                }
            }
        }
    }

    /** Everything a report shows, in one text. */
    static String describe(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        for (Claim c : analysis.claims()) {
            out.append(String.format(Locale.ROOT, "%s %s %.9f %s %s%n", c.id(), analysis.label(c.id()), analysis.strength(c.id()),
                    analysis.grounds(c.id()), analysis.reasons(c.id()).stream().map(LabelReason::getExplanation).toList()));
        }
        analysis.conflicts().forEach(c -> out.append(c.getA()).append(' ').append(c.getB()).append(' ').append(c.getKind()).append(' ')
                .append(c.getRule()).append(' ').append(c.getExplanation()).append('\n'));
        analysis.attacks().forEach(e -> out.append(e.getFrom()).append(' ').append(e.getTo()).append(' ').append(e.getKind()).append(' ')
                .append(e.isDerived()).append(' ').append(e.getRule()).append(' ').append(e.getExplanation()).append('\n'));
        analysis.cycles().forEach(c -> out.append(c).append('\n'));
        analysis.findings().forEach(f -> out.append(f.getClaim()).append(' ').append(f.getKind()).append(' ').append(f.getRule())
                .append(' ').append(f.getMessage()).append('\n'));
        return out.toString();
    }

    private static void copyRules(Path to) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
