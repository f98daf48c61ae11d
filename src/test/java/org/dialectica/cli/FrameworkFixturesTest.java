package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.af.Framework;
import org.dialectica.io.af.FrameworkReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The direct framework path of {@code analyze} against the published grounded extensions of the
 * ICCMA fixtures, read in place: as .apx and .tgf, and as ICCMA 2023 .af written from them here.
 */
class FrameworkFixturesTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> the_grounded_extension_of_every_solved_fixture_is_its_in_arguments() throws IOException {
        List<Path> solved = Fixtures.solvedFrameworks();
        assertThat(solved).hasSizeGreaterThanOrEqualTo(35 + 6);
        return solved.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            assertThat(in(file)).isEqualTo(Fixtures.groundedSolution(file));
            // the same framework in the ICCMA 2023 numbering: argument i is the i-th name read
            Framework framework = FrameworkReader.read(file);
            Path af = dir.resolve(file.getFileName() + ".af");
            StringBuilder text = new StringBuilder("p af " + framework.size() + "\n");
            for (int i = 0; i < framework.size(); i++) text.append("# ").append(framework.name(i)).append('\n');
            for (int k = 0; k < framework.attackCount(); k++) {
                text.append(framework.attackers()[k] + 1).append(' ').append(framework.targets()[k] + 1).append('\n');
            }
            Files.writeString(af, text);
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < framework.size(); i++) {
                if (Fixtures.groundedSolution(file).contains(framework.name(i))) expected.add(String.valueOf(i + 1));
            }
            assertThat(in(af)).as("as .af").isEqualTo(expected);
        }));
    }

    private static Set<String> in(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AnalyzeCommand.run(new String[] {"analyze", file.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> in = new TreeSet<>();
        doc.get("claims").forEach(c -> {
            if (c.get("label").asString().equals("IN")) in.add(c.get("id").asString());
        });
        return in;
    }
}
