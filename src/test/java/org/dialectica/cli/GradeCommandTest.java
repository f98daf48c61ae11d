package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code grade} on files: the acceptance cases of issue 10 through the command line, CSV, and files that do not read. */
class GradeCommandTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("grade"));
        all.addAll(List.of(args));
        int status = GradeCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, ArgumentMap map) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, new ArgdownWriter().write(map));
        return file;
    }

    static JsonNode criterion(JsonNode student, String id) {
        for (JsonNode c : student.get("criteria")) if (c.get("id").asString().equals(id)) return c;
        throw new AssertionError("no criterion " + id);
    }

    @Test
    void a_copy_passes_a_map_without_evidence_fails_and_a_missing_paper_covers_less(@TempDir Path dir) throws Exception {
        ArgumentMap reference = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        Path ref = write(dir, "reference.argdown", reference);
        ArgumentMap noEvidence = reference.copy();
        noEvidence.claims().stream().filter(c -> c.kind() == ClaimKind.EVIDENCE).map(Claim::id).toList().forEach(noEvidence::removeClaim);
        ArgumentMap noPaper = reference.copy();
        noPaper.claims().stream().filter(c -> c.source() != null && c.source().paper().startsWith("000_")).map(Claim::id).toList()
                .forEach(noPaper::removeClaim);
        Path broken = dir.resolve("broken.argdown");
        Files.writeString(broken, "[A]: a claim\n  {id: a, kind: \n");

        Run run = run("--rubric", "default", "--reference", ref.toString(), ref.toString(), write(dir, "no-evidence.argdown", noEvidence).toString(),
                write(dir, "no-000.argdown", noPaper).toString(), broken.toString(), "--format", "json");
        assertThat(run.status()).as(run.err()).isEqualTo(2); // one student file did not read
        JsonNode students = JsonMapper.builder().build().readTree(run.out()).get("students");
        assertThat(students).hasSize(4);
        JsonNode copy = students.get(0), none = students.get(1), less = students.get(2);
        assertThat(criterion(copy, "sources-cited").get("passed").asBoolean()).isTrue();
        assertThat(criterion(copy, "reference-coverage").get("points").asDouble()).isEqualTo(2.0);
        assertThat(criterion(none, "thesis-grounded").get("passed").asBoolean()).isFalse();
        assertThat(criterion(none, "thesis-grounded").get("explanation").asString()).contains("The thesis «Russia's hegemony weakens» has no chain");
        assertThat(criterion(less, "reference-coverage").get("points").asDouble())
                .isLessThan(criterion(copy, "reference-coverage").get("points").asDouble());
        assertThat(copy.get("max").asDouble()).isEqualTo(10.0);
        assertThat(students.get(3).get("file").asString()).isEqualTo(broken.toString());
        assertThat(students.get(3).get("error").asString()).startsWith(broken + ":2:");

        Run csv = run("--rubric", "default", "--reference", ref.toString(), ref.toString(), "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("file,total,max,thesis-grounded,sources-cited,counterarguments,reference-coverage,own-contribution,no-circular-support,error");
    }

    /**
     * Issue 17 through the command line: with the combined map as reference and starter, a copy of the
     * starter did nothing (≤ 2 points, each criterion says nothing was added) and one extra grounded
     * objection earns more; without --starter, the starter is empty and an empty map scores 0.
     */
    @Test
    void the_starter_decides_what_counts_as_the_students_own(@TempDir Path dir) throws Exception {
        ArgumentMap combined = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        Path ref = write(dir, "reference.argdown", combined);
        Path extra = write(dir, "extra.argdown", org.dialectica.grading.OwnWorkGradingAccess.withObjection(combined));
        Path empty = write(dir, "empty.argdown", new ArgumentMap("empty", "Empty"));

        Run run = run("--rubric", "default", "--reference", ref.toString(), "--starter", ref.toString(), ref.toString(), extra.toString(),
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode students = JsonMapper.builder().build().readTree(run.out()).get("students");
        JsonNode copy = students.get(0), more = students.get(1);
        assertThat(copy.get("total").asDouble()).isLessThanOrEqualTo(2.0);
        assertThat(criterion(copy, "thesis-grounded").get("explanation").asString()).contains("Nothing was added to the starter map");
        assertThat(copy.get("own")).isEmpty();
        assertThat(more.get("total").asDouble()).isGreaterThan(copy.get("total").asDouble());
        assertThat(criterion(more, "counterarguments").get("points").asDouble()).isPositive();
        assertThat(more.get("own").toString()).contains("my-objection").doesNotContain("p004-russia-ceasefire-winner");

        Run none = run("--rubric", "default", "--reference", ref.toString(), empty.toString(), ref.toString(), "--format", "json");
        JsonNode graded = JsonMapper.builder().build().readTree(none.out()).get("students");
        assertThat(graded.get(0).get("total").asDouble()).as(none.out()).isZero();
        assertThat(graded.get(1).get("total").asDouble()).isGreaterThanOrEqualTo(9.0); // the reference, all of it the student's own

        Run text = run("--rubric", "default", "--reference", ref.toString(), "--starter", ref.toString(), extra.toString());
        assertThat(text.out()).contains("(2 claims of the student's own)");

        Run badStarter = run("--rubric", "default", "--starter", dir.resolve("missing.argdown").toString(), ref.toString());
        assertThat(badStarter.status()).isEqualTo(1);
        assertThat(badStarter.err()).contains("the starter does not read").contains("missing.argdown");
    }

    @Test
    void a_rubric_with_a_syntax_error_is_refused_with_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.yaml"), "rules: r.drl\ncriteria:\n  - id: x\n    points: 1\n");
        Files.writeString(dir.resolve("r.drl"), "package org.dialectica.rubrics;\n\nrule \"x\"\nwhen\n  eval(\nthen\nend\n");
        Run run = run("--rubric", dir.resolve("r.yaml").toString(), "arguments/paper-000-turkey-and-china-gain-as-russia-weakens.argdown");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("r.drl:");
        assertThat(run("--rubric", "nonexistent.yaml", "x.argdown").err()).contains("nonexistent.yaml: no such rubric file");
        assertThat(run("x.argdown").status()).isEqualTo(1);
    }
}
