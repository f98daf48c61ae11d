package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dialectica.map.ClaimKind;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 17, the assignment side, on the real database and rules: the reference is an answer key no
 * student of the class opens (by the service: load, export, copy, list) unless the teacher shares it
 * with them by name; students begin from the starter; a rubric change grades everyone again with the
 * teacher's points kept where their criterion still is, the version recorded and no total above the
 * maximum. The people are the demo accounts of the first start (class «Demo seminar»: ayu, budi).
 */
@SpringBootTest
class AnswerKeyAndRegradingTest {
    private static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static final Person CITRA = new Person("citra", "Citra", Role.STUDENT); // of no class
    static final String SEED = "who-gained-from-the-2020-war";

    private static final String REFERENCE = """
            [Thesis]: Turkey gained from the war. {kind: thesis}
              + [Evidence]: Turkish drones decided battles. {kind: evidence, paper: "001.txt", locator: "p. 3", quote: "drones decided"}

            [Rival]: Russia gained most from the war. {kind: thesis}
              + [Peacekeepers]: Russian peacekeepers stay in Karabakh. {kind: evidence, paper: "000.txt", locator: "p. 2", quote: "peacekeepers"}
            """;

    @Autowired
    Assignments assignments;
    @Autowired
    Workspace workspace;
    @Autowired
    Classes classes;
    @Autowired
    JdbcTemplate jdbc;

    private long classId;
    private final List<Long> made = new ArrayList<>();
    private final List<String[]> maps = new ArrayList<>();

