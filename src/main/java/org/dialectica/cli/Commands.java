package org.dialectica.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the jar does with its arguments: a command ({@code analyze}, {@code compare}, {@code convert}, {@code debate
 * score}, {@code grade}, {@code suggest}), the web server ({@code serve}, or no command at all), or the usage. A
 * word that names no command is a usage error: a typo must never start a web server that then
 * runs until someone kills it.
 */
public final class Commands {
    static final String SERVE = "serve";
    private static final List<String> NAMES = List.of(AnalyzeCommand.NAME, CompareCommand.NAME, ConvertCommand.NAME,
            DebateCommand.NAME, GradeCommand.NAME, SuggestCommand.NAME, SERVE);
    /** {@link #run}'s answer when the web server is to start. */
    static final int START_SERVER = -1;

    private Commands() {}

    /**
     * Runs the command the arguments name and ends the process with its exit status, or starts the
     * web server with {@code serve} and returns. Running out of memory, in any thread, ends the
     * process with status 3 and one line on stderr.
     */
    public static void launch(String[] args, Consumer<String[]> serve) {
        String name = args.length > 0 && NAMES.contains(args[0]) ? args[0] : "dialectica";
        OutOfMemory.watch(name);
        int status;
        try {
            status = run(args, System.out, System.err);
            if (status == START_SERVER) {
                serve.accept(serverArguments(args));
                OutOfMemory.unwatch(); // started: the server answers a request that runs out of memory, it does not end
                return;
            }
        } catch (OutOfMemoryError e) {
            OutOfMemory.exit();
            return;
        } catch (RuntimeException e) {
            if (OutOfMemory.caused(e)) OutOfMemory.exit();
            throw e;
        }
        System.out.flush();
        System.err.flush();
        // a short-lived command has nothing for shutdown hooks to do, and after running short of memory they may hang
        if (status == AnalyzeCommand.OUT_OF_MEMORY) Runtime.getRuntime().halt(status);
        System.exit(status);
    }

    /** The exit status of the command, or {@link #START_SERVER}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(SERVE) && Arrays.asList(args).contains("--help")) {
            out.println(HELP);
            return AnalyzeCommand.OK;
        }
        if (args.length == 0 || args[0].equals(SERVE) || springOptions(args)) return START_SERVER;
        switch (args[0]) {
            case AnalyzeCommand.NAME -> {
                return AnalyzeCommand.run(args, out, err);
            }
            case CompareCommand.NAME -> {
                return CompareCommand.run(args, out, err);
            }
            case ConvertCommand.NAME -> {
                return ConvertCommand.run(args, out, err);
            }
            case DebateCommand.NAME -> {
                return DebateCommand.run(args, out, err);
            }
            case GradeCommand.NAME -> {
                return GradeCommand.run(args, out, err);
            }
            case SuggestCommand.NAME -> {
                return SuggestCommand.run(args, out, err);
            }
            case "help", "-h", "--help" -> {
                out.println(HELP);
                return AnalyzeCommand.OK;
            }
            default -> {
                String guess = closest(args[0]);
                err.println("dialectica: unknown command '" + args[0] + "'" + (guess == null ? "" : "; did you mean " + guess + "?"));
                err.println(HELP);
                return AnalyzeCommand.USAGE;
            }
        }
    }

    /**
     * Only Spring settings ({@code --server.port=8081 --dialectica.data-dir=DIR}): the web server,
     * as documented before {@code serve} existed.
     */
    private static boolean springOptions(String[] args) {
        return Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.indexOf('=') > 2);
    }

    private static String[] serverArguments(String[] args) {
        return args.length > 0 && args[0].equals(SERVE) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    /** The command a typo was probably meant to be: at most two letters changed, added or left out. */
    static String closest(String word) {
        String best = null;
        int bestDistance = 3;
        for (String name : NAMES) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar COMMAND ...
              analyze PATH... [--format text|json] [--rules DIR]         the rules' report on map files
              compare PATH... --thesis ID --thesis ID [--format ...]      rival theses side by side, with their cruxes
              convert IN... --to argdown|aif|argdown-json [--out FILE]    a map in another format
              debate score TRANSCRIPT.json [--format text|json]           a debate's transcript replayed and scored
              grade --rubric RUBRIC [--reference REF] STUDENT...          student maps graded against a rubric
              suggest PAPER.txt [--top N]                                 a paper's sentences likeliest to be claims, as JSON
              serve [--server.port=N] [--dialectica.data-dir=DIR] ...     the web application (also with no command)
              help                                                        this text
            COMMAND --help says more about one command.
            exit status: 0 done; 1 usage error; 2 some input did not read; 3 out of memory or stack (give Java more: -Xmx, -Xss)""";
}
