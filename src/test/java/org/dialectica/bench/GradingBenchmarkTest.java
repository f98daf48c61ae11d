package org.dialectica.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dialectica.cli.GradeCommandAccess;
import org.dialectica.grading.Grade;
import org.dialectica.grading.Grader;
import org.dialectica.grading.Rubric;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Support;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading a class (docs/benchmarks.md, "Grading"): 200 student maps of about 60 claims, each the
 * combined seed map with claims dropped, reworded and added at random, written as Argdown files and
 * graded from the files with the default rubric against the combined map, which is also their starter
 * (only what each student added or changed counts), as {@code grade --starter} does
 * (reading included, one thread per core). Run with {@code ./mvnw -Pbench test -Dtest=GradingBenchmarkTest};
 * prints the figures, asserts only that every map was graded.
 */
@Tag("benchmark")
class GradingBenchmarkTest {
    static final int STUDENTS = 200;

    @Test
    void two_hundred_student_maps_of_sixty_claims(@TempDir Path dir) throws Exception {
        RuleBase rules = RuleBase.fromFolder(Path.of("rules"));
        ArgumentMap reference = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        List<Path> files = new ArrayList<>();
        int claims = 0;
        for (int i = 0; i < STUDENTS; i++) {
            ArgumentMap student = student(reference, new Random(i));
            claims += student.claims().size();
            Path file = dir.resolve("student-" + i + ".argdown");
            Files.writeString(file, new ArgdownWriter().write(student));
            files.add(file);
        }
        long t0 = System.nanoTime();
        // the combined map is the starter too: only each student's changes count (issue 17)
        Grader grader = new Grader(rules, Rubric.load("default"), reference, reference);
        double prepare = (System.nanoTime() - t0) / 1e6;
        GradeCommandAccess.gradeAll(grader, files.subList(0, 20)); // warm-up: JIT and Drools' networks
        List<Double> runs = new ArrayList<>();
        List<Grade> grades = List.of();
        for (int r = 0; r < 3; r++) {
            long start = System.nanoTime();
            grades = GradeCommandAccess.gradeAll(grader, files);
            runs.add((System.nanoTime() - start) / 1e9);
        }
        assertThat(grades).hasSize(STUDENTS).allMatch(g -> g.error() == null);
        double mean = grades.stream().mapToDouble(Grade::total).average().orElseThrow();
        System.out.printf(Locale.ROOT, "grading %d maps (%.1f claims on average) with the default rubric against the combined map "
                + "on %d cores: rubric and reference prepared in %.0f ms; class graded in %s s; mean total %.2f / %.0f%n",
                STUDENTS, claims / (double) STUDENTS, Runtime.getRuntime().availableProcessors(), prepare,
                runs.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList(), mean, grades.get(0).max());
    }

    /** The reference with about a tenth of its claims dropped, some reworded, and 15 new claims with relations. */
    static ArgumentMap student(ArgumentMap reference, Random random) {
        ArgumentMap map = reference.copy();
        List<Claim> all = new ArrayList<>(map.claims());
        for (Claim c : all) {
            if (random.nextInt(10) == 0) map.removeClaim(c.id());
            else if (random.nextInt(5) == 0) map.putClaim(c.withText("In my words: " + c.text()));
        }
        List<String> ids = new ArrayList<>(map.claims().stream().map(Claim::id).toList());
        for (int k = 0; k < 15; k++) {
            String id = "own-" + k;
            map.putClaim(new Claim(id, "Own claim " + k, "My own point number " + k + " about " + (random.nextBoolean() ? "Russia" : "Turkey"),
                    null, null, k % 3 == 0 ? ClaimKind.EVIDENCE : ClaimKind.CLAIM, null, null, null, null, null));
            String other = ids.get(random.nextInt(ids.size()));
            if (random.nextBoolean()) map.addSupport(new Support(id, other));
            else map.addAttack(Attack.onClaim(id, other));
            ids.add(id);
        }
        return map;
    }
}
