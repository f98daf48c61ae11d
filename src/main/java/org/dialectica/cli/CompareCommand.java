package org.dialectica.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;

/**
 * {@code compare PATH… --thesis ID --thesis ID … [--format text|json] [--rules DIR]}: reads the
 * files as {@code analyze} does and puts the named theses side by side: status, strength and
 * grounds tree of each, the conflicts between their positions and the cruxes with their what-if
 * outcomes. Exit status as for {@code analyze}; an unknown thesis id is a usage error.
 */
public final class CompareCommand {
    public static final String NAME = "compare";

    private CompareCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cli-logback.xml");
        }
        List<Path> paths = new ArrayList<>();
        List<String> theses = new ArrayList<>();
        String format = "text";
        Path rulesDir = Path.of("rules");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--thesis" -> {
                    if (++i >= args.length) return usage(err, "--thesis needs a claim id");
                    theses.add(args[i]);
                }
                case "--format" -> {
                    if (++i >= args.length) return usage(err, "--format needs a value: text or json");
                    format = args[i];
                    if (!format.equals("text") && !format.equals("json")) {
                        return usage(err, "unknown format '" + format + "': expected text or json");
                    }
                }
                case "--rules" -> {
                    if (++i >= args.length) return usage(err, "--rules needs a folder");
                    rulesDir = Path.of(args[i]);
                    if (!Files.isDirectory(rulesDir)) return usage(err, "rules folder not found: " + rulesDir);
                }
                case "-h", "--help" -> {
                    out.println(HELP);
                    return AnalyzeCommand.OK;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty()) return usage(err, "name at least one map file or folder");
        if (theses.size() < 2) return usage(err, "name at least two theses with --thesis ID --thesis ID");
        AnalyzeCommand.Inputs inputs = AnalyzeCommand.Inputs.read(paths, err);
        if (inputs == null) return usage(err, "no map files in " + paths);
        for (String id : theses) {
            if (!inputs.map().hasClaim(id)) return usage(err, "no claim '" + id + "' in " + paths);
        }
        RuleBase rules;
        try {
            rules = RuleBase.load(rulesDir);
        } catch (RulesException e) {
            err.println(e.getMessage());
            return AnalyzeCommand.USAGE;
        }
        Analysis analysis = ReasoningSession.analyze(rules, inputs.map());
        Comparison comparison;
        try {
            comparison = Comparison.of(analysis, theses);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        out.print(format.equals("json") ? Json.write(json(comparison, analysis)) + "\n" : text(comparison, analysis));
        out.flush();
        return inputs.errors().isEmpty() ? AnalyzeCommand.OK : AnalyzeCommand.BAD_INPUT;
    }

    static Map<String, Object> json(Comparison comparison, Analysis analysis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("theses", comparison.theses().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("title", analysis.map().claim(t.id()).orElseThrow().displayTitle());
            m.put("label", t.label().name());
            m.put("strength", Report.round(t.strength()));
            m.put("grounds", t.grounds());
            return m;
        }).toList());
        doc.put("conflicts", comparison.conflicts().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", c.a());
            m.put("b", c.b());
            m.put("kind", c.kind());
            m.put("explanation", c.explanation());
            return m;
        }).toList());
        doc.put("cruxes", comparison.cruxes().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claims", x.claims());
            m.put("explanation", x.explanation());
            m.put("outcomes", x.outcomes().stream().map(o -> {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("if", o.condition());
                Map<String, Object> labels = new LinkedHashMap<>();
                o.labels().forEach((id, label) -> labels.put(id, label.name()));
                outcome.put("labels", labels);
                return outcome;
            }).toList());
            return m;
        }).toList());
        doc.put("bounded", comparison.bounded());
        return doc;
    }

    static String text(Comparison comparison, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        for (Comparison.Thesis t : comparison.theses()) {
            out.append(String.format("%-11s %.2f %s: %s%n", t.label(), t.strength(), t.id(),
                    analysis.map().claim(t.id()).orElseThrow().displayTitle()));
            analysis.reasons(t.id()).forEach(r -> out.append("      why: ").append(r.getExplanation()).append('\n'));
            out.append("      grounds: ").append(t.grounds().isEmpty() ? "none that stand" : String.join(", ", t.grounds())).append('\n');
        }
        out.append("\nConflicts between the positions\n");
        if (comparison.conflicts().isEmpty()) out.append("  none\n");
        comparison.conflicts().forEach(c -> out.append("  ").append(c.kind()).append(": ").append(c.a()).append(" <> ")
                .append(c.b()).append("\n      ").append(c.explanation()).append('\n'));
        out.append("\nCruxes\n");
        if (comparison.cruxes().isEmpty()) out.append("  none: no single conflict or claim changes the outcome\n");
        comparison.cruxes().forEach(x -> out.append("  ").append(String.join(", ", x.claims())).append("\n      ")
                .append(x.explanation()).append('\n'));
        if (comparison.bounded()) out.append("\n(more candidate cruxes than could be checked; the first ones are shown)\n");
        return out.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("compare: " + problem);
        err.println(HELP);
        return AnalyzeCommand.USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar compare PATH... --thesis ID --thesis ID [...] [--format text|json] [--rules DIR]
              PATH      map files or folders, read together as one map (as for analyze)
              --thesis  a claim id to compare; name two or more
              --format  text (default) or json
            exit status: 0 compared; 1 usage error (e.g. an unknown thesis id) or rule error; 2 some file malformed""";
}
