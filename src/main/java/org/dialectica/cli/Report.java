package org.dialectica.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Change;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.SupportCycle;
import org.dialectica.suggestion.Suggestion;

/**
 * The analysis of a run as the JSON document and as the readable text report. When no file could
 * be read there is no analysis (null): the report then holds the errors alone, and no rules ran.
 */
final class Report {
    private final List<String> files;
    private final String rules;
    private final Analysis analysis;
    private final List<MapWarning> warnings;
    private final List<MapFileException> errors;
    /** with {@code --suggest}: the conflicts suggested from the texts, best first; null when not asked */
    private List<Suggestion> suggestions;

    Report(List<String> files, String rules, Analysis analysis, List<MapWarning> warnings, List<MapFileException> errors) {
        this.files = files;
        this.rules = rules;
        this.analysis = analysis;
        this.warnings = warnings;
        this.errors = errors;
    }

    Report withSuggestions(List<Suggestion> suggestions) {
        this.suggestions = suggestions;
        return this;
    }

    /** The JSON document, written section by section and claim by claim: a big map is never held as one text. */
    void json(PrintStream stream) {
        Writer out = writer(stream);
        try {
            out.write("{\"files\":");
            Json.write(files, out);
            out.write(",\"rules\":");
            Json.write(rules, out);
            if (analysis == null) {
                for (String section : List.of("claims", "supports", "conflicts", "attacks", "cycles", "findings")) {
                    out.write(",\"" + section + "\":[]");
                }
            } else {
                section(out, "claims", analysis.map().claims(), this::claim);
                section(out, "supports", analysis.map().supports(), Report::support);
                section(out, "conflicts", analysis.conflicts(), Report::conflict);
                section(out, "attacks", analysis.attacks(), Report::attack);
                section(out, "cycles", analysis.cycles(), Report::cycle);
                section(out, "findings", analysis.findings(), Report::finding);
            }
            if (suggestions != null) section(out, "suggestions", suggestions, Report::suggestion);
            section(out, "warnings", warnings, w -> located(w.file(), w.line(), w.column(), w.message()));
            section(out, "errors", errors, e -> located(e.file(), e.line(), e.column(), e.problem()));
            out.write("}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void section(Writer out, String name, Collection<T> items, Function<T, Map<String, Object>> entry) throws IOException {
        out.write(",\"" + name + "\":[");
        boolean first = true;
        for (T item : items) {
            if (!first) out.write(',');
            first = false;
            Json.write(entry.apply(item), out);
        }
        out.write(']');
    }

    /** UTF-8 through one buffer; the stream itself is left open. */
    private static Writer writer(PrintStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("text", c.text());
        m.put("kind", c.kind().word());
        m.put("original", c.originalText());
        m.put("language", c.language());
        m.put("actors", c.actors());
        m.put("tags", c.tags());
        m.put("assertedBy", c.assertor());
        Map<String, Object> source = null;
        if (c.source() != null) {
            source = new LinkedHashMap<>();
            source.put("paper", c.source().paper());
            source.put("locator", c.source().locator());
            source.put("quote", c.source().quote());
        }
        m.put("source", source);
        m.put("proposition", proposition(c.proposition()));
        m.put("weight", c.weight());
        m.put("preferredOver", c.preferredOver());
        m.put("label", analysis.label(c.id()));
        m.put("strength", round(analysis.strength(c.id())));
        m.put("grounds", analysis.grounds(c.id()));
        m.put("reasons", analysis.reasons(c.id()).stream().map(LabelReason::getExplanation).toList());
        // the counterfactuals the reasons state, as data a reader can apply and check
        m.put("whatIfs", analysis.reasons(c.id()).stream().flatMap(r -> r.whatIfs().stream()).map(w -> {
            Map<String, Object> whatIf = new LinkedHashMap<>();
            whatIf.put("changes", changes(w.changes()));
            whatIf.put("outcome", labels(w.outcome()));
            return whatIf;
        }).toList());
        return m;
    }

    /** {"prefer": a, "over": b}, {"defeat": a} or {"establish": a}: a what-if's changes as data. */
    static List<Map<String, Object>> changes(List<Change> changes) {
        return changes.stream().map(change -> {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (change) {
                case Change.Prefer(String preferred, String over) -> { m.put("prefer", preferred); m.put("over", over); }
                case Change.Defeat(String claim) -> m.put("defeat", claim);
                case Change.Establish(String claim) -> m.put("establish", claim);
            }
            return m;
        }).toList();
    }

    static Map<String, Object> labels(Map<String, org.dialectica.reasoning.Label> labels) {
        Map<String, Object> out = new java.util.TreeMap<>();
        labels.forEach((id, label) -> out.put(id, label.name()));
        return out;
    }

    /** A support as drawn on the map: grounds name only the premise a claim stands on, this names every support. */
    private static Map<String, Object> support(Support s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("from", s.from());
        m.put("to", s.to());
        m.put("argument", s.argumentId());
        return m;
    }

    private static Map<String, Object> proposition(Proposition p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", p.subject());
        m.put("dimension", p.dimension());
        m.put("direction", p.direction());
        m.put("from", p.span().from());
        m.put("to", p.span().to());
        return m;
    }

    private static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", c.getA());
        m.put("b", c.getB());
        m.put("kind", c.getKind().word());
        m.put("rule", c.getRule());
        m.put("explanation", c.getExplanation());
        return m;
    }

    private static Map<String, Object> suggestion(Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", s.a());
        m.put("b", s.b());
        m.put("score", s.score());
        m.put("why", s.why().stream().map(c -> {
            Map<String, Object> cue = new LinkedHashMap<>();
            cue.put("cue", c.kind().word());
            cue.put("a", c.inA());
            cue.put("b", c.inB());
            return cue;
        }).toList());
        return m;
    }

    /** A suggestion's reasons in one line: "opposite: weakness / stronger; shared: Russia". */
    static String why(Suggestion s) {
        return s.why().stream().map(c -> c.kind().word() + ": " + String.join(", ", c.inA())
                + (c.kind() == Suggestion.Cue.Kind.SHARED ? "" : " / " + String.join(", ", c.inB())))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static Map<String, Object> attack(AttackEdge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", e.getFrom());
        m.put("to", e.getTo());
        m.put("kind", e.getKind().word());
        m.put("derived", e.isDerived());
        m.put("rule", e.getRule());
        m.put("explanation", e.getExplanation());
        return m;
    }

    /** Four decimals: DF-QuAD iterates to 1e-9, more digits would only show the iteration. */
    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    private static Map<String, Object> cycle(SupportCycle c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", c.getCycle());
        m.put("rule", c.getRule());
        m.put("explanation", c.getExplanation());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim", f.getClaim());
        m.put("kind", f.getKind().word());
        m.put("message", f.getMessage());
        m.put("rule", f.getRule());
        return m;
    }

    private static Map<String, Object> located(String file, int line, int column, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", line);
        m.put("column", column);
        m.put("message", message);
        return m;
    }

    /** The readable report, written as it goes. */
    void text(PrintStream stream) {
        Writer out = writer(stream);
        try {
            out.append("Dialectica analysis of ").append(String.join(", ", files)).append('\n');
            out.append("Rules: ").append(rules).append('\n');
            if (analysis != null) analysed(out);
            List<String> problems = new ArrayList<>();
            warnings.forEach(w -> problems.add(w.toString()));
            errors.forEach(e -> problems.add(e.getMessage()));
            if (!problems.isEmpty()) {
                section(out, "Warnings and errors");
                for (String p : problems) out.append("  ").append(p).append('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void analysed(Writer out) throws IOException {
        Map<org.dialectica.reasoning.Label, Integer> counts = new java.util.EnumMap<>(org.dialectica.reasoning.Label.class);
        analysis.labels().values().forEach(l -> counts.merge(l, 1, Integer::sum));
        out.append(String.format("%d claims (%d IN, %d OUT, %d UNDEC, %d UNSUPPORTED), %d conflicts, %d attacks, %d findings%n",
                analysis.map().claims().size(), counts.getOrDefault(org.dialectica.reasoning.Label.IN, 0),
                counts.getOrDefault(org.dialectica.reasoning.Label.OUT, 0),
                counts.getOrDefault(org.dialectica.reasoning.Label.UNDEC, 0),
                counts.getOrDefault(org.dialectica.reasoning.Label.UNSUPPORTED, 0), analysis.conflicts().size(),
                analysis.attacks().size(), analysis.findings().size()));

        section(out, "Claims");
        for (Claim c : analysis.claims()) {
            out.append(String.format("  %-11s %.2f %-8s %s: %s%n", analysis.label(c.id()), analysis.strength(c.id()),
                    c.kind().word(), c.id(), c.text()));
            if (!analysis.grounds(c.id()).isEmpty()) {
                out.append("          grounds: ").append(String.join(", ", analysis.grounds(c.id()))).append('\n');
            }
            out.append("          ").append(analysis.strengthMeaning(c.id()).text()).append('\n');
            for (LabelReason r : analysis.reasons(c.id())) {
                out.append("          why: ").append(r.getExplanation()).append('\n');
            }
        }
        section(out, "Conflicts");
        for (Conflict c : analysis.conflicts()) {
            out.append("  ").append(c.getKind().word()).append(": ").append(c.getA()).append(" <> ").append(c.getB())
                    .append("\n      [").append(c.getRule()).append("] ").append(c.getExplanation()).append('\n');
        }
        section(out, "Attacks");
        for (AttackEdge e : analysis.attacks()) {
            out.append("  ").append(e.getKind().word()).append(e.isDerived() ? " (derived)" : "").append(": ")
                    .append(e.getFrom()).append(" -> ").append(e.getTo())
                    .append("\n      [").append(e.getRule()).append("] ").append(e.getExplanation()).append('\n');
        }
        if (!analysis.cycles().isEmpty()) {
            section(out, "Circular support");
            for (SupportCycle c : analysis.cycles()) out.append("  ").append(c.toString()).append('\n');
        }
        section(out, "Findings");
        for (Finding f : analysis.findings()) {
            out.append("  ").append(f.getKind().word()).append(" on ").append(f.getClaim()).append(": ")
                    .append(f.getMessage()).append('\n');
        }
        if (suggestions != null) {
            section(out, "Suggested conflicts (from the texts; the rules derive none of them)");
            if (suggestions.isEmpty()) out.append("  none\n");
            for (Suggestion s : suggestions) {
                out.append(String.format(java.util.Locale.ROOT, "  %.3f  %s <> %s%n          why: %s%n", s.score(), s.a(), s.b(), why(s)));
            }
        }
    }

    private static void section(Writer out, String title) throws IOException {
        out.append('\n').append(title).append('\n');
    }
}
