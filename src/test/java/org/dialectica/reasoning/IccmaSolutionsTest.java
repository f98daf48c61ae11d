package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.af.AfReader;
import org.dialectica.map.ArgumentMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Grounded labels through the whole rule path against published solutions (ICCMA {@code EE-GR}
 * files, list syntax {@code [[a,b]]}) and, where none is published, against the naive oracle.
 */
class IccmaSolutionsTest {
    private final AfReader reader = new AfReader();

    @TestFactory
    Stream<DynamicTest> grounded_extension_matches_the_published_solution() throws IOException {
        List<Path> solved = new ArrayList<>();
        for (String folder : List.of("af/asgl-apx-with-solutions", "af/probo-examples")) {
            try (Stream<Path> files = Files.list(Fixtures.folder(folder))) {
                files.filter(p -> p.toString().endsWith(".apx") || p.toString().endsWith(".tgf")).sorted().forEach(solved::add);
            }
        }
        assertThat(solved).hasSizeGreaterThanOrEqualTo(35 + 6);
        return solved.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<String> expected = solution(file);
            ArgumentMap map = reader.read(file).map();
            Analysis analysis = ReasoningSession.analyze(Given.RULES, map);
            Set<String> in = analysis.labels().entrySet().stream().filter(e -> e.getValue() == Label.IN)
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            assertThat(in).isEqualTo(expected);
        }));
    }

    /** asgl: X.apx → X.EE-GR; probo: exN.apx → exN.apx.EE-GR, and exN.tgf shares it (same names). */
    private static Set<String> solution(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.replaceFirst("\\.(apx|tgf)$", "");
        Path candidate = file.resolveSibling(stem + ".EE-GR");
        if (!Files.exists(candidate)) candidate = file.resolveSibling(stem + ".apx.EE-GR");
        String text = Files.readString(candidate).strip();
        // [[a,b]]: one extension, the grounded one
        String inner = text.substring(2, text.length() - 2).strip();
        Set<String> members = new TreeSet<>();
        if (!inner.isEmpty()) for (String m : inner.split(",")) members.add(m.strip());
        return members;
    }

    @Test
    void afgen_frameworks_agree_with_the_oracle_and_with_their_tgf_twins() throws Exception {
        Path folder = Fixtures.folder("af/afgen-samples");
        for (String stem : List.of("n100p3q34ve", "n160p3q24e", "n256p3q08n", "n448p5q2_vh")) {
            ArgumentMap apx = reader.read(folder.resolve(stem + ".apx")).map();
            ArgumentMap tgf = reader.read(folder.resolve(stem + ".tgf")).map();
            Map<String, Label> labels = ReasoningSession.analyze(Given.RULES, apx).labels();

            List<String[]> attacks = apx.attacks().stream().map(a -> new String[] {a.from(), a.target()}).toList();
            assertThat(labels).as(stem).isEqualTo(NaiveGrounded.label(apx.claimIds(), attacks));
            // APX names a1..aN, TGF 1..N
            Map<String, Label> twin = ReasoningSession.analyze(Given.RULES, tgf).labels();
            assertThat(twin.entrySet().stream().collect(Collectors.toMap(e -> "a" + e.getKey(), Map.Entry::getValue)))
                    .as(stem + " twin").isEqualTo(labels);
        }
    }
}
