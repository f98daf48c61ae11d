package org.dialectica.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.af.Framework;
import org.dialectica.reasoning.Label;

/**
 * The report on abstract frameworks, written as it goes: the grounded label of every argument and
 * the attacks as read. A framework says nothing about its arguments but who attacks whom, so there
 * are no conflicts, chains, findings or reasons to report, and no rules were run.
 */
final class FrameworkReport {
    private final List<String> files;
    private final Framework framework;
    private final Label[] labels;
    private final List<MapWarning> warnings;
    private final List<MapFileException> errors;
    /** asked for with --suggest: an empty section, a framework has no texts to suggest from */
    private boolean suggestions;

    FrameworkReport(List<String> files, Framework framework, Label[] labels, List<MapWarning> warnings,
            List<MapFileException> errors) {
        this.files = files;
        this.warnings = warnings;
        this.framework = framework;
        this.labels = labels;
        this.errors = errors;
    }

    FrameworkReport withSuggestions(boolean asked) {
        suggestions = asked;
        return this;
    }

    void json(PrintStream stream) {
        ByteOut out = new ByteOut(stream);
        out.text("{\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) out.ascii(',');
            out.jsonString(files.get(i));
        }
        out.text("],\"rules\":null,\"framework\":{\"arguments\":" + framework.size() + ",\"attacks\":"
                + framework.attackCount() + ",\"semantics\":\"grounded\"},\"claims\":[");
        byte[] names = framework.nameBytes();
        for (int i = 0; i < framework.size(); i++) {
            out.bytes(i == 0 ? ID : NEXT_ID).jsonString(names, framework.nameStart(i), framework.nameEnd(i))
                    .bytes(LABEL_JSON[labels[i].ordinal()]);
        }
        out.text("],\"supports\":[],\"conflicts\":[],\"attacks\":[");
        int[] attackers = framework.attackers(), targets = framework.targets();
        for (int k = 0; k < framework.attackCount(); k++) {
            int a = attackers[k], b = targets[k];
            out.bytes(k == 0 ? FROM : NEXT_FROM).jsonString(names, framework.nameStart(a), framework.nameEnd(a))
                    .bytes(TO).jsonString(names, framework.nameStart(b), framework.nameEnd(b)).ascii('}');
        }
        out.text("],\"chains\":[],\"cycles\":[],\"findings\":[]," + (suggestions ? "\"suggestions\":[]," : "") + "\"warnings\":[");
        for (int i = 0; i < warnings.size(); i++) {
            MapWarning w = warnings.get(i);
            out.text(i == 0 ? "{\"file\":" : ",{\"file\":").jsonString(w.file())
                    .text(",\"line\":" + w.line() + ",\"column\":" + w.column() + ",\"message\":").jsonString(w.message()).ascii('}');
        }
        out.text("],\"errors\":[");
        for (int i = 0; i < errors.size(); i++) {
            MapFileException e = errors.get(i);
            out.text(i == 0 ? "{\"file\":" : ",{\"file\":").jsonString(e.file())
                    .text(",\"line\":" + e.line() + ",\"column\":" + e.column() + ",\"message\":").jsonString(e.problem()).ascii('}');
        }
        out.text("]}\n").flush();
    }

    void text(PrintStream stream) {
        int[] counts = new int[Label.values().length];
        for (Label label : labels) counts[label.ordinal()]++;
        ByteOut out = new ByteOut(stream);
        out.text("Dialectica analysis of " + String.join(", ", files) + "\n");
        out.text(String.format(Locale.ROOT, "Abstract framework: %d arguments, %d attacks; grounded labelling, no rules run%n",
                framework.size(), framework.attackCount()));
        out.text(String.format(Locale.ROOT, "%d arguments (%d IN, %d OUT, %d UNDEC)%n%nArguments%n", framework.size(),
                counts[Label.IN.ordinal()], counts[Label.OUT.ordinal()], counts[Label.UNDEC.ordinal()]));
        byte[] names = framework.nameBytes();
        for (int i = 0; i < framework.size(); i++) {
            out.bytes(LABEL_TEXT[labels[i].ordinal()]).bytes(names, framework.nameStart(i), framework.nameEnd(i)).ascii('\n');
        }
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            out.text("\nWarnings and errors\n");
            for (MapWarning w : warnings) out.text("  " + w + "\n");
            for (MapFileException e : errors) out.text("  " + e.getMessage() + "\n");
        }
        out.flush();
    }

    // written once per argument or attack: encoded once
    private static final byte[] ID = utf8("{\"id\":"), NEXT_ID = utf8(",{\"id\":");
    private static final byte[] FROM = utf8("{\"from\":"), NEXT_FROM = utf8(",{\"from\":"), TO = utf8(",\"to\":");
    private static final byte[][] LABEL_JSON = perLabel(",\"label\":\"%s\"}");
    private static final byte[][] LABEL_TEXT = perLabel("  %-5s ");

    private static byte[][] perLabel(String format) {
        return Arrays.stream(Label.values()).map(l -> utf8(String.format(Locale.ROOT, format, l.name()))).toArray(byte[][]::new);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
