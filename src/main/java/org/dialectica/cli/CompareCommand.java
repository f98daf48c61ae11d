package org.dialectica.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.Sentence;

/**
 * {@code compare PATH… --thesis ID --thesis ID … [--format text|json] [--rules DIR]}: reads the
 * files as {@code analyze} does and puts the named theses side by side: status, strength and
 * grounds tree of each, the conflicts between their positions and the cruxes with their what-if
 * outcomes. Exit status as for {@code analyze}; an unknown id, a thesis named twice or a claim that
 * is not a thesis is a usage error said in one line.
 */
public final class CompareCommand {
    public static final String NAME = "compare";

    private CompareCommand() {}

    /** Reads and analyses as {@code analyze} does (same errors, same exit codes), then compares. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return AnalyzeCommand.run(args, out, err);
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
            m.put("kind", Sentence.word(c.kind()).text());
            m.put("explanation", c.explanation().text());
            return m;
        }).toList());
        doc.put("cruxes", comparison.cruxes().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claims", x.claims());
            m.put("explanation", x.explanation().text());
            m.put("outcomes", x.outcomes().stream().map(o -> {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("if", o.condition().text());
                outcome.put("changes", Report.changes(o.changes()));
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
            out.append("      ").append(analysis.strengthMeaning(t.id()).text()).append('\n');
            analysis.reasons(t.id()).forEach(r -> out.append("      why: ").append(r.getExplanation()).append('\n'));
            out.append("      grounds: ").append(t.grounds().isEmpty() ? "none that stand" : String.join(", ", t.grounds())).append('\n');
        }
        out.append("\nConflicts between the positions\n");
        if (comparison.conflicts().isEmpty()) out.append("  none\n");
        comparison.conflicts().forEach(c -> out.append("  ").append(Sentence.word(c.kind()).text()).append(": ").append(c.a()).append(" <> ")
                .append(c.b()).append("\n      ").append(c.explanation().text()).append('\n'));
        out.append("\nCruxes\n");
        if (comparison.cruxes().isEmpty()) out.append("  none: no single conflict or claim changes the outcome\n");
        comparison.cruxes().forEach(x -> out.append("  ").append(String.join(", ", x.claims())).append("\n      ")
                .append(x.explanation().text()).append('\n'));
        if (comparison.bounded()) out.append("\n(more candidate cruxes than could be checked; the first ones are shown)\n");
        return out.toString();
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar compare PATH... --thesis ID --thesis ID [...] [--format text|json] [--rules DIR]
              PATH      map files or folders, read together as one map (as for analyze)
              --thesis  the id of a thesis (a claim of kind thesis) to compare; name two or more, each once
              --format  text (default) or json
            exit status: 0 compared; 1 usage error (an unknown id, a thesis named twice, a claim that is not a thesis) or rule error;
                         2 some file malformed;
                         3 out of memory or stack""";
}
