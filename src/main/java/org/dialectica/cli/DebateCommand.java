package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.debate.Debate;
import org.dialectica.debate.Played;
import org.dialectica.debate.Scoreboard;
import org.dialectica.debate.ThesisState;
import org.dialectica.debate.Transcript;
import org.dialectica.debate.TranscriptException;
import org.dialectica.debate.Turning;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;

/**
 * {@code debate score TRANSCRIPT.json [--format text|json] [--rules DIR]}: replays a debate's
 * transcript through the protocol rules and the semantics and prints the scoreboard after each
 * move, the moves that turned a thesis, and the result. Exit 0 replayed (refused moves are part of
 * a transcript, not errors); 1 usage or rules; 2 the transcript or its map does not read.
 */
public final class DebateCommand {
    public static final String NAME = "debate";
    /** Transcripts are typed or exported, never this big; a bigger file is refused before it is read. */
    static final long MAX_BYTES = 20L << 20;

    private DebateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Logging.quiet(); // stdout is the report
        if (args.length < 2 || !args[1].equals("score")) return usage(err, "say what to do: debate score TRANSCRIPT.json");
        Path file = null, rulesDir = Path.of("rules");
        String format = "text";
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> {
                    if (++i >= args.length || !List.of("text", "json").contains(args[i])) return usage(err, "--format is text or json");
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
                    if (file != null) return usage(err, "one transcript at a time");
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) return usage(err, "name the transcript: debate score TRANSCRIPT.json");
        try {
            Transcript transcript = Transcript.read(text(file), file.toString());
            ArgumentMap start = startingMap(file, transcript.map());
            RuleBase rules = RuleBase.load(rulesDir);
            try (Debate debate = Debate.start(rules, transcript.setup(), start)) {
                for (int i = 0; i < transcript.moves().size(); i++) debate.play(transcript.moves().get(i), transcript.times().get(i));
                out.print(format.equals("json") ? Json.write(json(debate)) + "\n" : text(debate));
            }
            return AnalyzeCommand.OK;
        } catch (TranscriptException e) {
            err.println(e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        } catch (IllegalArgumentException e) { // the setup names something impossible, e.g. a thesis twice
            err.println(file + ": " + e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        } catch (RulesException e) {
            err.println("debate: " + e.getMessage());
            return AnalyzeCommand.USAGE;
        }
    }

    private static String text(Path file) throws TranscriptException, MapFileException {
        try {
            if (!Files.isRegularFile(file)) throw new TranscriptException(file + ": no such file");
            if (Files.size(file) > MAX_BYTES) throw new TranscriptException(file + ": larger than " + (MAX_BYTES >> 20) + " MB; a transcript is not");
            return MapText.decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new TranscriptException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The map the transcript names, relative to the transcript's folder; none: an empty map. */
    private static ArgumentMap startingMap(Path transcript, String map) throws TranscriptException, MapFileException {
        if (map == null) return new ArgumentMap("debate", "Debate");
        Path path = transcript.toAbsolutePath().getParent().resolve(map).normalize();
        if (!Files.isRegularFile(path)) throw new TranscriptException(transcript + ": map: no such file " + path);
        if (!path.toString().endsWith(".argdown")) throw new TranscriptException(transcript + ": map: an .argdown file is expected, not " + path);
        try {
            return new ArgdownReader().read(path.toString(), MapText.decode(path.toString(), Files.readAllBytes(path))).map();
        } catch (IOException e) {
            throw new TranscriptException(transcript + ": map: cannot read " + path + ": " + e.getMessage());
        }
    }

    static Map<String, Object> json(Debate debate) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("moves", debate.transcript().stream().map(DebateCommand::move).toList());
        Scoreboard board = debate.scoreboard();
        doc.put("turningMoves", board.turningMoves().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", t.index());
            m.put("thesis", t.thesis());
            m.put("from", t.from().name());
            m.put("to", t.to().name());
            m.put("explanation", t.explanation().text());
            return m;
        }).toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("winner", board.result().winner());
        result.put("explanation", board.result().explanation().text());
        result.put("closed", board.result().closed());
        doc.put("result", result);
        return doc;
    }

    private static Map<String, Object> move(Played p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", p.index());
        m.put("by", p.move().by());
        m.put("side", p.move().side());
        m.put("type", p.move().type().word());
        m.put("accepted", p.accepted());
        if (!p.accepted()) m.put("reason", p.reason().text());
        Map<String, Object> theses = new LinkedHashMap<>();
        for (ThesisState t : p.theses()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("label", t.label().name());
            state.put("strength", Report.round(t.strength()));
            theses.put(t.id(), state);
        }
        m.put("theses", theses);
        return m;
    }

    static String text(Debate debate) {
        StringBuilder out = new StringBuilder();
        for (Played p : debate.transcript()) {
            out.append(String.format("%3d %-10s %-14s %s%n", p.index(), p.move().by(), p.move().side() == null ? "" : p.move().side(),
                    p.effect().text()));
            if (!p.accepted()) out.append("      refused: ").append(p.reason().text()).append('\n');
            for (Turning t : p.turned()) out.append("      turned: ").append(t.explanation().text()).append('\n');
            for (ThesisState t : p.theses()) {
                out.append(String.format("      %-11s %.2f %s (%s)%n", t.label(), t.strength(), t.id(), t.side()));
            }
        }
        out.append("\nResult: ").append(debate.scoreboard().result().explanation().text()).append('\n');
        return out.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("debate: " + problem);
        err.println(HELP);
        return AnalyzeCommand.USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar debate score TRANSCRIPT.json [--format text|json] [--rules DIR]
              replays the transcript's moves through the protocol rules (rules/debate.drl) and the semantics,
              and prints the sides' theses after each move, the moves that turned a thesis and the result
            exit status: 0 replayed (refused moves are part of a debate); 1 usage or rules error;
                         2 the transcript or its starting map does not read""";
}
