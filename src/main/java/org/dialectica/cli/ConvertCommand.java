package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.aif.AifWriter;
import org.dialectica.io.argdown.ArgdownJsonWriter;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.report.MapReport;

/**
 * {@code convert IN… --to TARGET [--out FILE]}: reads the map files named (as {@code analyze} does:
 * several are one map, a claim with the same id in two files is one claim) and writes the map in
 * another format, to the file named or to standard output. Warnings go to stderr; a file that does
 * not read converts nothing (exit 2), for half a map written out would look whole.
 */
public final class ConvertCommand {
    public static final String NAME = "convert";

    /** What a map can be converted to: its word after {@code --to} and how the map is written. */
    enum Target {
        ARGDOWN("argdown", (map, language) -> new ArgdownWriter().write(map)),
        AIF("aif", (map, language) -> new AifWriter().write(map)),
        ARGDOWN_JSON("argdown-json", (map, language) -> new ArgdownJsonWriter().write(map)),
        /** the map's report (theses with status, strength and reason; conflicts; findings; sources): the rules run first */
        MARKDOWN("markdown", (map, language) ->
                MapReport.of(ReasoningSession.analyze(RuleBase.load(Path.of("rules")), map), language).markdown());

        static final String WORDS = Arrays.stream(values()).map(t -> t.word).collect(Collectors.joining(", "));

        final String word;
        private final BiFunction<ArgumentMap, Locale, String> writer;

        Target(String word, BiFunction<ArgumentMap, Locale, String> writer) {
            this.word = word;
            this.writer = writer;
        }

        String write(ArgumentMap map, Locale language) {
            return writer.apply(map, language);
        }

        static Optional<Target> of(String word) {
            return Arrays.stream(values()).filter(t -> t.word.equals(word.toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    private ConvertCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Target target = null;
        Path output = null;
        Locale language = Locale.ENGLISH;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--to" -> {
                    if (++i >= args.length) return usage(err, "--to needs a format: " + Target.WORDS);
                    Optional<Target> named = Target.of(args[i]);
                    if (named.isEmpty()) return usage(err, "unknown format '" + args[i] + "' after --to: expected " + Target.WORDS);
                    target = named.get();
                }
                case "--out" -> {
                    if (++i >= args.length) return usage(err, "--out needs a file to write");
                    output = Path.of(args[i]);
                    if (Files.isDirectory(output)) return usage(err, "--out names a folder, not a file: " + output);
                }
                case "--lang" -> {
                    if (++i >= args.length || !List.of("en", "id").contains(args[i])) return usage(err, "--lang needs en or id");
                    language = Locale.forLanguageTag(args[i]);
                }
                case "-h", "--help" -> {
                    out.println(HELP);
                    return AnalyzeCommand.OK;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (inputs.isEmpty()) return usage(err, "name at least one map file to convert");
        if (target == null) return usage(err, "say what to convert to with --to " + String.join("|", Target.WORDS.split(", ")));
        for (Path input : inputs) {
            if (Files.isRegularFile(input) && MapFormat.of(input).isEmpty()) {
                err.println(NAME + ": " + input + ": unknown format (expected a file ending in " + MapFormat.KNOWN + ")");
                return AnalyzeCommand.USAGE;
            }
        }
        List<MapFileException> errors = new ArrayList<>();
        List<Path> files = AnalyzeCommand.mapFiles(inputs, errors);
        if (files.isEmpty() && errors.isEmpty()) return usage(err, "no map files (" + MapFormat.KNOWN + ") in " + inputs);
        List<MapWarning> warnings = new ArrayList<>();
        ArgumentMap merged = AnalyzeCommand.readTogether(files, errors, warnings, file -> { });
        warnings.forEach(err::println);
        if (!errors.isEmpty() || merged == null) {
            errors.forEach(e -> err.println(e.getMessage()));
            err.println(NAME + ": nothing written: " + (errors.size() == 1 ? "a file does not" : errors.size() + " files do not") + " read");
            return AnalyzeCommand.BAD_INPUT;
        }
        String written = target.write(merged, language);
        if (output == null) {
            out.print(written);
            out.flush();
            return AnalyzeCommand.OK;
        }
        try {
            Files.writeString(output, written, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(NAME + ": cannot write " + output + ": " + e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        }
        return AnalyzeCommand.OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(NAME + ": " + problem);
        err.println(HELP);
        return AnalyzeCommand.USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar convert IN... --to FORMAT [--out FILE] [--lang en|id]
              IN        a map file (.argdown, .apx, .tgf, .af, .json AIF) or a folder of them; several are one map
              --to      argdown: Dialectica's Argdown; aif: AIF JSON as AIFdb and OVA3 read it;
                        argdown-json: the JSON of Argdown's own 'argdown json' (statements, arguments, relations);
                        markdown: a report of the map (theses with status, strength and reason, conflicts,
                        findings, sources), with the rules of ./rules if present, else the packaged ones
              --lang    the report's language: en (default) or id (Indonesian)
              --out     the file to write (default: standard output)
            exit status: 0 written; 1 usage error; 2 some input did not read or the output could not be written (nothing written)""";
}
