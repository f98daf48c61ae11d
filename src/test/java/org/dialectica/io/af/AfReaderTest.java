package org.dialectica.io.af;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dialectica.Fixtures;
import org.dialectica.io.MapFileException;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Attack;
import org.junit.jupiter.api.Test;

class AfReaderTest {
    private final AfReader reader = new AfReader();

    @Test
    void apx_facts_become_claims_and_attacks() throws Exception {
        ReadResult read = reader.readApx("t.apx", "arg(a).\narg( b ).\n% a comment\natt(a,b).\natt(b,b).\n");

        assertThat(read.map().claimIds()).containsExactly("a", "b");
        assertThat(read.map().attacks()).containsExactlyInAnyOrder(Attack.onClaim("a", "b"), Attack.onClaim("b", "b"));
    }

    @Test
    void tgf_lists_arguments_then_attacks_after_the_hash() throws Exception {
        ReadResult read = reader.readTgf("t.tgf", "1\r\n2\r\n#\r\n1 2\r\n2 1\r\n");

        assertThat(read.map().claimIds()).containsExactly("1", "2");
        assertThat(read.map().attacks()).hasSize(2);
    }

    @Test
    void a_cut_off_fact_is_rejected_with_its_line_and_column() {
        assertThatThrownBy(() -> reader.readApx("cut.apx", "arg(a).\narg(b).\natt(a,b"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(8);
                    assertThat(e.getMessage()).startsWith("cut.apx:3:8: expected a fact");
                });
    }

    @Test
    void an_attack_on_an_undeclared_argument_is_rejected_where_it_is_named() {
        assertThatThrownBy(() -> reader.readApx("u.apx", "arg(a).\natt(a, zz).\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(8);
                    assertThat(e.problem()).contains("'zz'");
                });
    }

    @Test
    void a_tgf_attack_line_with_three_names_is_rejected() {
        assertThatThrownBy(() -> reader.readTgf("t.tgf", "1\n2\n#\n1 2 3\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void the_truncated_afgen_sample_is_rejected_at_its_last_line_and_its_tgf_twin_reads_whole() throws Exception {
        Path folder = Fixtures.folder("af/afgen-samples");

        assertThatThrownBy(() -> reader.read(folder.resolve("n512p5q2_vh.apx")))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("n512p5q2_vh.apx");
                    assertThat(e.line()).isGreaterThan(29_000);
                    assertThat(e.problem()).contains("att(a194,a2");
                });
        ReadResult twin = reader.read(folder.resolve("n512p5q2_vh.tgf"));
        assertThat(twin.map().claims()).hasSize(512);
        assertThat(twin.map().attacks()).hasSize(78_645);
    }

    @Test
    void an_iccma_2023_file_numbers_its_arguments_from_one_and_skips_comment_lines() throws Exception {
        ReadResult read = reader.readAf("t.af", "# written by hand\np af 3\n# a\n# b\n1 2\n2 3\n\n3 3\n");

        assertThat(read.map().claimIds()).containsExactly("1", "2", "3");
        assertThat(read.map().attacks()).containsExactlyInAnyOrder(
                Attack.onClaim("1", "2"), Attack.onClaim("2", "3"), Attack.onClaim("3", "3"));
    }

    @Test
    void an_iccma_2023_file_without_its_header_is_rejected() {
        assertThatThrownBy(() -> reader.readAf("t.af", "# no header\n1 2\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).startsWith("expected the header 'p af N'");
                });
    }

    @Test
    void an_iccma_2023_attack_on_an_argument_beyond_the_header_is_rejected_where_it_is_named() {
        assertThatThrownBy(() -> reader.readAf("t.af", "p af 2\n1 2\n2  3\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith("t.af:3:4: '3' is not an argument");
                    assertThat(e.problem()).contains("1 to 2", "p af 2");
                });
    }

    @Test
    void an_iccma_2023_line_with_three_numbers_or_a_second_header_is_rejected() {
        assertThatThrownBy(() -> reader.readAf("t.af", "p af 3\n1 2 3\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problem()).startsWith("expected an attack 'i j'"));
        assertThatThrownBy(() -> reader.readAf("t.af", "p af 3\n1 2\np af 4\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problem()).startsWith("a second header"));
        assertThatThrownBy(() -> reader.readAf("t.af", "p af x\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.column()).isEqualTo(6));
    }

    @Test
    void an_apx_attack_may_come_before_the_facts_that_declare_its_arguments() throws Exception {
        ReadResult read = reader.readApx("t.apx", "att(a,b). % first\narg(a). arg(b).\n");

        assertThat(read.map().claimIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(read.map().attacks()).containsExactly(Attack.onClaim("a", "b"));
    }

    @Test
    void a_fact_with_the_wrong_number_of_names_says_which() {
        assertThatThrownBy(() -> reader.readApx("t.apx", "arg(a, b).\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> {
                    assertThat(e.column()).isEqualTo(8);
                    assertThat(e.problem()).isEqualTo("arg(…) takes one argument name");
                });
        assertThatThrownBy(() -> reader.readApx("t.apx", "arg(a).\natt(a).\n"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.getMessage()).startsWith("t.apx:2:6: att(…) takes two"));
    }
}
