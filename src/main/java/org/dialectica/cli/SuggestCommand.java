package org.dialectica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.map.TypedText;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Passage;
import org.dialectica.suggestion.ClaimSuggester;
import org.dialectica.suggestion.SuggestedSentence;

/**
 * {@code suggest PAPER.txt [--top N]}: the sentences of a paper's plain text most likely to carry an
 * argument, best first, as JSON: each with its text (a quote as it stands), its paragraph and
 * locator (numbered as the reading pane numbers them, so "Make a claim" there gives the same), its span in the text, its score and the signals that fired. The paper is read as the
 * map files are (UTF-8, or UTF-16 with a byte-order mark); invisible control characters are
 * removed with a warning per line, and the spans count in the text without them.
 */
public final class SuggestCommand {
    public static final String NAME = "suggest";
    static final int DEFAULT_TOP = 20;

    private SuggestCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path paper = null;
        int top = DEFAULT_TOP;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--top" -> {
                    if (++i >= args.length || !args[i].matches("[0-9]{1,6}") || Integer.parseInt(args[i]) == 0) {
                        return usage(err, "--top needs how many sentences to list, a number from 1 to 999999");
                    }
                    top = Integer.parseInt(args[i]);
                }
                case "-h", "--help" -> {
                    out.println(HELP);
                    return AnalyzeCommand.OK;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    if (paper != null) return usage(err, "name one paper (also given: " + args[i] + ")");
                    paper = Path.of(args[i]);
                }
            }
        }
        if (paper == null) return usage(err, "name the paper: a plain text file");
        if (Files.isDirectory(paper)) return usage(err, paper + " is a folder: name one paper's text file");
        String text;
        try {
            text = MapText.decode(paper.toString(), Files.readAllBytes(paper));
        } catch (MapFileException e) {
            err.println(NAME + ": " + e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println(NAME + ": " + paper + ": cannot read: " + (Files.exists(paper) ? e.getMessage() : "no such file"));
            return AnalyzeCommand.BAD_INPUT;
        }
        text = cleaned(paper, text, err);
        List<SuggestedSentence> suggested = new ClaimSuggester().suggest(text, top);
        // located as the reading pane and the claim form locate a quote: one numbering of paragraphs for people
        Paper located = new Paper(paper.getFileName().toString(), null, null, Paper.Kind.TEXT, text);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("paper", paper.toString());
        report.put("top", top);
        List<Object> sentences = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) sentences.add(json(i + 1, suggested.get(i), located));
        report.put("suggestions", sentences);
        out.println(Json.write(report));
        out.flush();
        return AnalyzeCommand.OK;
    }

    static Map<String, Object> json(int rank, SuggestedSentence s, Paper located) {
        Passage passage = located.find(s.text()).orElse(null);
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("rank", rank);
        one.put("sentence", s.number());
        one.put("text", s.text());
        // always found: a sentence is a span of the text, whitespace made one space, as a quote is found
        one.put("paragraph", passage == null ? null : passage.first().number());
        one.put("locator", passage == null ? null : located.locator(passage));
        one.put("start", s.start());
        one.put("end", s.end());
        one.put("score", s.score());
        List<Object> signals = new ArrayList<>();
        for (SuggestedSentence.Signal signal : s.signals()) {
            Map<String, Object> fired = new LinkedHashMap<>();
            fired.put("kind", signal.kind().word());
            fired.put("weight", signal.kind().weight());
            fired.put("words", signal.words());
            signals.add(fired);
        }
        one.put("signals", signals);
        return one;
    }

    /** The text without invisible controls, each line that held any named on stderr. */
    private static String cleaned(Path paper, String text, PrintStream err) {
        if (TypedText.firstForbidden(text) < 0) return text;
        int line = 1, warned = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') line++;
            else if (TypedText.forbidden(cp) && warned != line) {
                err.println(paper + ":" + line + ": warning: removed " + TypedText.describe(cp) + " (an invisible control character)");
                warned = line;
            }
            i += Character.charCount(cp);
        }
        return TypedText.clean(text);
    }

    private static int usage(PrintStream err, String problem) {
        err.println(NAME + ": " + problem);
        err.println(HELP);
        return AnalyzeCommand.USAGE;
    }

    static final String HELP = """
            usage: java -jar target/dialectica.jar suggest PAPER.txt [--top N]
              PAPER.txt a paper as plain text (UTF-8, or UTF-16 with a byte-order mark), as extracted from a PDF
              --top     how many sentences to list, best first (default 20)
            prints JSON: {"paper", "top", "suggestions": [{"rank", "sentence", "text", "paragraph", "locator",
            "start", "end", "score", "signals": [{"kind", "weight", "words"}]}]}; "text" is the sentence with its
            whitespace runs made one space (a quote as it stands in the paper), "start" and "end" its span in the file's
            text, "sentence" its number in the paper; how paragraphs and sentences are found: README, Suggested claims
            exit status: 0 listed; 1 usage error; 2 the paper does not read""";
}