    @BeforeEach
    void demoClass() {
        classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
    }

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("delete from assignment where id = ?", id));
        for (String[] m : maps) CurrentPerson.as(new Person(m[0], m[0], Role.ADMIN), () -> workspace.delete(m[1]));
    }

    /** The teacher's reference, shared with the whole class as a teacher might have done before issue 17. */
    private String reference() {
        String id = CurrentPerson.as(TEACHER, () -> {
            try {
                String mapId = workspace.importArgdown("reference.argdown", REFERENCE).mapId();
                workspace.share(mapId, Visibility.CLASS, classId, Map.of());
                return mapId;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        maps.add(new String[] {"teacher", id});
        return id;
    }

    private long assignment(String reference, Assignment.Starter starter, String starterMap) {
        long id = CurrentPerson.as(TEACHER, () -> assignments.create("Who gained?", null, classId, null, reference, null, starter, starterMap));
        made.add(id);
        return id;
    }

    private long handIn(Person student, long assignmentId) {
        String mapId = CurrentPerson.as(student, () -> assignments.startMap(assignmentId, Assignments.Start.STARTER));
        maps.add(new String[] {student.login(), mapId});
        return CurrentPerson.as(student, () -> assignments.submit(assignmentId)).id();
    }

    /** A student who wrote the map themselves (an empty starter; their file is the answer key's text): their own work throughout. */
    private long handInOwnWork(Person student, long assignmentId) {
        String mapId = CurrentPerson.as(student, () -> {
            try {
                return assignments.importMap(assignmentId, "mine.argdown", REFERENCE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        maps.add(new String[] {student.login(), mapId});
        return CurrentPerson.as(student, () -> assignments.submit(assignmentId)).id();
    }

    private Regrades.Progress finished(long assignmentId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Regrades.Progress p = CurrentPerson.as(TEACHER, () -> assignments.regrading(assignmentId)).orElseThrow();
            if (p.finished()) return p;
            Thread.sleep(100);
        }
        throw new AssertionError("the regrading did not finish in 60 s");
    }

    @Test
    void a_student_of_the_class_is_refused_the_reference_however_it_is_shared_with_the_class() {
        String reference = reference();
        assignment(reference, Assignment.Starter.THESES, null);

        CurrentPerson.as(AYU, () -> {
            assertThat(workspace.may(reference, MapAction.VIEW)).isFalse();
            assertThat(workspace.list("")).extracting(org.dialectica.workspace.MapSummary::id).doesNotContain(reference);
            assertThatThrownBy(() -> workspace.load(reference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workspace.exportArgdown(reference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workspace.copy(reference, "mine")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workspace.analysis(reference)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(CurrentPerson.as(TEACHER, () -> workspace.load(reference)).claims()).hasSize(4);

        // shown explicitly, by name: then she may
        CurrentPerson.as(TEACHER, () -> workspace.share(reference, Visibility.CLASS, classId, Map.of("ayu", false)));
        assertThat(CurrentPerson.as(AYU, () -> workspace.exportArgdown(reference))).contains("Turkey gained");
        assertThatThrownBy(() -> CurrentPerson.as(BUDI, () -> workspace.load(reference))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_sample_map_as_the_reference_is_hidden_from_the_class_only_and_the_students_begin_from_its_theses() {
        // seen a moment before (and so remembered, for pages told of every move): hidden the moment it becomes the key
        assertThat(CurrentPerson.as(AYU, () -> workspace.maySee(AYU, SEED))).isTrue();
        long id = assignment(SEED, Assignment.Starter.THESES, null);
        assertThat(CurrentPerson.as(AYU, () -> workspace.maySee(AYU, SEED))).isFalse();

        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> workspace.load(SEED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> workspace.exportArgdown(SEED))).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentPerson.as(CITRA, () -> workspace.may(SEED, MapAction.VIEW))).isTrue(); // no student of this class

        String mine = CurrentPerson.as(AYU, () -> assignments.startMap(id, Assignments.Start.STARTER));
        maps.add(new String[] {"ayu", mine});
        var started = CurrentPerson.as(AYU, () -> workspace.load(mine));
        var seed = CurrentPerson.as(TEACHER, () -> workspace.load(SEED));
        assertThat(started.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(ClaimKind.THESIS));
        assertThat(started.claims()).hasSize((int) seed.claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).count());
        assertThat(started.supports()).isEmpty();

        Assignments.Keys keys = CurrentPerson.as(TEACHER, () -> assignments.keys(id));
        assertThat(keys.reference()).isEqualTo(seed.title());
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.keys(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.referenceMap(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_class_lists_its_students_only() {
        long id = assignment(null, Assignment.Starter.EMPTY, null);
        List<String> listed = CurrentPerson.as(TEACHER, () -> assignments.submissions(id)).stream().map(Assignments.Work::student).toList();
        assertThat(listed).contains("ayu", "budi").doesNotContain("moderator", "teacher");
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.list())).filteredOn(r -> r.assignment().id() == id).singleElement()
                .satisfies(r -> assertThat(r.students()).isEqualTo(listed.size()));
    }

    @Test
    void changing_the_points_grades_everyone_again_keeps_the_teachers_points_and_records_the_version() throws Exception {
        String reference = reference();
        // work of their own: a copy of a starter would earn nothing under either rubric
        long id = assignment(reference, Assignment.Starter.EMPTY, null);
        long ayu = handInOwnWork(AYU, id);
        long budi = handInOwnWork(BUDI, id);
        Map<Long, Double> before = Map.of(ayu, CurrentPerson.as(TEACHER, () -> assignments.review(ayu)).total(),
                budi, CurrentPerson.as(TEACHER, () -> assignments.review(budi)).total());
        CurrentPerson.as(TEACHER, () -> assignments.override(ayu, "counterarguments", 1.5, "Answered in part."));
        Rubric rubric = CurrentPerson.as(TEACHER, () -> assignments.rubric(id));

        // every criterion's points doubled
        List<Rubric.Criterion> doubled = rubric.criteria().stream()
                .map(c -> new Rubric.Criterion(c.id(), c.title(), c.description(), c.points() * 2, c.threshold())).toList();
        CurrentPerson.as(TEACHER, () -> assignments.editRubric(id, doubled));
        Regrades.Progress progress = finished(id);

        assertThat(progress.total()).isEqualTo(2);
        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.version()).isEqualTo(2);
        assertThat(progress.dropped()).isEmpty();
        for (long s : List.of(ayu, budi)) {
            Review r = CurrentPerson.as(TEACHER, () -> assignments.review(s));
            assertThat(r.rubricVersion()).isEqualTo(2);
            assertThat(r.max()).isEqualTo(rubric.max() * 2);
            assertThat(r.total()).isNotEqualTo(before.get(s)).isLessThanOrEqualTo(r.max());
        }
        Review kept = CurrentPerson.as(TEACHER, () -> assignments.review(ayu));
        assertThat(kept.points("counterarguments").overridden()).isEqualTo(1.5);
        assertThat(kept.points("counterarguments").reason()).isEqualTo("Answered in part.");
        assertCsvTotalsWithinMax(id);
    }

    @Test
    void a_new_rubric_without_a_criterion_drops_the_teachers_points_for_it_and_says_so() throws Exception {
        String reference = reference();
        long id = assignment(reference, Assignment.Starter.MAP, reference);
        long ayu = handIn(AYU, id);
        CurrentPerson.as(TEACHER, () -> assignments.override(ayu, "counterarguments", 1.0, "Half answered."));
        CurrentPerson.as(TEACHER, () -> assignments.override(ayu, "sources-cited", 1.0, "One quote is loose."));

        String yaml = Files.readString(Path.of("rules/rubrics/default.yaml"))
                .replaceAll("(?s)  - id: counterarguments.*?threshold: [0-9.]+\\n", "");
        String drl = Files.readString(Path.of("rules/rubrics/default.drl"));
        CurrentPerson.as(TEACHER, () -> {
            try {
                assignments.uploadRubric(id, "fewer.yaml", yaml, "default.drl", drl);
            } catch (RubricException e) {
                throw new IllegalStateException(e);
            }
        });
        Regrades.Progress progress = finished(id);

        assertThat(progress.dropped()).singleElement().asString().contains("Ayu", "counterarguments", "Half answered.");
        Review r = CurrentPerson.as(TEACHER, () -> assignments.review(ayu));
        assertThat(r.points()).extracting(Review.Points::criterion).doesNotContain("counterarguments");
        assertThat(r.points("sources-cited").overridden()).isEqualTo(1.0);
        assertThat(r.dropped()).singleElement().asString().contains("counterarguments");
        assertThat(r.total()).isLessThanOrEqualTo(r.max());
        assertCsvTotalsWithinMax(id);
    }

    @Test
    void a_rubric_refused_names_the_file_uploaded() {
        long id = assignment(null, Assignment.Starter.EMPTY, null);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> {
            try {
                assignments.uploadRubric(id, "my-rubric.yaml", "title: [unclosed", "mine.drl", "package x;");
            } catch (RubricException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        })).hasMessageContaining("my-rubric.yaml");
    }

    @Test
    void grading_again_one_or_all_uses_the_rubric_as_it_is_and_the_report_never_mixes_versions() throws Exception {
        String reference = reference();
        long id = assignment(reference, Assignment.Starter.MAP, reference);
        long ayu = handIn(AYU, id);
        long budi = handIn(BUDI, id);
        CurrentPerson.as(TEACHER, () -> assignments.review(ayu));
        CurrentPerson.as(TEACHER, () -> assignments.review(budi));
        // as if graded before the rubric changed: stale, left out of the report until graded again
        jdbc.update("update assignment set rubric_version = 3 where id = ?", id);
        ClassReport stale = CurrentPerson.as(TEACHER, () -> assignments.report(id));
        assertThat(stale.lines()).filteredOn(ClassReport.Line::submitted).allSatisfy(l -> {
            assertThat(l.stale()).isTrue();
            assertThat(l.total()).isNull();
            assertThat(l.points()).isEmpty();
        });
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.stale(id))).isEqualTo(2);

        Review one = CurrentPerson.as(TEACHER, () -> assignments.regrade(ayu));
        assertThat(one.rubricVersion()).isEqualTo(3);
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.stale(id))).isEqualTo(1);

        CurrentPerson.as(TEACHER, () -> assignments.regradeAll(id));
        assertThat(finished(id).done()).isEqualTo(2);
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.stale(id))).isZero();
        assertThat(CurrentPerson.as(TEACHER, () -> assignments.report(id)).lines()).filteredOn(ClassReport.Line::submitted)
                .allSatisfy(l -> assertThat(l.total()).isNotNull());
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.regradeAll(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> assignments.regrade(ayu))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertCsvTotalsWithinMax(long id) throws Exception {
        String csv = CurrentPerson.as(TEACHER, () -> assignments.report(id)).csv();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).filteredOn(r -> !r.get("total").isEmpty()).isNotEmpty().allSatisfy(r -> {
            assertThat(Double.parseDouble(r.get("total"))).isLessThanOrEqualTo(Double.parseDouble(r.get("max")));
            assertThat(r.get("rubric_version")).isNotEmpty();
        });
    }
}
