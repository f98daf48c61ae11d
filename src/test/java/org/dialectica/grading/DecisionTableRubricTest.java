package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialectica.grading.GraderTest.RULES;
import static org.dialectica.grading.GraderTest.combined;
import static org.dialectica.grading.GraderTest.criterion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rubrics whose points come from a Drools decision table (the default rubric's default.csv gives
 * own-contribution's share of points by how many new claims are grounded and bear on a thesis), and
 * rubric titles in two languages.
 */
class DecisionTableRubricTest {

    /**
     * The five paper maps handed in against the combined map: each graded, own-contribution worded by
     * the table's rule. Paper 002 earns nothing there: its claims rest on the paper's own assessments,
     * which the reference does not ground either, so none is asked for and none counts.
     */
    @Test
    void a_decision_table_rubric_grades_the_sample_submissions() throws Exception {
        Rubric rubric = Rubric.load("default");
        assertThat(rubric.rules()).containsKeys("default.drl", "default.csv");
        Grader grader = new Grader(RULES, rubric, combined(), null);
        List<Path> papers;
        try (Stream<Path> files = Files.list(Path.of("arguments"))) {
            papers = files.filter(p -> p.getFileName().toString().startsWith("paper-")).sorted().toList();
        }
        assertThat(papers).hasSize(5);
        for (Path paper : papers) {
            Grade g = grader.grade(paper.toString(), new ArgdownReader().read(paper).map());
            CriterionResult own = criterion(g, "own-contribution");
            assertThat(own.explanation(Locale.ENGLISH)).as(paper.toString()).containsPattern("\\d+ of the \\d+ claims of the student's own");
            if (paper.toString().contains("paper-002")) assertThat(own.points()).isZero();
            else assertThat(own.points()).as(paper.toString()).isPositive().isLessThanOrEqualTo(own.max());
            assertThat(g.total()).isLessThanOrEqualTo(g.max());
        }
    }

    /** Editing a row of the table changes the points: the table, not the .drl, decides them. */
    @Test
    void the_points_follow_the_table(@TempDir Path dir) throws Exception {
        Path rubric = copyDefault(dir);
        ArgumentMap combined = combined();
        ArgumentMap extra = OwnWorkGradingTest.withObjection(combined);
        Grade before = new Grader(RULES, Rubric.read(rubric), combined, combined).grade("extra", extra);
        assertThat(criterion(before, "own-contribution").points()).isEqualTo(0.5); // two good new claims: row «one or two», 0.5 of 1 point
        Path csv = dir.resolve("default.csv");
        Files.writeString(csv, Files.readString(csv).replace("one or two,\"1, 3\",0.5", "one or two,\"1, 3\",1"));
        Grade after = new Grader(RULES, Rubric.read(rubric), combined, combined).grade("extra", extra);
        assertThat(criterion(after, "own-contribution").points()).isEqualTo(1.0);
    }

    /** The same table as a spreadsheet (.xlsx, its «...» spans as merged cells) gives the same points. */
    @Test
    void an_xlsx_table_decides_like_the_csv(@TempDir Path dir) throws Exception {
        Path rubric = copyDefault(dir);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(Files.readString(dir.resolve("default.csv")))).getRecords();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(dir.resolve("default.xlsx"))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("points");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.endsWith("...")) {
                        v = v.substring(0, v.length() - 3);
                        if (!v.isEmpty()) sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, c, c + 1));
                    }
                    if (!v.isEmpty()) row.createCell(c).setCellValue(v);
                }
            }
            book.write(out);
        }
        Files.writeString(rubric, Files.readString(rubric).replace("rules: [default.drl, default.csv]", "rules: [default.drl, default.xlsx]"));
        ArgumentMap combined = combined();
        Grade g = new Grader(RULES, Rubric.read(rubric), combined, combined).grade("extra", OwnWorkGradingTest.withObjection(combined));
        assertThat(criterion(g, "own-contribution").points()).isEqualTo(0.5);
    }

    /** A cell that does not compile is refused naming the table and the cell (row 11, column B: «one or two»'s range). */
    @Test
    void a_broken_table_is_refused_with_its_cell(@TempDir Path dir) throws Exception {
        Path rubric = copyDefault(dir);
        Path csv = dir.resolve("default.csv");
        Files.writeString(csv, Files.readString(csv).replace("\"1, 3\",0.5", "\"1, 3 3\",0.5"));
        assertThatThrownBy(() -> new Grader(RULES, Rubric.read(rubric), null)).isInstanceOf(RubricException.class)
                .hasMessageContaining("default.csv: cell B11");
        // a table without its RuleTable: the layout does not read, and the file says so
        Files.writeString(csv, "RuleSet,org.dialectica.rubrics\nNotes,no table here\n");
        assertThatThrownBy(() -> new Grader(RULES, Rubric.read(rubric), null)).isInstanceOf(RubricException.class)
                .hasMessageContaining("default.csv: the decision table does not read");
        Files.writeString(dir.resolve("bad.yaml"), "rules: [default.drl, default.txt]\ncriteria:\n  - id: a\n");
        assertThatThrownBy(() -> Rubric.read(dir.resolve("bad.yaml"))).hasMessageContaining("default.txt is not a .drl file or a decision table");
    }

    static Path copyDefault(Path dir) throws Exception {
        for (String f : List.of("default.yaml", "default.drl", "default.csv")) Files.copy(Path.of("rules", "rubrics", f), dir.resolve(f));
        return dir.resolve("default.yaml");
    }

    @Test
    void criterion_titles_and_descriptions_in_english_and_indonesian(@TempDir Path dir) throws Exception {
        Rubric.Criterion grounded = Rubric.load("default").criteria().get(0);
        assertThat(grounded.title(Locale.ENGLISH)).isEqualTo("Every thesis is grounded");
        assertThat(grounded.title(Locale.forLanguageTag("id"))).isEqualTo("Setiap tesis berdasar");
        assertThat(grounded.description(Locale.forLanguageTag("id"))).startsWith("Setiap tesis bertumpu");
        assertThat(grounded.title(Locale.FRENCH)).isEqualTo("Every thesis is grounded"); // any other language reads English

        // the old form still reads, with title_id beside it
        Files.writeString(dir.resolve("r.drl"), "package org.dialectica.rubrics;\n");
        Files.writeString(dir.resolve("r.yaml"), "rules: r.drl\ncriteria:\n  - id: a\n    title: Plain\n    title_id: Polos\n    description: Old style\n");
        Rubric.Criterion plain = Rubric.read(dir.resolve("r.yaml")).criteria().get(0);
        assertThat(plain.title()).isEqualTo("Plain");
        assertThat(plain.title(Locale.forLanguageTag("id"))).isEqualTo("Polos");
        assertThat(plain.description(Locale.forLanguageTag("id"))).isEqualTo("Old style");

        // written back and read again, both languages stay; an edit of points keeps them
        Rubric edited = Rubric.load("default").with(List.of(new Rubric.Criterion(grounded.id(), grounded.title(), grounded.description(), 5, 1)));
        Rubric again = Rubric.of("again", RubricYaml.write(edited, "default.drl"), edited.rules());
        assertThat(again.criteria().get(0).title(Locale.forLanguageTag("id"))).isEqualTo("Setiap tesis berdasar");
        assertThat(again.criteria().get(0).points()).isEqualTo(5);
    }
}
