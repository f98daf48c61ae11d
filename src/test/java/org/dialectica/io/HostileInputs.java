package org.dialectica.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile map files, made in the test rather than kept as files: the shapes that once ended in a
 * stack overflow, a hang or an exhausted heap, and a seeded corpus of mutations of real maps.
 */
public final class HostileInputs {
    private HostileInputs() {}

    /** A statement with relations nested {@code levels} deep, one more indented line per level. */
    public static String deepRelations(int levels) {
        StringBuilder text = new StringBuilder("[Root]: The root.\n");
        for (int level = 1; level <= levels; level++) {
            text.repeat(" ", level).append(level % 2 == 0 ? "+ " : "- ").append("[S").append(level).append("]: Level ")
                    .append(level).append(".\n");
        }
        return text.toString();
    }

    /** A statement whose data refers to itself through a YAML alias. */
    public static String recursiveAlias() {
        return "[A]: A claim. {subject: S, dimension: D, direction: rises, from: &x [*x]}\n";
    }

    /**
     * A billion laughs in the data, once per occurrence of the same statement, so that comparing the
     * repeated key's two values would expand every alias: 2^{@code levels} leaves.
     */
    public static String aliasBomb(int levels) {
        StringBuilder yaml = new StringBuilder("{l0: &l0 [lol, lol]");
        for (int level = 1; level <= levels; level++) {
            yaml.append(", l").append(level).append(": &l").append(level).append(" [*l").append(level - 1)
                    .append(", *l").append(level - 1).append(']');
        }
        String bomb = yaml + ", locator: [*l" + levels + "]}";
        return "[A]: A claim. " + bomb + "\n\n[A] " + bomb.replace("lol, lol", "lol, haha") + "\n";
    }

    /** One line of about {@code megabytes} MB made of {@code unit} again and again, never closed. */
    public static String longLine(String unit, double megabytes) {
        int times = (int) (megabytes * 1_000_000 / unit.length());
        return "[A]: " + unit.repeat(times) + "\n";
    }

    /**
     * About {@code megabytes} MB in statements of one line each, every line just under the reader's
     * line limit and made of {@code unit}: the longest lines a reader must go through, not refuse.
     */
    public static String longLinesUnderTheLimit(String unit, double megabytes, int lineLimit) {
        String line = "[A]: " + unit.repeat((lineLimit - 10) / unit.length()) + "\n\n";
        return line.repeat(Math.max(1, (int) (megabytes * 1_000_000 / line.length())));
    }

    /** Square brackets nested in lines just under the line limit, {@code [[[…]]]}. */
    public static String nestedBrackets(double megabytes, int lineLimit) {
        int half = (lineLimit - 10) / 2;
        String line = "[A]: " + "[".repeat(half) + "]".repeat(half) + "\n\n";
        return line.repeat(Math.max(1, (int) (megabytes * 1_000_000 / line.length())));
    }

    /** A list nested {@code levels} deep, {@code * } items indented one more space each line (levels²/2 bytes). */
    public static String deepList(int levels) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < levels; level++) text.repeat(" ", level).append("* item ").append(level).append('\n');
        return text.toString();
    }

    /** Data nested {@code levels} deep in one flow collection, {@code [[[…]]]}. */
    public static String deepData(int levels) {
        return "[A]: A claim. {actors: " + "[".repeat(levels) + "]".repeat(levels) + "}\n";
    }

    /** About {@code megabytes} MB of short statements, each with {@code unit} that nothing after it closes. */
    public static String unclosedOnEveryLine(String unit, double megabytes) {
        String statement = "Text with " + unit + " left open.\n\n";
        return statement.repeat((int) (megabytes * 1_000_000 / statement.length()));
    }

    /** The units of the long lines: unclosed tags, brackets, links, comments, data and escapes. */
    public static final List<String> UNCLOSED = List.of("[", "<", "#(", "#(a ", "[a](", "{", "/*", "<!--", "\\", "[x", "((", "*_", "-- ");

    /**
     * Seeded mutations of the sample maps and the Argdown fixtures: cut short, a line repeated or
     * deleted, syntax characters inserted, indentation shifted. Name → text.
     */
    public static Map<String, String> mutations(List<Path> sources, int perSource, long seed) throws IOException {
        Random random = new Random(seed);
        Map<String, String> corpus = new LinkedHashMap<>();
        String syntax = "[]<>{}()#:+-_*/\\\"'&!|`=\n\t ";
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (text.isEmpty()) continue;
            for (int m = 0; m < perSource; m++) {
                StringBuilder mutated = new StringBuilder(text);
                int at = random.nextInt(mutated.length());
                String kind = switch (m % 5) {
                    case 0 -> {
                        mutated.setLength(at);
                        yield "cut";
                    }
                    case 1 -> {
                        for (int k = 0; k < 1 + random.nextInt(8); k++) {
                            mutated.insert(random.nextInt(mutated.length() + 1), syntax.charAt(random.nextInt(syntax.length())));
                        }
                        yield "syntax";
                    }
                    case 2 -> {
                        int start = mutated.lastIndexOf("\n", at) + 1;
                        int end = mutated.indexOf("\n", at);
                        String line = mutated.substring(start, end < 0 ? mutated.length() : end + 1);
                        mutated.insert(start, line.repeat(1 + random.nextInt(3)));
                        yield "repeat";
                    }
                    case 3 -> {
                        int start = mutated.lastIndexOf("\n", at) + 1;
                        mutated.insert(start, " ".repeat(1 + random.nextInt(12)));
                        yield "indent";
                    }
                    default -> {
                        int start = mutated.lastIndexOf("\n", at) + 1;
                        int end = mutated.indexOf("\n", at);
                        mutated.delete(start, end < 0 ? mutated.length() : end + 1);
                        yield "delete";
                    }
                };
                corpus.put(source.getFileName() + "#" + m + "-" + kind, mutated.toString());
            }
        }
        return corpus;
    }

    /** Every file with the given ending below the folders that exist. */
    public static List<Path> files(String ending, Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(ending)).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
