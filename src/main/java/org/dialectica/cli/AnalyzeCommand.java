package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFileReader;
import org.dialectica.io.MapFormat;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.af.Framework;
import org.dialectica.io.af.FrameworkReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.papers.Paper;
import org.dialectica.papers.PaperFiles;
import org.dialectica.papers.PaperQuotes;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.GroundedLabelling;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.RulesException;
import org.dialectica.reasoning.Sentence;
import org.dialectica.suggestion.Suggester;
import org.dialectica.suggestion.Suggestion;

/**
 * {@code analyze PATH… [--format text|json] [--rules DIR]}: reads every map file named (folders:
 * their files of a known format), analyses them together as one map (a claim with the same id in
 * two files is one claim) and prints the report. When every file is an abstract framework, the
 * arguments are labelled directly by the linear grounded labelling, without the rules.
 *
 * <p>A malformed file is reported with its file, line and column and left out whole; the other
 * files are still analysed, and the exit status is 2. Exit 1: usage error (also a file of unknown
 * format) or rules that do not compile; exit 3: the run ran out of memory or stack.
 */
public final class AnalyzeCommand {
    public static final String NAME = "analyze";
    static final int OK = 0, USAGE = 1, BAD_INPUT = 2, OUT_OF_MEMORY = 3;

    private final PrintStream out;
    private final PrintStream err;
    /** {@code analyze}, or {@code compare} (the same reading and rules, then the theses side by side) */
    private String command = NAME;
    private final List<String> theses = new ArrayList<>();
    /** {@code --suggest N}: how many suggested conflicts to add to the report; null when not asked */
    private Integer suggest;
    /** {@code --papers DIR}: the papers every quote is checked against; null when not asked */
    private Path papersDir;
    /** What the run is doing, to say where it stopped if memory or stack runs out. */
    private String doing = "starting";

