package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.HostileInputs;
import org.dialectica.io.MapFileException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Files built to break a reader: each reads, or fails with a located error, quickly; none ends in
 * a stack overflow, an exhausted heap or a hang. The one time limit only catches a hang; the
 * measured times are in docs/benchmarks.md.
 */
class ArgdownHostileTest {
    /** A guard against a hang (the old readers never answered), not a speed claim: speed is measured in docs/benchmarks.md. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final ArgdownReader READER = new ArgdownReader();

    private static MapFileException failsWithin(Duration limit, String text) {
        return assertTimeoutPreemptively(limit, () -> {
            try {
                READER.read("hostile.argdown", text);
            } catch (MapFileException e) {
                return e;
            }
            throw new AssertionError("expected a located error");
        });
    }

    @Test
    void relations_nested_3000_and_10000_levels_deep_fail_at_the_first_line_too_deep() {
        for (int levels : new int[] {3_000, 10_000}) {
            MapFileException e = failsWithin(HANG, HostileInputs.deepRelations(levels));

            assertThat(e.line()).isEqualTo(ArgdownParser.MAX_NESTING + 2);
            assertThat(e.problem()).startsWith("relations nested more than 1000 levels deep");
        }
    }

    @Test
    void relations_nested_1000_levels_deep_read_on_a_thread_with_half_the_usual_stack() throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                outcome.set(READER.read("deep.argdown", HostileInputs.deepRelations(ArgdownParser.MAX_NESTING)).map().claims().size());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 512 * 1024);
        reader.start();
        reader.join();

        assertThat(outcome.get()).isEqualTo(ArgdownParser.MAX_NESTING + 1);
    }

    @Test
    void data_that_refers_to_itself_through_an_alias_fails_where_its_value_is_used() {
        MapFileException e = failsWithin(HANG, HostileInputs.recursiveAlias());

        assertThat(e.getMessage()).startsWith("hostile.argdown:1:66: 'from' must be a year");
        assertThat(e.problem()).hasSizeLessThan(200);
    }

    @Test
    void an_alias_bomb_of_49_aliases_is_never_expanded_and_fails_where_its_value_is_used() {
        MapFileException e = failsWithin(HANG, HostileInputs.aliasBomb(24));

        assertThat(e.problem()).startsWith("expected text for 'locator', not a list or mapping");
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void data_nested_deeper_than_yaml_allows_is_a_located_error() {
        MapFileException e = failsWithin(HANG, HostileInputs.deepData(40_000));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).startsWith("data is not valid YAML").containsIgnoringCase("nesting");
    }

    @TestFactory
    Stream<DynamicTest> a_line_of_1_5_or_20_mb_fails_where_it_grows_too_long() {
        return Stream.of(1.0, 5.0, 20.0).flatMap(megabytes -> HostileInputs.UNCLOSED.stream().map(unit ->
                DynamicTest.dynamicTest(megabytes + " MB of '" + unit + "'", () -> {
                    MapFileException e = failsWithin(HANG, HostileInputs.longLine(unit, megabytes));

                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(ArgdownLexer.MAX_LINE + 1);
                })));
    }

    @TestFactory
    Stream<DynamicTest> a_megabyte_of_statements_each_left_open_reads_in_one_pass() {
        return HostileInputs.UNCLOSED.stream().map(unit -> DynamicTest.dynamicTest("'" + unit + "'", () ->
                assertTimeoutPreemptively(HANG, () -> {
                    try {
                        READER.read("open.argdown", HostileInputs.unclosedOnEveryLine(unit, 1.0));
                    } catch (MapFileException e) {
                        assertThat(e.line()).isPositive();
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> mutations_of_real_maps_read_or_fail_with_a_located_error() throws Exception {
        Map<String, String> corpus = HostileInputs.mutations(HostileInputs.files(".argdown", Path.of("arguments"),
                Fixtures.ROOT.resolve("argdown")), 4, 20_261_129L);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        return corpus.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () ->
                assertTimeoutPreemptively(HANG, () -> {
                    try {
                        READER.read(entry.getKey(), entry.getValue());
                    } catch (MapFileException e) {
                        assertThat(e.line()).isPositive();
                        assertThat(e.column()).isPositive();
                    }
                })));
    }

    @Test
    void a_front_matter_line_too_long_is_refused_like_any_other() {
        assertThatThrownBy(() -> READER.read("x.argdown", "===\ntitle: " + "[".repeat(200_000) + "\n===\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void a_data_block_of_more_than_a_million_characters_is_a_located_error() {
        String block = "  {\n  quote: |\n" + ("    " + "x".repeat(1_000) + "\n").repeat(1_100) + "  }\n";

        MapFileException e = failsWithin(HANG, "[A]: A claim.\n" + block);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("data is not valid YAML").contains("code points");
    }
}
