package org.dialectica.grading;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An assignment's results across the class: each student's points per criterion (the teacher's
 * where overridden), how the points of each criterion spread, and the gaps met most often. Only
 * grades made with the rubric as it is now count: a line graded with an earlier version shows no
 * points until it is graded again ({@link Line#stale}), so versions never mix and no total exceeds
 * the maximum.
 */
public record ClassReport(Assignment assignment, List<Rubric.Criterion> criteria, List<Line> lines) {
    /** Points bands of a criterion, as shares of its maximum: 0–25 %, 25–50 %, 50–75 %, 75–100 %. */
    public static final int BANDS = 4;

    /** One student: points by criterion id (empty when not graded yet), total, and their gaps as graded. */
    public record Line(String student, String name, boolean submitted, boolean late, Map<String, Double> points, Double total,
            String grade, boolean released, List<Graded.Result> results, boolean stale) {}

    /** A gap met in the class: the criterion, the explanation as worded for the reader, how many students. */
    public record Gap(String criterion, String title, String explanation, int students) {}

    static ClassReport of(Assignment a, Rubric rubric, List<Assignments.Work> work) {
        List<Line> lines = new ArrayList<>();
        Map<String, Double> max = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> max.put(c.id(), c.points()));
        for (Assignments.Work w : work) {
            Review r = w.review();
            boolean graded = r != null && r.gradedWith(a.rubricVersion());
            Map<String, Double> points = new LinkedHashMap<>();
            if (graded) {
                r.points().stream().filter(p -> max.containsKey(p.criterion()))
                        .forEach(p -> points.put(p.criterion(), Math.min(max.get(p.criterion()), p.points())));
            }
            boolean submitted = w.submission() != null && w.submission().submitted();
            lines.add(new Line(w.student(), w.name(), submitted, w.submission() != null && w.submission().late(), points,
                    graded ? r.total() : null, r == null ? null : r.grade(), r != null && r.released(),
                    graded ? r.graded().criteria() : List.of(), submitted && r != null && r.graded() != null && !graded));
        }
        return new ClassReport(a, rubric.criteria(), lines);
    }

    /** How many graded students fall in each points band of the criterion. */
    public int[] distribution(Rubric.Criterion c) {
        int[] bands = new int[BANDS];
        for (Line l : lines) {
            Double p = l.points().get(c.id());
            if (p == null) continue;
            double share = c.points() <= 0 ? 1 : p / c.points();
            bands[Math.min(BANDS - 1, Math.max(0, (int) Math.floor(share * BANDS)))]++;
        }
        return bands;
    }

    /** The criteria students missed most, each explanation counted once per student, most frequent first. */
    public List<Gap> commonGaps(Locale locale, int most) {
        Map<String, Gap> counted = new LinkedHashMap<>();
        for (Line l : lines) {
            for (Graded.Result r : l.results()) {
                if (r.share() >= 1 - 1e-9) continue;
                String text = r.explanation(locale);
                String key = r.id() + "\u0000" + text;
                Gap g = counted.get(key);
                counted.put(key, new Gap(r.id(), r.title(), text, g == null ? 1 : g.students() + 1));
            }
        }
        return counted.values().stream().sorted(java.util.Comparator.comparingInt(Gap::students).reversed()).limit(most).toList();
    }

    /**
     * One line per student: login, name, submitted, late, points per criterion, total, grade, released,
     * and the rubric version the points are of (empty with the points when graded with an earlier one).
     */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("student", "name", "submitted", "late"));
        criteria.forEach(c -> header.add(c.id()));
        header.addAll(List.of("total", "max", "grade", "released", "rubric_version"));
        double max = criteria.stream().mapToDouble(Rubric.Criterion::points).sum();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Line l : lines) {
                List<Object> row = new ArrayList<>(List.of(safe(l.student()), safe(l.name()), l.submitted(), l.late()));
                criteria.forEach(c -> row.add(l.points().get(c.id()) == null ? "" : l.points().get(c.id())));
                row.add(l.total() == null ? "" : l.total());
                row.add(max);
                row.add(safe(l.grade()));
                row.add(l.released());
                row.add(l.total() == null ? "" : assignment.rubricVersion());
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would read as a formula is kept as text. */
    private static String safe(String s) {
        if (s == null) return "";
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