    private AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        AnalyzeCommand command = new AnalyzeCommand(out, err);
        try {
            return command.run(args);
        } catch (OutOfMemoryError e) {
            if (!OutOfMemory.claim()) OutOfMemory.exit(); // another thread ran out first and is saying so
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            err.println(command.command + ": out of memory while " + command.doing + " (Java heap " + heap + " MB); give Java more, e.g. java -Xmx"
                    + Math.max(1, 2 * heap / 1024) + "g -jar dialectica.jar " + command.command + " …");
            return OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            err.println(command.command + ": the Java stack overflowed while " + command.doing
                    + " (too deeply nested); give Java a larger stack, e.g. java -Xss64m -jar dialectica.jar " + command.command + " …");
            return OUT_OF_MEMORY;
        }
    }

    private int run(String[] args) {
        if (args.length > 0 && args[0].equals(CompareCommand.NAME)) command = CompareCommand.NAME;
        List<Path> paths = new ArrayList<>();
        String format = "text";
        Path rulesDir = Path.of("rules");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> {
                    if (++i >= args.length) return usage("--format needs a value: text or json");
                    format = args[i];
                    if (!format.equals("text") && !format.equals("json")) {
                        return usage("unknown format '" + format + "': expected text or json");
                    }
                }
                case "--rules" -> {
                    if (++i >= args.length) return usage("--rules needs a folder");
                    rulesDir = Path.of(args[i]);
                    if (!Files.isDirectory(rulesDir)) return usage("rules folder not found: " + rulesDir);
                }
                case "--thesis" -> {
                    if (!command.equals(CompareCommand.NAME)) return usage("unknown option --thesis (it belongs to compare)");
                    if (++i >= args.length) return usage("--thesis needs a claim id");
                    theses.add(args[i]);
                }
                case "--suggest" -> {
                    if (!command.equals(NAME)) return usage("unknown option --suggest (it belongs to analyze)");
                    if (++i >= args.length || !args[i].matches("[0-9]{1,6}") || Integer.parseInt(args[i]) == 0) {
                        return usage("--suggest needs how many suggestions to list, a number from 1 to 999999");
                    }
                    suggest = Integer.parseInt(args[i]);
                }
                case "--papers" -> {
                    if (++i >= args.length) return usage("--papers needs a folder of papers (.txt, .pdf)");
                    papersDir = Path.of(args[i]);
                    if (!Files.isDirectory(papersDir)) return usage("papers folder not found: " + papersDir);
                }
                case "-h", "--help" -> {
                    out.println(help());
                    return OK;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage("unknown option " + args[i]);
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty()) return usage("name at least one map file or folder");
        if (command.equals(CompareCommand.NAME) && theses.size() < 2) {
            return usage("name at least two theses with --thesis ID --thesis ID");
        }
        for (Path path : paths) {
            if (Files.isRegularFile(path) && MapFormat.of(path).isEmpty()) {
                // one line: a file named by mistake should not bury the reason under the help text
                err.println(command + ": " + path + ": unknown format (expected a file ending in " + MapFormat.KNOWN + ")");
                return USAGE;
            }
        }

        List<MapFileException> errors = new ArrayList<>();
        List<Path> files = mapFiles(paths, errors);
        if (files.isEmpty() && errors.isEmpty()) return usage("no map files (" + MapFormat.KNOWN + ") in " + paths);
        boolean frameworks = !files.isEmpty() && theses.isEmpty()
                && files.stream().allMatch(f -> MapFormat.of(f).orElseThrow().isAbstractFramework());
        return frameworks ? frameworks(files, errors, format) : rules(files, errors, format, rulesDir);
    }

    /** Abstract frameworks only: read into arrays, labelled in linear time, reported as written. */
    private int frameworks(List<Path> files, List<MapFileException> errors, String format) {
        Framework all = null;
        List<MapWarning> warnings = new ArrayList<>();
        for (Path file : files) {
            doing = "reading " + file;
            try {
                Framework one = FrameworkReader.read(file);
                warnings.addAll(one.warnings());
                if (all == null) all = one;
                else all.absorb(one);
            } catch (MapFileException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new MapFileException(file.toString(), 1, 1, "cannot read: " + e.getMessage()));
            }
        }
        if (all == null) all = new Framework();
        doing = "labelling " + all.size() + " arguments and " + all.attackCount() + " attacks";
        Label[] labels = GroundedLabelling.label(all.size(), all.attackers(), all.targets(), all.attackCount());
        errors.forEach(e -> err.println(e.getMessage()));
        doing = "writing the report";
        FrameworkReport report = new FrameworkReport(files.stream().map(Path::toString).toList(), all, labels, warnings, errors)
                .withSuggestions(suggest != null);
        if (format.equals("json")) report.json(out);
        else report.text(out);
        out.flush();
        return errors.isEmpty() ? OK : BAD_INPUT;
    }

    /** Maps (Argdown, or frameworks read together with Argdown): merged into one map and analysed by the rules. */
    private int rules(List<Path> files, List<MapFileException> errors, String format, Path rulesDir) {
        Logging.quiet();
        // compiling the rules takes most of a small map's run: it starts now, beside the reading
        CompletableFuture<RuleBase> compiling = CompletableFuture.supplyAsync(() -> RuleBase.load(rulesDir),
                task -> Thread.ofPlatform().name("rules").daemon().start(task));
        List<MapWarning> warnings = new ArrayList<>();
        ArgumentMap merged = readTogether(files, errors, warnings, file -> doing = "reading " + file);
        errors.forEach(e -> err.println(e.getMessage()));
        List<String> names = files.stream().map(Path::toString).toList();
        if (merged == null) {
            // nothing to analyse: the errors are the report, and no one waits for the rules
            Report report = new Report(names, null, null, warnings, errors).withSuggestions(suggest == null ? null : List.of());
            if (format.equals("json")) report.json(out);
            else report.text(out);
            out.flush();
            return BAD_INPUT;
        }

        // a thesis named twice, a claim that is not a thesis, an unknown id: one line, before waiting for the rules
        Sentence problem = theses.isEmpty() ? null : Comparison.problem(merged, theses);
        if (problem != null) {
            err.println(command + ": " + problem.text());
            return USAGE;
        }

        doing = "compiling the rules";
        RuleBase rules;
        try {
            rules = compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RulesException rulesError) {
                err.println(rulesError.getMessage());
                return USAGE;
            }
            if (e.getCause() instanceof Error error) throw error; // out of memory or stack: said in one line by run
            throw e;
        }
        if (papersDir != null) {
            doing = "reading the papers of " + papersDir;
            List<String> refused = new ArrayList<>();
            List<Paper> papers;
            try {
                papers = PaperFiles.folder(papersDir, refused);
            } catch (IOException e) {
                err.println(command + ": cannot read the papers folder " + papersDir + ": " + e.getMessage());
                return USAGE;
            }
            // a paper that does not read checks no quote; said on stderr like a map's warning, and the run goes on
            refused.forEach(r -> err.println(command + ": paper not read: " + r));
            rules = rules.withQuotes(PaperQuotes.of(papers));
        }
        doing = "analysing " + merged.claims().size() + " claims";
        Analysis analysis = ReasoningSession.analyze(rules, merged);
        if (!theses.isEmpty()) {
            doing = "comparing the theses";
            Comparison comparison = Comparison.of(analysis, theses);
            out.print(format.equals("json") ? Json.write(CompareCommand.json(comparison, analysis)) + "\n"
                    : CompareCommand.text(comparison, analysis));
            out.flush();
            return errors.isEmpty() ? OK : BAD_INPUT;
        }
        List<Suggestion> suggestions = null;
        if (suggest != null) {
            doing = "suggesting conflicts from the texts of " + merged.claims().size() + " claims";
            suggestions = new Suggester(rules.vocabulary()).suggest(analysis, List.of(), suggest);
        }
        doing = "writing the report";
        Report report = new Report(names, rules.origin(), analysis, warnings, errors).withSuggestions(suggestions);
        if (format.equals("json")) report.json(out);
        else report.text(out);
        out.flush();
        return errors.isEmpty() ? OK : BAD_INPUT;
    }


    /**
     * The files read as one map: a claim with the same id in two files is one claim, untitled
     * statements are numbered across the files. A file that does not read is an error and is left
     * out; null when none reads.
     */
    static ArgumentMap readTogether(List<Path> files, List<MapFileException> errors, List<MapWarning> warnings,
            java.util.function.Consumer<Path> reading) {
        ArgumentMap merged = null;
        int untitled = 0;
        for (Path file : files) {
            reading.accept(file);
            try {
                ReadResult read = MapFileReader.read(file, untitled);
                untitled = Math.max(untitled, MapFileReader.untitledIn(read.map()));
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
            } catch (StackOverflowError e) {
                // the readers limit how deep a file may nest; this is the net under that
                errors.add(new MapFileException(file.toString(), 1, 1, "too deeply nested to read (the Java stack overflowed)"));
            } catch (RuntimeException e) {
                // a reader's fault, met on a file no one here wrote: that file is left out, the run goes on
                errors.add(new MapFileException(file.toString(), 1, 1, "cannot read (an error in Dialectica's reader: "
                        + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")"));
            }
        }
        return merged;
    }

    /** The files named, and in folders the files of a known format; what is missing is an error. */
    static List<Path> mapFiles(List<Path> paths, List<MapFileException> errors) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> MapFormat.of(p).isPresent()).sorted().forEach(files::add);
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

    private int usage(String problem) {
        err.println(command + ": " + problem);
        err.println(help());
        return USAGE;
    }

    private String help() {
        return command.equals(CompareCommand.NAME) ? CompareCommand.HELP : HELP;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar analyze PATH... [--format text|json] [--rules DIR] [--suggest N] [--papers DIR]
              PATH      a map file (.argdown, .apx, .tgf, .af, .json AIF) or a folder of them; all are analysed as one map
              --format  text (default) or json
              --rules   folder of .drl files (default: ./rules if present, else the packaged rules)
              --suggest also list the N best conflicts suggested from the claims' texts between claims of
                        different papers that the rules do not derive (each with its score and the words why)
              --papers  folder of the papers the claims cite (.txt UTF-8, .pdf with text): every quote not in its
                        paper (whitespace aside) is a finding quote-not-in-paper; a paper not there is not checked
            abstract frameworks alone (.apx, .tgf, .af) are labelled directly (grounded), without the rules
            exit status: 0 analysed; 1 usage or rule error; 2 some file malformed (the others were analysed);
                         3 out of memory or stack (give Java more: -Xmx, -Xss)""";
}
