package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.grading.GraderTest.combined;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The matcher on docs/paraphrase-pairs.tsv: seed claims of the combined map said in other words,
 * in English and Indonesian (same), and near misses (different: another actor, the opposite
 * outcome). Each student text is matched alone against the whole combined map. A «same» row counts
 * when it is matched to its claim; a «different» row is a false match when it is matched to the
 * claim it resembles. Prints precision and recall before (the matcher as it was) and after
 * (paraphrases) for docs/benchmarks.md.
 */
class ParaphraseMatchingTest {
    record Score(int truePositives, int falsePositives, int same) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) same;
        }
    }

    static Score measure(ArgumentMap reference, boolean paraphrases) throws Exception {
        ClaimMatcher matcher = new ClaimMatcher(reference, paraphrases);
        List<String> rows = Files.readAllLines(Path.of("docs", "paraphrase-pairs.tsv"), StandardCharsets.UTF_8);
        int tp = 0, fp = 0, same = 0;
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) continue;
            String[] f = row.split("\t");
            String expected = f[0], language = f[1], text = f[2];
            boolean isSame = f[3].equals("same");
            ArgumentMap student = new ArgumentMap("s", "Student");
            student.putClaim(language.equals("en")
                    ? Claim.of("student-claim", text)
                    : new Claim("student-claim", null, null, text, language, ClaimKind.CLAIM, null, null, null, null, null));
            String got = matcher.match(student).stream().map(Match::reference).findFirst().orElse(null);
            if (isSame) {
                same++;
                if (expected.equals(got)) tp++;
                else if (got != null) fp++;
            } else if (expected.equals(got)) {
                fp++;
            }
        }
        return new Score(tp, fp, same);
    }

    @Test
    void precision_and_recall_on_the_paraphrase_set() throws Exception {
        ArgumentMap reference = combined();
        Score before = measure(reference, false), after = measure(reference, true);
        System.out.printf(Locale.ROOT, "paraphrase set (%d same): before precision %.2f recall %.2f; after precision %.2f recall %.2f%n",
                before.same(), before.precision(), before.recall(), after.precision(), after.recall());
        // measured (docs/benchmarks.md): before 0.81 / 0.57, after 0.88 / 0.86; the misses left are
        // near misses that need who did what («Armenia won» against «Armenia defeated, Azerbaijan
        // victorious») and Indonesian texts against originals kept in English
        assertThat(after.recall()).isGreaterThan(before.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(after.precision()).isGreaterThanOrEqualTo(before.precision()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void russia_won_the_war_is_russia_the_clear_winner_of_the_ceasefire() throws Exception {
        ArgumentMap student = new ArgumentMap("s", "Student");
        student.putClaim(Claim.of("mine", "Russia won the war"));
        student.putClaim(Claim.of("opposite", "Russia lost the war"));
        List<Match> matches = new ClaimMatcher(combined()).match(student);
        assertThat(matches).extracting(Match::student, Match::reference)
                .contains(org.assertj.core.groups.Tuple.tuple("mine", "p004-russia-ceasefire-winner"));
        assertThat(matches).filteredOn(m -> m.student().equals("opposite")).extracting(Match::reference)
                .doesNotContain("p004-russia-ceasefire-winner");
    }
}
