package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Argdown JSON export of Argdown's six example maps against what Argdown's own command line
 * ({@code @argdown/cli} 1.7.5, {@code argdown json}) makes of the same files, compared on the titles
 * of statements and arguments and on the relations. Runs when the CLI is found: the system property
 * {@code argdown.cli} or the environment variable {@code ARGDOWN_CLI} names its {@code dist/cli.js}
 * (install it outside the project: {@code npm install @argdown/cli@1.7.5}); otherwise it is skipped
 * with a message. Node is {@code .tools/node/bin/node}, else {@code node} on the path.
 */
class ArgdownJsonCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The examples Argdown itself reads; ArgVu's demo is refused by Argdown 1.7.5 ("Invalid Argdown syntax"). */
    static final List<String> EXAMPLES = List.of("Populism-Core-Argument-Argdown-Example", "argdown-primer",
            "greenspan-schefczyk_hardwrap", "legalisation-softdrugs", "semmelweis_betz", "state-censorship");

    @TempDir
    Path out;

    private static final String NO_CLI = "skipped: Argdown's CLI not found; run with -Dargdown.cli=…/node_modules/@argdown/cli/dist/cli.js"
            + " (or ARGDOWN_CLI=…) after 'npm install @argdown/cli@1.7.5' outside the project";

    /** The CLI's cli.js, or null. */
    private static Path cli() {
        String named = System.getProperty("argdown.cli", System.getenv("ARGDOWN_CLI"));
        return named != null && Files.isRegularFile(Path.of(named)) ? Path.of(named) : null;
    }

    private static String node() {
        Path tools = Path.of(".tools", "node", "bin", "node");
        return Files.isExecutable(tools) ? tools.toString() : "node";
    }

    /** What Argdown's CLI writes for one file. */
    private JsonNode argdownCli(Path cli, Path file) throws IOException, InterruptedException {
        // @argdown/node 1.7.5 calls util.isFunction and its kin, which Node 23 removed
        Path polyfill = out.resolve("util-polyfill.cjs");
        Files.writeString(polyfill, """
                const util = require('util');
                for (const [name, test] of Object.entries({isFunction: f => typeof f === 'function',
                    isString: s => typeof s === 'string', isObject: o => o !== null && typeof o === 'object',
                    isArray: Array.isArray, isUndefined: v => v === undefined, isNull: v => v === null})) {
                  if (!util[name]) util[name] = test;
                }
                """);
        Process process = new ProcessBuilder(node(), "-r", polyfill.toAbsolutePath().toString(), cli.toString(), "json",
                file.toAbsolutePath().toString(), out.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("cli.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Argdown's CLI finishes").isTrue();
        Path json = out.resolve(file.getFileName().toString().replace(".argdown", ".json"));
        assertThat(json).as(Files.readString(out.resolve("cli.log"))).exists();
        return JSON.readTree(Files.readString(json));
    }

    @TestFactory
    Stream<DynamicTest> the_argdown_json_export_matches_argdown_s_cli_on_the_six_example_maps() {
        Path cli = cli();
        // one skipped test with the reason, rather than none at all
        if (cli == null) return Stream.of(DynamicTest.dynamicTest("Argdown's CLI", () -> assumeTrue(false, NO_CLI)));
        Path examples = Fixtures.folder("argdown/examples");
        return EXAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = examples.resolve(name + ".argdown");
            JsonNode expected = argdownCli(cli, file);
            JsonNode actual = JSON.readTree(new ArgdownJsonWriter().write(new ArgdownReader().read(file).map()));
            assertThat(titles(actual.get("statements"))).as("statements").isEqualTo(titles(expected.get("statements")));
            assertThat(titles(actual.get("arguments"))).as("arguments").isEqualTo(titles(expected.get("arguments")));
            assertThat(relations(actual)).as("relations").isEqualTo(asDialecticaReadsThem(expected));
        }));
    }

    static Set<String> titles(JsonNode byTitle) {
        return new TreeSet<>(byTitle.propertyNames());
    }

    static Set<String> relations(JsonNode document) {
        Set<String> relations = new TreeSet<>();
        for (JsonNode r : document.get("relations")) {
            relations.add(relation(r.get("relationType").asString(), r.get("fromType").asString(), r.get("from").asString(),
                    r.get("toType").asString(), r.get("to").asString()));
        }
        return relations;
    }

    /**
     * Argdown's relations as a map holds them (docs/map-format.md): a reconstructed argument that
     * supports or attacks stands for its main conclusion, an attack on a reconstructed argument is an
     * attack on its inference (an undercut), and an undercut of a sketched argument, which has no
     * inference, an attack on it (the reader warns).
     */
    static Set<String> asDialecticaReadsThem(JsonNode document) {
        java.util.Map<String, String> conclusion = new java.util.HashMap<>();
        for (JsonNode argument : document.get("arguments")) {
            JsonNode pcs = argument.get("pcs");
            if (pcs != null && !pcs.isEmpty()) conclusion.put(argument.get("title").asString(), pcs.get(pcs.size() - 1).get("title").asString());
        }
        Set<String> relations = new TreeSet<>();
        for (JsonNode r : document.get("relations")) {
            String type = r.get("relationType").asString();
            String fromType = r.get("fromType").asString(), from = r.get("from").asString();
            String toType = r.get("toType").asString(), to = r.get("to").asString();
            boolean fromReconstructed = fromType.equals("argument") && conclusion.containsKey(from);
            boolean toReconstructed = toType.equals("argument") && conclusion.containsKey(to);
            if (fromReconstructed) {
                fromType = "equivalence-class";
                from = conclusion.get(from);
            }
            if (type.equals("attack") && toReconstructed) {
                type = "undercut";
            } else if (type.equals("undercut") && toType.equals("argument") && !toReconstructed) {
                type = "attack";
            } else if (toReconstructed && !type.equals("undercut")) {
                toType = "equivalence-class";
                to = conclusion.get(to);
            }
            relations.add(relation(type, fromType, from, toType, to));
        }
        return relations;
    }

    private static String relation(String type, String fromType, String from, String toType, String to) {
        return type + " " + fromType + " «" + from + "» -> " + toType + " «" + to + "»";
    }
}
