package org.dialectica.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
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

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("files", files);
        doc.put("rules", rules);
        if (analysis == null) {
            List.of("claims", "conflicts", "attacks", "cycles", "findings").forEach(section -> doc.put(section, List.of()));
        } else {
            analysed(doc);
        }
        if (suggestions != null) doc.put("suggestions", suggestions.stream().map(Report::suggestion).toList());
        doc.put("warnings", warnings.stream().map(w -> located(w.file(), w.line(), w.column(), w.message())).toList());
        doc.put("errors", errors.stream().map(e -> located(e.file(), e.line(), e.column(), e.problem())).toList());
        return Json.write(doc) + "\n";
    }

    private void analysed(Map<String, Object> doc) {
        doc.put("claims", analysis.claims().stream().map(this::claim).toList());
        doc.put("conflicts", analysis.conflicts().stream().map(Report::conflict).toList());
        doc.put("attacks", analysis.attacks().stream().map(Report::attack).toList());
        doc.put("cycles", analysis.cycles().stream().map(Report::cycle).toList());
        doc.put("findings", analysis.findings().stream().map(Report::finding).toList());
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

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("Dialectica analysis of ").append(String.join(", ", files)).append('\n');
        out.append("Rules: ").append(rules).append('\n');
        if (analysis != null) analysed(out);
        List<String> problems = new ArrayList<>();
        warnings.forEach(w -> problems.add(w.toString()));
        errors.forEach(e -> problems.add(e.getMessage()));
        if (!problems.isEmpty()) {
            section(out, "Warnings and errors");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        return out.toString();
    }

    private void analysed(StringBuilder out) {
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
            for (SupportCycle c : analysis.cycles()) out.append("  ").append(c).append('\n');
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

    private static void section(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }
}
