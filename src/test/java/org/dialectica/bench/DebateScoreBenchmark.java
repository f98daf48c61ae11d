package org.dialectica.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dialectica.cli.DebateCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code debate score} on long generated transcripts: free debates of 2,500 to 10,000 moves on the
 * combined seed map (a third claims, with or without evidence, supporting or attacking earlier
 * claims; supports, attacks, undercuts, votes, challenges, concessions, retractions, rulings, and one
 * refused move in twenty), written into a scratch folder, then replayed in this JVM (median of
 * three after a warm-up, output discarded) and, when {@code target/dialectica.jar} exists, as
 * {@code java -jar target/dialectica.jar debate score FILE --format json > /dev/null}. Doubling
 * the moves should double the time. Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.args=debates}.
 */
public final class DebateScoreBenchmark {
    static final int[] MOVES = {2_500, 5_000, 10_000};

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "dialectica-bench-debate"));
        Path jar = Path.of("target", "dialectica.jar");
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : MOVES;
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB; files in %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, folder);
        Path seedMap = Path.of("arguments", "who-gained-from-the-2020-war.argdown").toAbsolutePath();
        Path warmUp = write(folder, 500, seedMap);
        score(warmUp);
        for (int moves : sizes) {
            Path file = write(folder, moves, seedMap);
            double[] inProcess = new double[3];
            for (int r = 0; r < inProcess.length; r++) inProcess[r] = score(file);
            Arrays.sort(inProcess);
            String line = String.format(Locale.ROOT, "%,7d moves (%.1f MB): in this JVM %,7.0f ms (%.2f ms a move)", moves,
                    Files.size(file) / 1e6, inProcess[1], inProcess[1] / moves);
            if (Files.exists(jar)) line += String.format(Locale.ROOT, ", java -jar %,7.0f ms", jarRun(jar, file));
            System.out.println(line);
        }
    }

    private static double score(Path file) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.gc();
        long start = System.nanoTime();
        int status = DebateCommand.run(new String[] {"debate", "score", file.toString(), "--format", "json"}, discard, System.err);
        if (status != 0) throw new IllegalStateException("debate score exited " + status);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double jarRun(Path jar, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "debate", "score", file.toString(), "--format", "json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jar run failed on " + file);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** A seeded free debate of {@code moves} moves on the map, as the JSON `debate score` reads. */
    public static Path write(Path folder, int moves, Path map) throws IOException {
        Path file = folder.resolve("debate-" + moves + ".debate.json");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", "Generated debate of " + moves + " moves");
        doc.put("format", "free");
        doc.put("moderator", "moderator");
        doc.put("map", map.toString());
        doc.put("sides", List.of(
                Map.of("name", "Proposition", "theses", List.of("p000-russia-hegemony-weakens"), "members", names("p", 5)),
                Map.of("name", "Opposition", "theses", List.of("p004-russia-ceasefire-winner"), "members", names("o", 5))));
        doc.put("moves", moves(moves, new Random(moves)));
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(doc));
        return file;
    }

    private static List<Map<String, Object>> moves(int count, Random r) {
        String[] sides = {"Proposition", "Opposition"};
        // claims each side put there, and supports drawn: what later moves can name
        List<List<String>> own = List.of(new ArrayList<>(), new ArrayList<>());
        List<String> claims = new ArrayList<>(List.of("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner"));
        List<String> supports = new ArrayList<>();
        List<Map<String, Object>> out = new ArrayList<>();
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        for (int i = 0; i < count; i++) {
            int s = r.nextInt(2);
            String side = sides[s], by = (s == 0 ? "p" : "o") + r.nextInt(5);
            String a = claims.get(r.nextInt(claims.size())), b = claims.get(r.nextInt(claims.size()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("by", by);
            m.put("side", side);
            int kind = r.nextInt(20);
            if (kind < 7) {
                String id = "g" + i;
                m.put("type", "claim");
                m.put("id", id);
                m.put("text", "Generated claim " + i + " of " + side);
                boolean evidence = r.nextBoolean();
                m.put("kind", evidence ? "evidence" : "claim");
                if (evidence) m.put("source", "paper-" + r.nextInt(5) + ".txt");
                if (r.nextInt(3) > 0) {
                    m.put("to", a);
                    supports.add(id + " +> " + a);
                } else {
                    m.put("target", b);
                }
                claims.add(id);
                own.get(s).add(id);
            } else if (kind < 10) {
                m.put("type", "attack");
                m.put("from", a);
                m.put("target", b);
            } else if (kind < 12) {
                m.put("type", "support");
                m.put("from", a);
                m.put("to", b);
                supports.add(a + " +> " + b);
            } else if (kind == 12 && !supports.isEmpty()) {
                m.put("type", "undercut");
                m.put("from", a);
                m.put("target", supports.get(r.nextInt(supports.size())));
            } else if (kind == 13) {
                m.put("by", "a" + r.nextInt(49));
                m.put("side", null);
                m.put("type", "vote");
                m.put("claim", a);
                m.put("value", Math.round(r.nextDouble() * 100) / 100.0);
            } else if (kind == 14) {
                m.put("type", "challenge");
                m.put("claim", a);
            } else if (kind == 15) {
                m.put("type", "concede");
                m.put("claim", a);
            } else if (kind == 16 && !own.get(s).isEmpty()) {
                List<String> mine = own.get(s);
                String gone = mine.remove(r.nextInt(mine.size()));
                claims.remove(gone);
                m.put("type", "retract");
                m.put("claim", gone);
            } else if (kind == 17) {
                m.put("by", "moderator");
                m.put("side", null);
                m.put("type", "prefer");
                m.put("preferred", a);
                m.put("over", b);
            } else if (kind == 18) {
                m.put("type", "attack");
                m.put("from", a);
                m.put("target", "no-such-claim"); // refused
            } else {
                m.put("type", "pass");
            }
            m.put("at", (at = at.plusSeconds(20)).toString());
            out.add(m);
        }
        return out;
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }
}
