package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialectica.grading.CriterionResult;
import org.dialectica.grading.Grade;
import org.dialectica.grading.Grader;
import org.dialectica.grading.Rubric;
import org.dialectica.grading.RubricException;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;

/**
 * {@code grade --rubric RUBRIC --reference REF.argdown [--starter STARTER.argdown] STUDENT.argdown… [--format text|json|csv]}:
 * grades every student map against the rubric and the reference, in parallel, counting only what
 * each student added to or changed in the starter map (without {@code --starter}: an empty map). A student file that
 * does not read gets its located error in its own entry; the others are graded all the same (exit
 * 2 then). Exit 1: usage, a rubric that does not read or compile, or a reference that does not read.
 */
public final class GradeCommand {
    public static final String NAME = "grade";

    private GradeCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Logging.quiet(); // stdout is the report
        String rubricName = null, format = "text";
        Path referenceFile = null, starterFile = null, rulesDir = Path.of("rules");
        List<Path> students = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--rubric" -> {
                    if (++i >= args.length) return usage(err, "--rubric needs default or a rubric .yaml file");
                    rubricName = args[i];
                }
                case "--reference" -> {
                    if (++i >= args.length) return usage(err, "--reference needs an .argdown file");
                    referenceFile = Path.of(args[i]);
                }
                case "--starter" -> {
                    if (++i >= args.length) return usage(err, "--starter needs an .argdown file");
                    starterFile = Path.of(args[i]);
                }
                case "--format" -> {
                    if (++i >= args.length || !List.of("text", "json", "csv").contains(args[i])) return usage(err, "--format is text, json or csv");
                    format = args[i];
                }
                case "--rules" -> {
                    if (++i >= args.length || !Files.isDirectory(Path.of(args[i]))) return usage(err, "--rules needs a folder of .drl files");
                    rulesDir = Path.of(args[i]);
                }
                case "-h", "--help" -> {
                    out.println(HELP);
                    return AnalyzeCommand.OK;
                }
                default -> {
                    if (args[i].startsWith("-")) return usage(err, "unknown option " + args[i]);
                    students.add(Path.of(args[i]));
                }
            }
        }
        if (rubricName == null) return usage(err, "name the rubric: --rubric default (or a rubric .yaml file)");
        if (students.isEmpty()) return usage(err, "name the student maps to grade");
        Grader grader;
        try {
            RuleBase rules = RuleBase.load(rulesDir);
            ArgumentMap reference = referenceFile == null ? null : read(referenceFile, "reference");
            ArgumentMap starter = starterFile == null ? null : read(starterFile, "starter");
            grader = new Grader(rules, Rubric.load(rubricName), reference, starter);
        } catch (RubricException | RulesException e) {
            err.println("grade: " + e.getMessage());
            return AnalyzeCommand.USAGE;
        } catch (RoleException e) {
            err.println("grade: " + e.getMessage());
            return AnalyzeCommand.USAGE;
        }
        List<Grade> grades = gradeAll(grader, students);
        switch (format) {
            case "json" -> out.println(Json.write(json(grades)));
            case "csv" -> out.print(csv(grader.rubric(), grades));
            default -> out.print(text(grades));
        }
        return grades.stream().anyMatch(g -> g.error() != null) ? AnalyzeCommand.BAD_INPUT : AnalyzeCommand.OK;
    }

    /** Every student in parallel (one thread per core), in the order given. */
    static List<Grade> gradeAll(Grader grader, List<Path> students) {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            List<Future<Grade>> futures = new ArrayList<>();
            for (Path student : students) {
                futures.add(pool.submit(() -> {
                    try {
                        return grader.grade(student.toString(), read(student));
                    } catch (MapFileException e) {
                        return grader.unreadable(student.toString(), e.getMessage());
                    }
                }));
            }
            List<Grade> grades = new ArrayList<>();
            for (Future<Grade> f : futures) grades.add(f.get());
            return grades;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
        }
    }

    /** The reference or the starter map: a file that does not read says which of the two it is. */
    private static ArgumentMap read(Path file, String role) throws RoleException {
        try {
            return read(file);
        } catch (MapFileException e) {
            throw new RoleException("the " + role + " does not read: " + e.getMessage());
        }
    }

    private static final class RoleException extends Exception {
        RoleException(String message) {
            super(message);
        }
    }

    private static ArgumentMap read(Path file) throws MapFileException {
        if (!Files.isRegularFile(file)) throw new MapFileException(file.toString(), 1, 1, "no such file");
        try {
            return new ArgdownReader().read(file.toString(), MapText.decode(file.toString(), Files.readAllBytes(file))).map();
        } catch (IOException e) {
            throw new MapFileException(file.toString(), 1, 1, "cannot read: " + e.getMessage());
        }
    }

    static Map<String, Object> json(List<Grade> grades) {
        List<Object> students = new ArrayList<>();
        for (Grade g : grades) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("file", g.file());
            if (g.error() != null) {
                s.put("error", g.error());
                students.add(s);
                continue;
            }
            s.put("total", g.total());
            s.put("max", g.max());
            s.put("own", g.ownClaims());
            s.put("criteria", g.criteria().stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("points", c.points());
                m.put("max", c.max());
                m.put("passed", c.passed());
                m.put("explanation", c.explanation(java.util.Locale.ENGLISH));
                m.put("claims", c.claims());
                return m;
            }).toList());
            s.put("matches", g.matches().stream().map(m -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("student", m.student());
                x.put("reference", m.reference());
                x.put("score", m.score());
                x.put("how", m.how());
                return x;
            }).toList());
            students.add(s);
        }
        return Map.of("students", students);
    }

    static String csv(Rubric rubric, List<Grade> grades) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of("file", "total", "max"));
            rubric.criteria().forEach(c -> header.add(c.id()));
            header.add("error");
            csv.printRecord(header);
            for (Grade g : grades) {
                List<Object> row = new ArrayList<>(List.of(g.file(), g.error() == null ? g.total() : "", g.max()));
                for (Rubric.Criterion c : rubric.criteria()) {
                    row.add(g.criteria().stream().filter(r -> r.id().equals(c.id())).map(r -> (Object) r.points()).findFirst().orElse(""));
                }
                row.add(g.error() == null ? "" : g.error());
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    static String text(List<Grade> grades) {
        StringBuilder out = new StringBuilder();
        for (Grade g : grades) {
            if (g.error() != null) {
                out.append(g.file()).append(": not graded: ").append(g.error()).append("\n\n");
                continue;
            }
            out.append(String.format("%s: %.2f / %.2f  (%d claims of the student's own)%n", g.file(), g.total(), g.max(), g.ownClaims().size()));
            for (CriterionResult c : g.criteria()) {
                out.append(String.format("  %-4s %-22s %5.2f / %.2f  %s%n", c.passed() ? "ok" : "gap", c.id(), c.points(), c.max(),
                        c.explanation(java.util.Locale.ENGLISH)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("grade: " + problem);
        err.println(HELP);
        return AnalyzeCommand.USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar grade --rubric RUBRIC [--reference REF.argdown] [--starter STARTER.argdown] STUDENT.argdown... [--format text|json|csv] [--rules DIR]
              --rubric     default (rules/rubrics/default.yaml) or a rubric .yaml whose rules: names its .drl files and decision tables
              --reference  the reference map the students' claims are matched to (coverage)
              --starter    the map the students began from: only what they added or changed counts (default: an empty map)
            exit status: 0 graded; 1 usage error, or a rubric or reference that does not read or compile;
                         2 some student file did not read (its entry says where; the others are graded)""";
}
