package org.dialectica.io.af;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.MapText;
import org.dialectica.io.MapWarning;

/**
 * Reads abstract frameworks in the ICCMA formats, line by line, straight into a {@link Framework}:
 * ASPARTIX {@code .apx} ({@code arg(a).}, {@code att(a,b).}, {@code %} comments), trivial graph
 * format {@code .tgf} (one argument per line, {@code #}, one attack {@code a b} per line) and
 * ICCMA 2023 {@code .af} (header {@code p af N}, arguments 1 … N, one attack {@code i j} per line,
 * {@code #} comment lines). A file reads whole or fails with the line and column of its first problem;
 * an argument declared twice is read once, with a warning. A TGF node line may give a label after
 * the name, as TGF allows.
 */
public final class FrameworkReader {
    /**
     * The most arguments one framework may have: ten times the largest measured (1M arguments read
     * and labelled in 3 s within 2 GB), and checked before anything is allocated for them, so that a
     * header {@code p af 300000000} is refused at once instead of exhausting the memory.
     */
    public static final int MAX_ARGUMENTS = 10_000_000;
    /** Warnings of one kind given one by one per file; past this, one more counts the rest. */
    static final int MAX_WARNINGS = 100;
    private static final String FACT = "expected a fact arg(NAME). or att(NAME,NAME).";

    private FrameworkReader() {}

