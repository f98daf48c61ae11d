package org.dialectica.grading;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grading tables (V8) in plain SQL that H2 and PostgreSQL both read. No rights are checked here:
 * {@link Assignments} does that before every call.
 */
@Repository
class GradingStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    GradingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An assignment with its rubric as stored. */
    record Stored(Assignment assignment, String rubricYaml, String drlName, String drl, Map<String, String> tables) {
        /** The rubric's rules files in its YAML's order: the .drl, then its decision tables. */
        Map<String, String> rules() {
            Map<String, String> all = new LinkedHashMap<>();
            all.put(drlName, drl);
            all.putAll(tables);
            return all;
        }
    }

    /** The decision tables beside the first (.drl) file, as one JSON object of name to text (an .xlsx as Base64). */
    private static String tables(Map<String, String> rules) {
        Map<String, String> rest = new LinkedHashMap<>(rules);
        rest.remove(rules.keySet().iterator().next());
        return rest.isEmpty() ? null : JSON.writeValueAsString(rest);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tables(String json) {
        return json == null ? Map.of() : new LinkedHashMap<String, String>(JSON.readValue(json, LinkedHashMap.class));
    }

    /** @param rules the rubric's rules files, its .drl first */
    long insertAssignment(Assignment a, String yaml, Map<String, String> rules) {
        String drlName = rules.keySet().iterator().next(), drl = rules.get(drlName);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement s = con.prepareStatement("""
                    insert into assignment (title, instructions, class_id, teacher, due_at, reference_map_id, rubric_yaml,
                    rubric_drl_name, rubric_drl, sources, created_at, starter_kind, starter_map_id, rubric_tables)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            s.setString(1, a.title());
            s.setString(2, a.instructions());
            s.setLong(3, a.classId());
            s.setString(4, a.teacher());
            s.setObject(5, time(a.due()));
            s.setString(6, a.referenceMapId());
            s.setString(7, yaml);
            s.setString(8, drlName);
            s.setString(9, drl);
            s.setString(10, a.sources());
            s.setObject(11, time(Instant.now()));
            s.setString(12, a.starter().name());
            s.setString(13, a.starterMapId());
            s.setString(14, tables(rules));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** A new rubric, and so a new version of it: grades of the versions before are stale. */
    void updateRubric(long id, String yaml, Map<String, String> rules) {
        String drlName = rules.keySet().iterator().next();
        jdbc.update("update assignment set rubric_yaml = ?, rubric_drl_name = ?, rubric_drl = ?, rubric_tables = ?,"
                + " rubric_version = rubric_version + 1 where id = ?", yaml, drlName, rules.get(drlName), tables(rules), id);
    }

    /** The ids of the papers the assignment lists (V16), in its order. */
    List<String> papers(long id) {
        return jdbc.queryForList("select paper_id from assignment_paper where assignment_id = ? order by position", String.class, id);
    }

    /** The papers of the assignments a map is the work for (none: the map is nobody's work), in their order. */
    List<String> papersOfMap(String mapId) {
        return jdbc.queryForList("select ap.paper_id from assignment_paper ap join submission s on s.assignment_id = ap.assignment_id"
                + " where s.map_id = ? order by s.assignment_id, ap.position", String.class, mapId).stream().distinct().toList();
    }

    void setPapers(long id, List<String> paperIds) {
        jdbc.update("delete from assignment_paper where assignment_id = ?", id);
        for (int i = 0; i < paperIds.size(); i++) {
            jdbc.update("insert into assignment_paper (assignment_id, paper_id, position) values (?, ?, ?)", id, paperIds.get(i), i);
        }
    }

    void updateStarter(long id, Assignment.Starter starter, String mapId) {
        jdbc.update("update assignment set starter_kind = ?, starter_map_id = ? where id = ?", starter.name(), mapId, id);
    }

    /** Every reference map (or this one only), with the classes of its assignments: the answer keys. */
    Map<String, java.util.Set<Long>> references(String mapId) {
        Map<String, java.util.Set<Long>> out = new java.util.HashMap<>();
        String sql = "select reference_map_id, class_id from assignment where reference_map_id is not null"
                + (mapId == null ? "" : " and reference_map_id = ?");
        jdbc.query(sql, rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
        }, mapId == null ? new Object[0] : new Object[] {mapId});
        return out;
    }

    private static final String ASSIGNMENT = """
            select a.*, c.name as class_name from assignment a join class_group c on c.id = a.class_id""";

    Optional<Stored> assignment(long id) {
        return jdbc.query(ASSIGNMENT + " where a.id = ?", this::stored, id).stream().findFirst();
    }

    /** Every assignment of these classes (null: of all classes), the latest due first. */
    List<Assignment> assignments(java.util.Collection<Long> classIds) {
        if (classIds != null && classIds.isEmpty()) return List.of();
        String where = classIds == null ? "" : " where a.class_id in (" + String.join(",", classIds.stream().map(x -> "?").toList()) + ")";
        return jdbc.query(ASSIGNMENT + where + " order by a.due_at desc, a.id desc", (rs, n) -> stored(rs, n).assignment(),
                classIds == null ? new Object[0] : classIds.toArray());
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Assignment a = new Assignment(rs.getLong("id"), rs.getString("title"), rs.getString("instructions"), rs.getLong("class_id"),
                rs.getString("class_name"), rs.getString("teacher"), instant(rs, "due_at"), rs.getString("reference_map_id"),
                rs.getString("sources"), Assignment.Starter.valueOf(rs.getString("starter_kind")), rs.getString("starter_map_id"),
                rs.getInt("rubric_version"));
        return new Stored(a, rs.getString("rubric_yaml"), rs.getString("rubric_drl_name"), rs.getString("rubric_drl"),
                tables(rs.getString("rubric_tables")));
    }

    // submissions -------------------------------------------------------------------------------

    Optional<Submission> submission(long id) {
        return jdbc.query("select * from submission where id = ?", this::submissionRow, id).stream().findFirst();
    }

    Optional<Submission> submission(long assignmentId, String student) {
        return jdbc.query("select * from submission where assignment_id = ? and student = ?", this::submissionRow, assignmentId, student)
                .stream().findFirst();
    }

    List<Submission> submissionsOfMap(String mapId, String student) {
        return jdbc.query("select * from submission where map_id = ? and student = ? order by id", this::submissionRow, mapId, student);
    }

    List<Submission> submissions(long assignmentId) {
        return jdbc.query("select * from submission where assignment_id = ? order by student", this::submissionRow, assignmentId);
    }

    long insertSubmission(long assignmentId, String student, String mapId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement s = con.prepareStatement("insert into submission (assignment_id, student, map_id) values (?, ?, ?)",
                    new String[] {"id"});
            s.setLong(1, assignmentId);
            s.setString(2, student);
            s.setString(3, mapId);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    void setMap(long submissionId, String mapId) {
        jdbc.update("update submission set map_id = ? where id = ?", mapId, submissionId);
    }

    void submitted(long submissionId, Instant at, boolean late, int resubmissions, String argdown) {
        jdbc.update("update submission set submitted_at = ?, late = ?, resubmissions = ?, submitted_map = ? where id = ?",
                time(at), late, resubmissions, argdown, submissionId);
    }

    String submittedMap(long submissionId) {
        return jdbc.queryForObject("select submitted_map from submission where id = ?", String.class, submissionId);
    }

    private Submission submissionRow(ResultSet rs, int row) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("student"), rs.getString("map_id"),
                instant(rs, "submitted_at"), rs.getBoolean("late"), rs.getInt("resubmissions"));
    }

    // reviews -----------------------------------------------------------------------------------

    Optional<Review> review(long submissionId) {
        return Optional.ofNullable(reviews("submission_id = ?", submissionId).get(submissionId));
    }

    /** The reviews of an assignment's submissions by submission id, in four queries whatever their number. */
    Map<Long, Review> reviews(long assignmentId) {
        return reviews("submission_id in (select id from submission where assignment_id = ?)", assignmentId);
    }

    private Map<Long, Review> reviews(String where, long key) {
        Map<Long, Review> found = new LinkedHashMap<>();
        jdbc.query("select * from review where " + where, rs -> {
            String json = rs.getString("graded_json");
            Graded graded = json == null ? null : JSON.readValue(json, Graded.class);
            int v = rs.getInt("rubric_version");
            Integer version = rs.wasNull() ? null : v;
            String dropped = rs.getString("dropped");
            long id = rs.getLong("submission_id");
            found.put(id, new Review(id, graded, List.of(), Map.of(), Map.of(), rs.getString("grade"), rs.getString("feedback"),
                    rs.getBoolean("released"), instant(rs, "released_at"), version, dropped == null ? List.of() : List.of(dropped.split("\n"))));
        }, key);
        if (found.isEmpty()) return found;
        Map<Long, List<Review.Points>> points = new HashMap<>();
        jdbc.query("select * from review_points where " + where, rs -> {
            double o = rs.getDouble("overridden");
            Double overridden = rs.wasNull() ? null : o; // read at once: wasNull speaks of the last column read
            points.computeIfAbsent(rs.getLong("submission_id"), k -> new ArrayList<>())
                    .add(new Review.Points(rs.getString("criterion"), rs.getDouble("automatic"), overridden, rs.getString("reason")));
        }, key);
        Map<Long, Map<String, Review.ClaimNote>> claims = new HashMap<>();
        jdbc.query("select * from review_claim where " + where + " order by claim_id", rs -> {
            String mark = rs.getString("mark");
            claims.computeIfAbsent(rs.getLong("submission_id"), k -> new LinkedHashMap<>())
                    .put(rs.getString("claim_id"), new Review.ClaimNote(mark == null ? null : ReviewMark.valueOf(mark), rs.getString("comment")));
        }, key);
        Map<Long, Map<String, String>> corrections = new HashMap<>();
        jdbc.query("select * from review_match where " + where + " order by student_claim", rs -> {
            corrections.computeIfAbsent(rs.getLong("submission_id"), k -> new LinkedHashMap<>())
                    .put(rs.getString("student_claim"), rs.getString("reference_claim"));
        }, key);
        found.replaceAll((id, r) -> {
            List<Review.Points> p = points.getOrDefault(id, new ArrayList<>());
            if (r.graded() != null) {
                // in the rubric's order
                List<String> order = r.graded().criteria().stream().map(Graded.Result::id).toList();
                p.sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.criterion())));
            }
            return new Review(id, r.graded(), p, claims.getOrDefault(id, Map.of()), corrections.getOrDefault(id, Map.of()), r.grade(),
                    r.feedback(), r.released(), r.releasedAt(), r.rubricVersion(), r.dropped());
        });
        return found;
    }

    /**
     * Saves an automatic grade made with this rubric version. The teacher's points stay where their
     * criterion still is, at most its new maximum; those whose criterion is gone are dropped and
     * returned (criterion, points, reason), and kept on the review to say so.
     */
    List<String> graded(long submissionId, Graded graded, int rubricVersion) {
        String json = JSON.writeValueAsString(graded);
        Map<String, Graded.Result> now = new LinkedHashMap<>();
        graded.criteria().forEach(c -> now.put(c.id(), c));
        List<String> dropped = new ArrayList<>();
        jdbc.query("select criterion, overridden, reason from review_points where submission_id = ? and overridden is not null order by criterion",
                rs -> {
                    if (!now.containsKey(rs.getString(1))) {
                        dropped.add(rs.getString(1) + ": " + rs.getDouble(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")"));
                    }
                }, submissionId);
        String droppedText = dropped.isEmpty() ? null : String.join("\n", dropped);
        if (droppedText != null && droppedText.length() > 4000) droppedText = droppedText.substring(0, 3999) + "…";
        int updated = jdbc.update("update review set graded_json = ?, updated_at = ?, rubric_version = ?, dropped = ? where submission_id = ?",
                json, time(Instant.now()), rubricVersion, droppedText, submissionId);
        if (updated == 0) {
            jdbc.update("insert into review (submission_id, graded_json, updated_at, rubric_version) values (?, ?, ?, ?)", submissionId, json,
                    time(Instant.now()), rubricVersion);
        }
        for (Graded.Result c : graded.criteria()) {
            int n = jdbc.update("update review_points set automatic = ?, overridden = case when overridden > ? then ? else overridden end"
                    + " where submission_id = ? and criterion = ?", c.points(), c.max(), c.max(), submissionId, c.id());
            if (n == 0) jdbc.update("insert into review_points (submission_id, criterion, automatic) values (?, ?, ?)", submissionId, c.id(), c.points());
        }
        if (graded.criteria().isEmpty()) {
            jdbc.update("delete from review_points where submission_id = ?", submissionId);
        } else {
            jdbc.update("delete from review_points where submission_id = ? and criterion not in ("
                    + String.join(",", graded.criteria().stream().map(c -> "?").toList()) + ")",
                    prepend(submissionId, graded.criteria().stream().map(Graded.Result::id).toArray()));
        }
        return dropped;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    void override(long submissionId, String criterion, Double points, String reason) {
        jdbc.update("update review_points set overridden = ?, reason = ? where submission_id = ? and criterion = ?", points, reason,
                submissionId, criterion);
    }

    void note(long submissionId, String claimId, ReviewMark mark, String comment) {
        jdbc.update("delete from review_claim where submission_id = ? and claim_id = ?", submissionId, claimId);
        if (mark != null || comment != null) {
            jdbc.update("insert into review_claim (submission_id, claim_id, mark, comment) values (?, ?, ?, ?)", submissionId, claimId,
                    mark == null ? null : mark.name(), comment);
        }
    }

    void correct(long submissionId, String studentClaim, String referenceClaim) {
        jdbc.update("delete from review_match where submission_id = ? and student_claim = ?", submissionId, studentClaim);
        if (referenceClaim != null) {
            jdbc.update("insert into review_match (submission_id, student_claim, reference_claim) values (?, ?, ?)", submissionId,
                    studentClaim, referenceClaim);
        }
    }

    void conclude(long submissionId, String grade, String feedback) {
        jdbc.update("update review set grade = ?, feedback = ?, updated_at = ? where submission_id = ?", grade, feedback,
                time(Instant.now()), submissionId);
    }

    void release(long submissionId, Instant at) {
        jdbc.update("update review set released = ?, released_at = ? where submission_id = ?", at != null, time(at), submissionId);
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
