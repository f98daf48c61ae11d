package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.af.AfReader;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;

/**
 * {@code analyze PATH… [--format text|json] [--rules DIR]}: reads every map file named (folders:
 * their {@code .argdown}, {@code .apx} and {@code .tgf} files), analyses them together as one map
 * (a claim with the same id in two files is one claim) and prints the report.
 *
 * <p>A malformed file is reported with its file, line and column and left out whole; the other
 * files are still analysed, and the exit status is 2. Exit 1: usage error or rules that do not
 * compile.
 */
public final class AnalyzeCommand {
    public static final String NAME = "analyze";
    static final int OK = 0, USAGE = 1, BAD_INPUT = 2;

    private AnalyzeCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cli-logback.xml");
        }
        List<Path> paths = new ArrayList<>();
        String format = "text";
        Path rulesDir = Path.of("rules");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
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
                    return OK;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty()) return usage(err, "name at least one map file or folder");

        Inputs inputs = Inputs.read(paths, err);
        if (inputs == null) return usage(err, "no map files (.argdown, .apx, .tgf) in " + paths);

        RuleBase rules;
        try {
            rules = RuleBase.load(rulesDir);
        } catch (RulesException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        Analysis analysis = ReasoningSession.analyze(rules, inputs.map());
        Report report = new Report(inputs.files(), rules.origin(), analysis, inputs.warnings(), inputs.errors());
        out.print(format.equals("json") ? report.json() : report.text());
        out.flush();
        return inputs.errors().isEmpty() ? OK : BAD_INPUT;
    }

    /** The map files of a run read and merged into one map, with what went wrong in each. */
    record Inputs(List<String> files, ArgumentMap map, List<MapWarning> warnings, List<MapFileException> errors) {
        /** @return null when the paths hold no map file at all (a usage error) */
        static Inputs read(List<Path> paths, PrintStream err) {
            List<String> files = new ArrayList<>();
            List<MapWarning> warnings = new ArrayList<>();
            List<MapFileException> errors = new ArrayList<>();
            ArgumentMap merged = null;
            for (Path file : mapFiles(paths, errors)) {
                files.add(file.toString());
                try {
                    ReadResult read = AnalyzeCommand.read(file);
                    warnings.addAll(read.warnings());
                    if (merged == null) {
                        merged = read.map().copy();
                    } else {
                        for (String difference : merged.absorb(read.map())) {
                            warnings.add(new MapWarning(file.toString(), 1, 1, difference));
                        }
                    }
                } catch (MapFileException e) {
                    errors.add(e);
                } catch (IOException e) {
                    errors.add(new MapFileException(file.toString(), 1, 1, "cannot read: " + e.getMessage()));
                }
            }
            errors.forEach(e -> err.println(e.getMessage()));
            if (merged == null) merged = new ArgumentMap("empty", "No readable map");
            if (merged.claims().isEmpty() && errors.isEmpty() && files.isEmpty()) return null;
            return new Inputs(files, merged, warnings, errors);
        }
    }

    private static ReadResult read(Path file) throws IOException, MapFileException {
        return AfReader.canRead(file) ? new AfReader().read(file) : new ArgdownReader().read(file);
    }

    private static List<Path> mapFiles(List<Path> paths, List<MapFileException> errors) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".argdown") || AfReader.canRead(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    errors.add(new MapFileException(path.toString(), 1, 1, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                errors.add(new MapFileException(path.toString(), 1, 1, "no such file or folder"));
            }
        }
        return files;
    }

    static int usage(PrintStream err, String problem) {
        err.println("analyze: " + problem);
        err.println(HELP);
        return USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar analyze PATH... [--format text|json] [--rules DIR]
              PATH      a map file (.argdown, .apx, .tgf) or a folder of them; all are analysed as one map
              --format  text (default) or json
              --rules   folder of .drl files (default: ./rules if present, else the packaged rules)
            exit status: 0 analysed; 1 usage or rule error; 2 some file malformed (the others were analysed)""";
}