    /** Reads a file in the format its extension names (.apx, .tgf or .af). */
    public static Framework read(Path file) throws IOException, MapFileException {
        String name = file.getFileName().toString();
        MapFormat format = MapFormat.of(name).filter(MapFormat::isAbstractFramework).orElseThrow(
                () -> new IllegalArgumentException(name + " is not an abstract framework (" + MapFormat.KNOWN + ")"));
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, format);
        }
    }

    public static Framework read(String fileName, InputStream in, MapFormat format) throws IOException, MapFileException {
        return read(fileName, in, format, MAX_ARGUMENTS);
    }

    /**
     * Reads a framework whose header ({@code p af N}) promises at most {@code maxArguments} arguments:
     * a larger N is a located error before anything is allocated. Arguments named one by one
     * ({@code .apx}, {@code .tgf}) grow with the file and are bounded by {@link #MAX_ARGUMENTS}.
     */
    public static Framework read(String fileName, InputStream in, MapFormat format, int maxArguments)
            throws IOException, MapFileException {
        Lines lines = new Lines(fileName, utf8(fileName, in));
        return switch (format) {
            case APX -> apx(lines, MAX_ARGUMENTS);
            case TGF -> tgf(lines, MAX_ARGUMENTS);
            case ICCMA_AF -> iccma(lines, maxArguments);
            case ARGDOWN, AIF -> throw new IllegalArgumentException(format + " is not an abstract framework format");
        };
    }

    static Framework read(String fileName, String text, MapFormat format) throws MapFileException {
        return read(fileName, text, format, MAX_ARGUMENTS);
    }

    static Framework read(String fileName, String text, MapFormat format, int maxArguments) throws MapFileException {
        try {
            return read(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, maxArguments);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** The stream as UTF-8: a file in UTF-16 with a byte-order mark is decoded whole (they are rare, and small). */
    private static InputStream utf8(String fileName, InputStream in) throws IOException, MapFileException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read(), second = buffered.read();
        buffered.reset();
        boolean utf16 = (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
        if (!utf16) return buffered;
        return new ByteArrayInputStream(MapText.decode(fileName, buffered.readAllBytes()).getBytes(StandardCharsets.UTF_8));
    }

    private static int argument(Framework framework, Lines lines, int from, int to, int maxArguments) throws MapFileException {
        int argument = framework.argument(lines.bytes(), from, to);
        if (argument >= maxArguments) {
            throw lines.error(from, String.format(Locale.ROOT, "argument '%s' is one more than the %,d arguments one framework"
                    + " may have (expected at most %,d)", lines.text(from, to), maxArguments, maxArguments));
        }
        return argument;
    }

    // ---- .apx ----

    private static Framework apx(Lines lines, int max) throws IOException, MapFileException {
        Framework framework = new Framework();
        Undeclared undeclared = new Undeclared();
        while (lines.next()) {
            byte[] b = lines.bytes();
            int end = lines.end();
            int p = blank(b, lines.start(), end);
            while (p < end && b[p] != '%') {
                boolean arg = startsWith(b, p, end, "arg");
                if (!arg && !startsWith(b, p, end, "att")) throw lines.error(p, FACT + " but found '" + lines.shown() + "'");
                p = expect(lines, blank(b, p + 3, end), '(');
                int first = blank(b, p + 1, end);
                int firstEnd = expectName(lines, first);
                p = blank(b, firstEnd, end);
                int second = -1, secondEnd = -1;
                if (p < end && b[p] == ',') {
                    second = blank(b, p + 1, end);
                    secondEnd = expectName(lines, second);
                    p = blank(b, secondEnd, end);
                }
                p = blank(b, expect(lines, p, ')') + 1, end);
                p = blank(b, expect(lines, p, '.') + 1, end);
                if (arg && second >= 0) throw lines.error(second, "arg(…) takes one argument name");
                if (arg) {
                    undeclared.declare(framework, argument(framework, lines, first, firstEnd, max), lines, first);
                } else {
                    if (second < 0) throw lines.error(firstEnd, "att(…) takes two argument names: expected ','");
                    int attacker = undeclared.mention(argument(framework, lines, first, firstEnd, max), lines, first);
                    int target = undeclared.mention(argument(framework, lines, second, secondEnd, max), lines, second);
                    framework.attack(attacker, target);
                }
            }
        }
        undeclared.check(framework, lines);
        undeclared.countRepeats(framework, lines);
        return framework;
    }

    private static int expect(Lines lines, int p, char c) throws MapFileException {
        if (p >= lines.end() || lines.bytes()[p] != c) throw lines.error(p, FACT + " but found '" + lines.shown() + "'");
        return p;
    }

    private static int expectName(Lines lines, int from) throws MapFileException {
        byte[] b = lines.bytes();
        int p = from;
        while (p < lines.end() && !blank(b[p]) && b[p] != ',' && b[p] != '(' && b[p] != ')' && b[p] != '%') p++;
        if (p == from) throw lines.error(p, FACT + " but found '" + lines.shown() + "'");
        return p;
    }

    /**
     * Where each argument is declared (an {@code arg(…)} fact, a TGF node line), and the names an
     * att(…) fact uses before (or without) their declaration, with where each was first used.
     */
    private static final class Undeclared {
        /** The line of each argument's declaration; 0: not declared (yet). */
        private int[] declared = new int[1024];
        private int[] line = new int[1024];
        private int[] column = new int[1024];
        private int repeats;

        /** Declares the argument; a second declaration is read once, with a warning at it. */
        void declare(Framework framework, int argument, Lines lines, int at) {
            grow(argument);
            if (declared[argument] == 0) {
                declared[argument] = lines.number();
            } else if (++repeats <= MAX_WARNINGS) {
                framework.warn(new MapWarning(lines.file(), lines.number(), lines.column(at), "argument '"
                        + framework.name(argument) + "' is declared again (first on line " + declared[argument] + "); read once"));
            }
        }

        void countRepeats(Framework framework, Lines lines) {
            if (repeats > MAX_WARNINGS) {
                framework.warn(new MapWarning(lines.file(), Math.max(1, lines.number()), 1, String.format(Locale.ROOT,
                        "%,d more arguments are declared again (each read once)", repeats - MAX_WARNINGS)));
            }
        }

        int mention(int argument, Lines lines, int at) {
            grow(argument);
            if (declared[argument] == 0 && line[argument] == 0) {
                line[argument] = lines.number();
                column[argument] = lines.column(at);
            }
            return argument;
        }

        /** Names are numbered as first met, so the first undeclared one was used earliest. */
        void check(Framework framework, Lines lines) throws MapFileException {
            for (int i = 0; i < framework.size(); i++) {
                if (declared[i] == 0) {
                    throw new MapFileException(lines.file(), line[i], column[i], "attack names argument '"
                            + framework.name(i) + "', which no arg(…) fact declares");
                }
            }
        }

        private void grow(int argument) {
            if (argument < declared.length) return;
            int length = Math.max(declared.length * 2, argument + 1);
            declared = Arrays.copyOf(declared, length);
            line = Arrays.copyOf(line, length);
            column = Arrays.copyOf(column, length);
        }
    }

    // ---- .tgf ----

    private static Framework tgf(Lines lines, int max) throws IOException, MapFileException {
        Framework framework = new Framework();
        Undeclared declarations = new Undeclared();
        int listed = -1;
        int[] token = new int[6];
        while (lines.next()) {
            int tokens = tokens(lines, token);
            if (tokens == 0) continue;
            byte[] b = lines.bytes();
            boolean hash = tokens == 1 && token[1] - token[0] == 1 && b[token[0]] == '#';
            if (hash) {
                if (listed >= 0) throw lines.error(token[0], "a second '#': expected one attack 'NAME NAME' per line");
                listed = framework.size();
            } else if (listed < 0) {
                int argument = argument(framework, lines, token[0], token[1], max);
                declarations.declare(framework, argument, lines, token[0]);
                // TGF's node line: the name, then an optional label, the rest of the line
                if (tokens > 1) framework.label(argument, lines.text(token[2], lines.end()).strip());
            } else {
                if (tokens != 2) throw lines.error(token[0], "expected an attack 'NAME NAME' but found '" + lines.shown() + "'");
                int attacker = listedArgument(framework, lines, token[0], token[1], listed);
                framework.attack(attacker, listedArgument(framework, lines, token[2], token[3], listed));
            }
        }
        if (listed < 0 && framework.size() > 0) {
            throw new MapFileException(lines.file(), Math.max(1, lines.number()), 1,
                    "expected a line '#' between the arguments and the attacks");
        }
        declarations.countRepeats(framework, lines);
        return framework;
    }

    private static int listedArgument(Framework framework, Lines lines, int from, int to, int listed) throws MapFileException {
        int argument = framework.argument(lines.bytes(), from, to);
        if (argument >= listed) {
            throw lines.error(from, "attack names argument '" + lines.text(from, to) + "', which is not listed before '#'");
        }
        return argument;
    }

    // ---- .af (ICCMA 2023) ----

    private static Framework iccma(Lines lines, int max) throws IOException, MapFileException {
        Framework framework = new Framework();
        long arguments = -1;
        int[] token = new int[8];
        while (lines.next()) {
            int tokens = tokens(lines, token);
            byte[] b = lines.bytes();
            if (tokens == 0 || b[token[0]] == '#') continue;
            if (arguments < 0) {
                arguments = header(lines, token, tokens, max);
                for (long i = 1; i <= arguments; i++) framework.argument(Long.toString(i));
            } else if (tokens == 3 && is(b, token[0], token[1], "p")) {
                throw lines.error(token[0], "a second header: expected one attack 'i j' per line after 'p af " + arguments + "'");
            } else if (tokens != 2) {
                throw lines.error(token[0], "expected an attack 'i j' (two argument numbers) but found '" + lines.shown() + "'");
            } else {
                int attacker = number(lines, token[0], token[1], arguments);
                framework.attack(attacker, number(lines, token[2], token[3], arguments));
            }
        }
        if (arguments < 0) {
            throw new MapFileException(lines.file(), Math.max(1, lines.number()), 1,
                    "expected the header 'p af N' (N, the number of arguments) before the attacks");
        }
        return framework;
    }

    private static long header(Lines lines, int[] token, int tokens, int max) throws MapFileException {
        byte[] b = lines.bytes();
        if (tokens != 3 || !is(b, token[0], token[1], "p") || !is(b, token[2], token[3], "af")) {
            throw lines.error(token[0], "expected the header 'p af N' (N, the number of arguments) but found '" + lines.shown() + "'");
        }
        long n = digits(b, token[4], token[5]);
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw lines.error(token[4], "expected the number of arguments after 'p af' but found '" + lines.text(token[4], token[5]) + "'");
        }
        if (n > max) {
            throw lines.error(token[4], String.format(Locale.ROOT, "'p af %d' declares %,d arguments: expected at most %,d"
                    + " arguments %s", n, n, max, max == MAX_ARGUMENTS ? "in one framework"
                            : String.format(Locale.ROOT, "here (the command line reads up to %,d)", MAX_ARGUMENTS)));
        }
        return n;
    }

    private static int number(Lines lines, int from, int to, long arguments) throws MapFileException {
        long n = digits(lines.bytes(), from, to);
        if (n < 1 || n > arguments) {
            throw lines.error(from, "'" + lines.text(from, to) + "' is not an argument: expected a number from 1 to "
                    + arguments + " (the header says 'p af " + arguments + "')");
        }
        return (int) (n - 1);
    }

    /** The whole number written in {@code b[from, to)}, or -1 if it is none (or too large to matter). */
    private static long digits(byte[] b, int from, int to) {
        if (to - from > 12) return -1;
        long n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') return -1;
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    // ---- bytes ----

    /**
     * Splits the current line at blanks into at most {@code into.length / 2} tokens, as start and
     * end pairs; returns how many tokens there are (more than fit: one more than fit).
     */
    private static int tokens(Lines lines, int[] into) {
        byte[] b = lines.bytes();
        int p = blank(b, lines.start(), lines.end()), count = 0;
        while (p < lines.end()) {
            if (count * 2 == into.length) return count + 1;
            int q = p;
            while (q < lines.end() && !blank(b[q])) q++;
            into[count * 2] = p;
            into[count * 2 + 1] = q;
            count++;
            p = blank(b, q, lines.end());
        }
        return count;
    }

    private static int blank(byte[] b, int from, int end) {
        int p = from;
        while (p < end && blank(b[p])) p++;
        return p;
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** True when {@code b[from, end)} starts with the ASCII {@code word}. */
    private static boolean startsWith(byte[] b, int from, int end, String word) {
        if (end - from < word.length()) return false;
        for (int i = 0; i < word.length(); i++) if (b[from + i] != word.charAt(i)) return false;
        return true;
    }

    private static boolean is(byte[] b, int from, int to, String word) {
        return to - from == word.length() && startsWith(b, from, to, word);
    }
}
