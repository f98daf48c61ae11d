package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.dialectica.io.HostileInputs;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.reasoning.Label;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Creating, importing and deleting maps on a real (in-memory) H2 with the Flyway schema: what a
 * file may hold, what it is refused for and where, and that a refused file saves nothing.
 */
@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class MapImportTest {
    @Autowired
    Workspace workspace;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private MapFileException refused(String fileName, byte[] bytes) {
        int before = workspace.list("").size();
        MapFileException[] caught = new MapFileException[1];
        assertThatThrownBy(() -> workspace.importFile(fileName, bytes))
                .isInstanceOfSatisfying(MapFileException.class, e -> caught[0] = e);
        assertThat(workspace.list("")).as("nothing saved").hasSize(before);
        assertThat(caught[0].getMessage()).hasSizeLessThan(MapFileException.MAX_PROBLEM + fileName.length() + 30);
        return caught[0];
    }

    @Test
    void a_new_map_never_takes_the_id_of_a_deleted_one() throws Exception {
        String first = workspace.create("Reused title", null);
        workspace.delete(first);

        String second = workspace.create("Reused title", null);
        String imported = workspace.importFile("reused-title.argdown", utf8("[A]: A claim.\n")).mapId();

        assertThat(first).isEqualTo("reused-title");
        assertThat(second).isNotEqualTo(first);
        assertThat(imported).isNotIn(first, second);
        workspace.delete(second);
        assertThat(workspace.create("Reused title", null)).isNotIn(first, second, imported);
    }

    @Test
    void a_map_title_or_description_too_long_for_its_column_is_refused_by_name() {
        int before = workspace.list("").size();

        assertThatThrownBy(() -> workspace.create("T".repeat(1_001), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map «" + "T".repeat(57) + "…»: its title is 1,001 characters long; at most 1,000 can be stored");
        assertThatThrownBy(() -> workspace.create("Fine", "d".repeat(10_001)))
                .hasMessage("map «Fine»: its description is 10,001 characters long; at most 10,000 can be stored");
        assertThat(workspace.list("")).hasSize(before);
    }

    @Test
    void a_claim_text_too_long_in_a_file_is_refused_where_it_is_written_naming_the_claim_and_the_limit() {
        String text = "[A]: A short claim.\n\n[Long one]: " + "x".repeat(20_001) + "\n";

        MapFileException e = refused("long.argdown", utf8(text));

        assertThat(e.getMessage()).isEqualTo("long.argdown:3:13: claim «Long one» ('long-one'): its text is 20,001"
                + " characters long; at most 20,000 can be stored");
    }

    @Test
    void a_front_matter_title_too_long_is_refused_and_nothing_is_saved() {
        MapFileException e = refused("title.argdown", utf8("===\ntitle: " + "M".repeat(1_200) + "\n===\n[A]: A claim.\n"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("its title is 1,200 characters long; at most 1,000");
    }

    @Test
    void invalid_utf8_is_refused_at_its_line_and_column_not_replaced() {
        byte[] bytes = utf8("[A]: Fine.\n\n[B]: Caf\u00e9 ok, then X.\n");
        bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by '.', which cannot continue it

        MapFileException e = refused("latin.argdown", bytes);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.problem()).startsWith("byte 0xC3").contains("not valid UTF-8");
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_and_broken_utf16_is_refused() throws Exception {
        byte[] good = ("\uFEFF[A]: A claim in UTF-16.\n").getBytes(StandardCharsets.UTF_16BE);
        String id = workspace.importFile("wide.argdown", good).mapId();
        assertThat(workspace.load(id).claim("a").orElseThrow().text()).isEqualTo("A claim in UTF-16.");

        byte[] lone = {(byte) 0xFF, (byte) 0xFE, '[', 0, 'A', 0, ']', 0, ':', 0, ' ', 0, 0x00, (byte) 0xDC, 'x', 0};
        MapFileException e = refused("lone.argdown", lone);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.problem()).contains("not valid UTF-16");
    }

    @Test
    void an_abstract_framework_is_imported_as_a_map_of_claims_and_attacks_labelled_as_a_framework() throws Exception {
        String apx = "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n";

        String id = workspace.importFile("chain.apx", utf8(apx)).mapId();

        ArgumentMap map = workspace.load(id);
        assertThat(map.isAbstractFramework()).isTrue();
        assertThat(map.claims()).hasSize(3);
        assertThat(map.attacks()).containsExactlyInAnyOrder(Attack.onClaim("a", "b"), Attack.onClaim("b", "c"));
        assertThat(workspace.analysis(id).label("c")).isEqualTo(Label.IN);
        assertThat(workspace.importFile("pair.tgf", utf8("1\n2\n#\n1 2\n")).mapId()).isNotBlank();
        assertThat(workspace.importFile("pair.af", utf8("p af 2\n1 2\n")).mapId()).isNotBlank();
    }

    @Test
    void a_malformed_framework_is_refused_at_its_line_and_column() {
        MapFileException e = refused("bad.apx", utf8("arg(a).\natt(a b).\n"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("expected");
    }

    @Test
    void a_framework_too_large_for_a_map_is_answered_with_its_format_and_the_command_line() {
        StringBuilder tgf = new StringBuilder();
        for (int i = 0; i <= MapFiles.MAX_FRAMEWORK_ARGUMENTS; i++) tgf.append(i).append('\n');
        tgf.append("#\n");

        MapFileException e = refused("big.tgf", utf8(tgf.toString()));

        assertThat(e.problem()).contains("abstract framework (.tgf) of 10,001 arguments", "analyze big.tgf");
    }

    @Test
    void a_file_of_unknown_format_is_refused_naming_the_file_and_the_formats_accepted() {
        MapFileException e = refused("notes.txt", utf8("[A]: A claim.\n"));

        assertThat(e.getMessage()).isEqualTo("notes.txt:1:1: unknown format: expected a file ending in .argdown, .apx, .tgf, .af, .json");
    }

    @Test
    void a_file_over_the_limit_is_refused_without_reading_it() {
        MapFileException e = refused("huge.argdown", new byte[MapStore.MAX_IMPORT_BYTES + 1]);

        assertThat(e.problem()).startsWith("the file is larger than 5 MB");
    }

    /** The hang guard only (a shared 2-core machine); the times are printed for docs/benchmarks.md. */
    @Test
    void a_megabyte_of_claims_is_imported_whole_through_the_database() {
        String megabyte = HostileInputs.unclosedOnEveryLine("[", 1.0);
        String frameworkMb = framework(9_000, 40_000);

        // the guard runs the import on another thread: it acts as the test's user there too
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
            for (String[] file : new String[][] {{"megabyte.argdown", megabyte}, {"framework.apx", frameworkMb}}) {
                byte[] bytes = utf8(file[1]);
                long start = System.nanoTime();
                String id = workspace.importFile(file[0], bytes).mapId();
                long took = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "[import speed] %s through H2: %.2f MB, %d claims, %.0f ms%n", file[0],
                        bytes.length / 1e6, workspace.load(id).claims().size(), took / 1e6);
                workspace.delete(id);
            }
        });
    }

    private static String framework(int arguments, int attacks) {
        StringBuilder apx = new StringBuilder();
        for (int i = 0; i < arguments; i++) apx.append("arg(a").append(i).append(").\n");
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < attacks; k++) {
            apx.append("att(a").append(random.nextInt(arguments)).append(",a").append(random.nextInt(arguments)).append(").\n");
        }
        return apx.toString();
    }

    @Test
    void misread_inputs_are_refused_on_upload_as_the_command_line_refuses_them() throws Exception {
        java.nio.file.Path files = java.nio.file.Path.of("src/test/resources/misread");
        for (String name : new String[] {"aspartix-facts.argdown", "utf16-without-bom.argdown", "nul.argdown", "p-af-300000000.af"}) {
            MapFileException upload = refused(name, java.nio.file.Files.readAllBytes(files.resolve(name)));
            String cli;
            try {
                org.dialectica.io.MapFileReader.read(files.resolve(name));
                cli = "read";
            } catch (MapFileException e) {
                cli = e.getMessage();
            }
            // the upload takes frameworks of at most 10,000 arguments (a map of claims), the command line 10 million
            assertThat(upload.getMessage()).isEqualTo(cli.replace("at most 10,000,000 arguments in one framework",
                    "at most 10,000 arguments here (the command line reads up to 10,000,000)"));
        }
    }

    @Test
    void a_tgf_upload_with_node_labels_and_a_repeated_node_is_imported_with_the_labels_and_a_warning() throws Exception {
        ImportResult result = workspace.importFile("labels.tgf", utf8("a1 Taxes should rise\na2 Growth would slow\na2\n#\na2 a1\n"));

        assertThat(workspace.load(result.mapId()).claim("a1").orElseThrow().text()).isEqualTo("Taxes should rise");
        assertThat(result.warnings()).extracting(org.dialectica.io.MapWarning::toString)
                .containsExactly("labels.tgf:3:1: warning: argument 'a2' is declared again (first on line 2); read once");
    }

    @Test
    void yaml_aliases_are_read_up_to_fifty_and_a_self_referring_one_fails_where_its_value_is_used() {
        MapFileException alias = refused("alias.argdown", utf8("[A]: Claim A. {from: &x [*x]}\n"));
        StringBuilder many = new StringBuilder("[A]: Claim A.\n  {quote: &q Quoted, l: [");
        for (int i = 0; i < 51; i++) many.append(i > 0 ? ", " : "").append("*q");
        MapFileException more = refused("aliases.argdown", utf8(many + "]}\n"));

        assertThat(alias.getMessage()).startsWith("alias.argdown:1:16: ").doesNotContain("Exception");
        assertThat(more.getMessage()).startsWith("aliases.argdown:2:226: more than 50 YAML aliases (*name) in one data element");
    }
}
