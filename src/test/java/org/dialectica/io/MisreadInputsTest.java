package org.dialectica.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dialectica.io.af.FrameworkReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs once misread silently (issue 21), each a file in src/test/resources/misread (or made here
 * when large) with the answer it now gets. A file is read twice, as the command line reads it (from
 * its folder) and as the upload does (its bytes alone): both must say the same.
 */
class MisreadInputsTest {
    private static final Path FILES = Path.of("src/test/resources/misread");
    /** The upload's bound on a framework's arguments (workspace.MapFiles). */
    private static final int UPLOAD_ARGUMENTS = 10_000;

    @Test
    void an_aspartix_framework_named_argdown_is_refused_naming_the_format_and_the_extension_to_give_it() throws Exception {
        MapFileException e = refusedAlike("aspartix-facts.argdown");

        assertThat(e.getMessage()).isEqualTo("aspartix-facts.argdown:2:1: this looks like an abstract argumentation framework in"
                + " ASPARTIX format (facts arg(a). and att(a,b).), not Argdown: rename the file to end in .apx to read it as one");
    }

    @Test
    void an_iccma_2023_framework_named_argdown_is_refused_at_its_header() throws Exception {
        MapFileException e = refusedAlike("iccma-2023.argdown");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).contains("ICCMA 2023 format", "rename the file to end in .af");
    }

    @Test
    void a_trivial_graph_framework_named_argdown_is_refused() throws Exception {
        MapFileException e = refusedAlike("trivial-graph.argdown");

        assertThat(e.problem()).contains("trivial graph format", "rename the file to end in .tgf");
    }

    @Test
    void argdown_of_plain_lines_and_a_heading_is_not_taken_for_a_framework() throws Exception {
        ReadResult read = MapFileReader.read("plain.argdown", "Taxes rise\nGrowth slows\n\n# A section\n\n[A]: a\n"
                .getBytes(StandardCharsets.UTF_8), UPLOAD_ARGUMENTS);

        assertThat(read.map().claims()).hasSize(2);
    }

    @Test
    void utf16_without_a_byte_order_mark_is_named_and_saving_as_utf8_advised() throws Exception {
        for (String file : new String[] {"utf16-without-bom.argdown", "utf16-without-bom.apx"}) {
            MapFileException e = refusedAlike(file);

            assertThat(e.getMessage()).isEqualTo(file + ":1:1: the file looks like UTF-16 without a byte-order mark; save it as UTF-8");
        }
    }

    @Test
    void utf16_with_a_byte_order_mark_reads_as_utf8_does() throws Exception {
        ReadResult argdown = readAlike("utf16-with-bom.argdown");
        ReadResult apx = readAlike("utf16-with-bom.apx");

        assertThat(argdown.map().claim("a").map(Claim::text)).contains("Café au lait.");
        assertThat(argdown.map().claims()).hasSize(2);
        assertThat(apx.map().attacks()).containsExactly(Attack.onClaim("a", "b"));
    }

    @Test
    void a_nul_byte_is_an_error_at_its_line_and_column() throws Exception {
        assertThat(refusedAlike("nul.argdown").getMessage())
                .isEqualTo("nul.argdown:2:11: NUL byte (0x00) in the file: a map file is text and holds none (is it a binary file, or damaged?)");
        assertThat(refusedAlike("nul.apx").getMessage()).startsWith("nul.apx:2:6: NUL byte (0x00) in the file");
    }

    @Test
    void tgf_node_lines_with_a_label_are_read_the_label_as_the_claims_text() throws Exception {
        ReadResult read = readAlike("node-labels.tgf");

        ArgumentMap map = read.map();
        assertThat(map.claimIds()).containsExactly("a1", "a2", "a3");
        assertThat(map.claim("a1").map(Claim::text)).contains("Taxes should rise");
        assertThat(map.claim("a3").map(Claim::text)).contains("a3");
        assertThat(map.attacks()).containsExactlyInAnyOrder(Attack.onClaim("a2", "a1"), Attack.onClaim("a3", "a2"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void an_argument_declared_twice_is_read_once_with_a_located_warning() throws Exception {
        ReadResult apx = readAlike("duplicates.apx");
        ReadResult tgf = readAlike("duplicates.tgf");

        assertThat(apx.map().claimIds()).containsExactly("a", "b");
        assertThat(apx.warnings()).extracting(MapWarning::toString)
                .containsExactly("duplicates.apx:3:5: warning: argument 'a' is declared again (first on line 1); read once");
        assertThat(tgf.map().claimIds()).containsExactly("a", "b");
        assertThat(tgf.map().claim("b").map(Claim::text)).contains("Label of b");
        assertThat(tgf.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message)
                .containsExactly(tuple(3, 1, "argument 'b' is declared again (first on line 2); read once"));
    }

    @Test
    void thousands_of_repeated_declarations_give_a_hundred_warnings_and_one_that_counts_the_rest() throws Exception {
        String apx = "arg(a).\n".repeat(5_001);

        ReadResult read = MapFileReader.read("many.apx", apx.getBytes(StandardCharsets.UTF_8), UPLOAD_ARGUMENTS);

        assertThat(read.warnings()).hasSize(101);
        assertThat(read.warnings().getLast().message()).isEqualTo("4,900 more arguments are declared again (each read once)");
    }

    @Test
    void a_26_byte_header_of_300_million_arguments_is_refused_at_once() throws Exception {
        assertThat(Files.size(FILES.resolve("p-af-300000000.af"))).isEqualTo(26);
        long start = System.nanoTime();

        MapFileException cli = refused(() -> MapFileReader.read(FILES.resolve("p-af-300000000.af")));
        MapFileException upload = refused(() -> MapFileReader.read("p-af-300000000.af",
                Files.readAllBytes(FILES.resolve("p-af-300000000.af")), UPLOAD_ARGUMENTS));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(cli.getMessage()).isEqualTo("p-af-300000000.af:1:6: 'p af 300000000' declares 300,000,000 arguments:"
                + " expected at most 10,000,000 arguments in one framework");
        assertThat(FrameworkReader.MAX_ARGUMENTS).isEqualTo(10_000_000);
        // the upload makes a map of claims, so it takes fewer (workspace.MapFiles), and says where more are read
        assertThat(upload.getMessage()).isEqualTo("p-af-300000000.af:1:6: 'p af 300000000' declares 300,000,000 arguments:"
                + " expected at most 10,000 arguments here (the command line reads up to 10,000,000)");
    }

    @Test
    void relations_nested_10000_levels_are_the_documented_located_error_from_a_file(@TempDir Path dir) throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.argdown"), HostileInputs.deepRelations(10_000));

        MapFileException cli = refused(() -> MapFileReader.read(deep));

        assertThat(cli.getMessage()).startsWith("deep.argdown:1002:1002: relations nested more than 1000 levels deep");
    }

    @Test
    void included_files_are_read_in_place_each_untitled_statement_its_own_claim() throws Exception {
        ReadResult read = MapFileReader.read(FILES.resolve("include/main.argdown"));

        ArgumentMap map = read.map();
        assertThat(map.title()).isEqualTo("Included parts");
        assertThat(map.claims()).extracting(Claim::text).contains("An untitled statement of the premises.",
                "An untitled statement of the objection.", "An untitled statement of the main file.", "A premise.", "An objection.");
        assertThat(map.claims()).filteredOn(c -> c.text().startsWith("An untitled")).hasSize(3);
        assertThat(map.supports()).anySatisfy(s -> assertThat(s.toString()).contains("premise", "thesis"));
        assertThat(map.attacks()).anySatisfy(a -> assertThat(a.toString()).contains("objection", "thesis"));
        assertThat(read.warnings()).extracting(MapWarning::toString).containsExactly("parts/premises.argdown:1:1: warning:"
                + " the front matter of an included file is not used (the including file's front matter holds for the map)");
    }

    @Test
    void a_problem_in_an_included_file_is_placed_in_that_file() {
        MapFileException e = refused(() -> MapFileReader.read(FILES.resolve("include/broken.argdown")));

        assertThat(e.file()).isEqualTo("parts/broken-part.argdown");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void an_include_cycle_is_refused_where_it_closes() {
        MapFileException e = refused(() -> MapFileReader.read(FILES.resolve("include/cycle/first.argdown")));

        assertThat(e.getMessage()).isEqualTo("second.argdown:3:1: @include(first.argdown) includes a file that is including it:"
                + " first.argdown → second.argdown → first.argdown (expected no cycle)");
    }

    @Test
    void an_include_outside_the_folder_of_the_including_file_is_refused() {
        MapFileException e = refused(() -> MapFileReader.read(FILES.resolve("include/outside.argdown")));

        assertThat(e.getMessage()).startsWith("outside.argdown:1:1: @include(../nul.argdown) names a file outside the folder");
    }

    @Test
    void includes_nest_at_most_ten_deep(@TempDir Path dir) throws Exception {
        for (int i = 0; i <= 11; i++) Files.writeString(dir.resolve("f" + i + ".argdown"), "[S" + i + "]: s\n\n@include(f" + (i + 1) + ".argdown)\n");
        Files.writeString(dir.resolve("f12.argdown"), "[End]: end\n");

        MapFileException e = refused(() -> MapFileReader.read(dir.resolve("f0.argdown")));

        assertThat(e.getMessage()).isEqualTo("f9.argdown:3:1: @include(f10.argdown): includes nested more than 10 deep (expected at most 10)");
    }

    @Test
    void an_uploaded_file_has_no_folder_so_its_includes_are_a_warning() throws Exception {
        ReadResult read = MapFileReader.read("main.argdown", Files.readAllBytes(FILES.resolve("include/main.argdown")), UPLOAD_ARGUMENTS);

        assertThat(read.warnings()).extracting(MapWarning::message).anySatisfy(m -> assertThat(m)
                .startsWith("@include(parts/premises.argdown, parts/objection.argdown) is not followed: this file was read on its own"));
    }

    @Test
    void fifty_yaml_aliases_are_read_and_the_51st_is_refused_where_it_stands() throws Exception {
        ReadResult fifty = MapFileReader.read("fifty.argdown", aliases(50), UPLOAD_ARGUMENTS);

        assertThat(fifty.map().description()).isEqualTo("Described");
        MapFileException more = refused(() -> MapFileReader.read("more.argdown", aliases(51), UPLOAD_ARGUMENTS));
        assertThat(more.getMessage()).isEqualTo("more.argdown:5:213: more than 50 YAML aliases (*name) in one data element"
                + " (expected at most 50; write the values out)");
    }

    /** Front matter with an anchor on the description and {@code n} aliases of it in a list. */
    private static byte[] aliases(int n) {
        StringBuilder yaml = new StringBuilder("===\ntitle: T\ndescription: &d Described\nmodel: {mode: loose}\nx-aliases: [");
        for (int i = 0; i < n; i++) yaml.append(i > 0 ? ", " : "").append("*d");
        return (yaml + "]\n===\n\n[A]: a\n").getBytes(StandardCharsets.UTF_8);
    }

    private interface Reading {
        ReadResult read() throws Exception;
    }

    private static MapFileException refused(Reading reading) {
        try {
            reading.read();
        } catch (MapFileException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a MapFileException", e);
        }
        throw new AssertionError("expected a MapFileException");
    }

    /** The file read as the command line and as the upload do, refused by both with the same message. */
    private static MapFileException refusedAlike(String name) throws Exception {
        Path file = FILES.resolve(name);
        MapFileException cli = refused(() -> MapFileReader.read(file));
        MapFileException upload = refused(() -> MapFileReader.read(name, Files.readAllBytes(file), UPLOAD_ARGUMENTS));
        assertThat(upload.getMessage()).isEqualTo(cli.getMessage());
        assertThat(cli.file()).isEqualTo(name);
        return cli;
    }

    /** The file read as the command line and as the upload do, to the same claims, attacks and warnings. */
    private static ReadResult readAlike(String name) throws Exception {
        Path file = FILES.resolve(name);
        ReadResult cli = MapFileReader.read(file);
        ReadResult upload = MapFileReader.read(name, Files.readAllBytes(file), UPLOAD_ARGUMENTS);
        assertThat(List.copyOf(upload.map().claims())).isEqualTo(List.copyOf(cli.map().claims()));
        assertThat(Set.copyOf(upload.map().attacks())).isEqualTo(Set.copyOf(cli.map().attacks()));
        assertThat(upload.warnings()).isEqualTo(cli.warnings());
        return cli;
    }
}
