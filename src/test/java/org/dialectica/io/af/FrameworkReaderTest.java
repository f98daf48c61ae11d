package org.dialectica.io.af;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.HostileInputs;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The array form of frameworks, read line by line as bytes. */
class FrameworkReaderTest {
    /** A guard against a hang (the old readers never answered), not a speed claim: speed is measured in docs/benchmarks.md. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void a_repeated_attack_is_kept_once() throws Exception {
        Framework framework = FrameworkReader.read("t.af", "p af 2\n1 2\n1 2\n2 1\n", MapFormat.ICCMA_AF);

        assertThat(framework.size()).isEqualTo(2);
        assertThat(framework.attackCount()).isEqualTo(2);
    }

    @Test
    void absorbing_a_framework_unites_arguments_of_the_same_name() throws Exception {
        Framework first = FrameworkReader.read("a.apx", "arg(x).\narg(y).\natt(x,y).\n", MapFormat.APX);
        Framework second = FrameworkReader.read("b.tgf", "y\nz\n#\ny z\nz y\n", MapFormat.TGF);

        first.absorb(second);

        assertThat(first.size()).isEqualTo(3);
        assertThat(first.name(2)).isEqualTo("z");
        assertThat(first.attackCount()).isEqualTo(3);
    }

    @Test
    void lines_longer_than_the_read_buffer_and_windows_line_ends_read_whole() throws Exception {
        String longName = "n".repeat(200_000);
        String text = "\uFEFFarg(a).\r\narg(" + longName + ").\r\natt(a," + longName + ").\r\n";

        Framework framework = FrameworkReader.read("t.apx", text, MapFormat.APX);

        assertThat(framework.size()).isEqualTo(2);
        assertThat(framework.name(1)).hasSize(200_000);
        assertThat(framework.attackCount()).isEqualTo(1);
    }

    @Test
    void a_column_counts_characters_not_bytes_and_a_long_line_is_cut_short_in_the_message() {
        assertThatThrownBy(() -> FrameworkReader.read("t.apx", "arg(ÄÖÜ) x" + "y".repeat(500) + "\n", MapFormat.APX))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.column()).isEqualTo(10);
                    assertThat(e.problem()).hasSizeLessThan(160).contains("arg(ÄÖÜ) xyyy", "…");
                });
    }

    @Test
    void the_arguments_of_a_tgf_attack_must_be_listed_before_the_hash() {
        assertThatThrownBy(() -> FrameworkReader.read("t.tgf", "1\n#\n1 2\n", MapFormat.TGF))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith("t.tgf:3:3:");
                    assertThat(e.problem()).contains("'2'", "not listed before '#'");
                });
    }

    @TestFactory
    Stream<DynamicTest> mutations_of_the_iccma_fixtures_read_or_fail_with_a_located_error() throws Exception {
        Path fixtures = Fixtures.folder("af");
        List<Path> sources = new ArrayList<>();
        for (String ending : List.of(".apx", ".tgf")) sources.addAll(HostileInputs.files(ending, fixtures).stream().limit(20).toList());
        Map<String, String> corpus = HostileInputs.mutations(sources, 5, 7L);
        return corpus.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            MapFormat format = MapFormat.of(entry.getKey().substring(0, entry.getKey().indexOf('#'))).orElseThrow();
            try {
                FrameworkReader.read(entry.getKey(), entry.getValue(), format);
            } catch (MapFileException e) {
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
            }
        }));
    }

    @Test
    void a_fact_of_20_mb_on_one_line_fails_quickly_with_the_line_cut_short() {
        String text = "arg(" + "a".repeat(20_000_000) + "\n";

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG,
                () -> FrameworkReader.read("long.apx", text, MapFormat.APX)))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.column()).isEqualTo(20_000_005);
                    assertThat(e.problem()).hasSizeLessThan(160);
                });
    }
}
