package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dialectica.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Argdown JSON export without Argdown's CLI. The counts and names pinned here for two example
 * maps are those {@code argdown json} of {@code @argdown/cli} 1.7.5 gave for the same files
 * (checked by hand and by {@link ArgdownJsonCliTest} with the CLI installed).
 */
class ArgdownJsonWriterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode export(Path file) throws Exception {
        return JSON.readTree(new ArgdownJsonWriter().write(new ArgdownReader().read(file).map()));
    }

    @Test
    void the_argdown_primer_has_argdown_s_17_statements_4_arguments_and_10_relations() throws Exception {
        // when
        JsonNode json = export(Fixtures.folder("argdown/examples").resolve("argdown-primer.argdown"));
        // then
        assertThat(json.get("statements").size()).isEqualTo(17);
        assertThat(ArgdownJsonCliTest.titles(json.get("arguments")))
                .containsExactly("Another argument", "Argument 1", "Argument title", "Yet another argument");
        assertThat(json.get("relations").size()).isEqualTo(10);
        assertThat(ArgdownJsonCliTest.relations(json)).contains(
                "support equivalence-class «Untitled 1» -> equivalence-class «Intro»",
                "attack argument «Yet another argument» -> argument «Another argument»",
                // Argdown: Intro attacks <Argument 1>, a reconstruction; a map reads that as an attack on its inference
                "undercut equivalence-class «Intro» -> argument «Argument 1»");
        JsonNode argument = json.get("arguments").get("Argument 1");
        assertThat(argument.get("pcs")).extracting(p -> p.get("role").asString())
                .containsExactly("premise", "premise", "main-conclusion");
        assertThat(argument.get("pcs").get(2).get("title").asString()).isEqualTo("Untitled 12");
    }

    @Test
    void legalisation_of_soft_drugs_has_argdown_s_1_statement_17_arguments_and_19_relations() throws Exception {
        // when
        JsonNode json = export(Fixtures.folder("argdown/examples").resolve("legalisation-softdrugs.argdown"));
        // then
        assertThat(ArgdownJsonCliTest.titles(json.get("statements"))).containsExactly("Legalisation of Soft Drugs");
        assertThat(json.get("arguments").size()).isEqualTo(17);
        assertThat(json.get("relations").size()).isEqualTo(19);
        // Argdown counts 9 supports, 8 attacks and 2 undercuts; the undercuts of sketched arguments read as attacks
        assertThat(json.get("relations")).extracting(r -> r.get("relationType").asString())
                .filteredOn("support"::equals).hasSize(9);
        assertThat(json.get("statements").get("Legalisation of Soft Drugs").get("relations").size()).isEqualTo(9);
    }

    @Test
    void a_small_map_gives_statements_arguments_and_relations_in_argdown_s_shape() throws Exception {
        // given
        String argdown = String.join("\n",
                "[T]: The thesis. #core",
                "  + <Why>: Because.",
                "  - [C]: No.",
                "  >< [N]: Not the thesis.",
                "",
                "<Linked>",
                "",
                "(1) [P]: A premise.",
                "(2) [Q]: Another.",
                "----",
                "(3) [T]",
                "",
                "[U]: Undercut.",
                "  _> <Linked>",
                "");
        // when
        JsonNode json = JSON.readTree(new ArgdownJsonWriter().write(new ArgdownReader().read("small.argdown", argdown).map()));
        // then
        assertThat(json.propertyNames()).containsExactly("arguments", "statements", "relations", "sections", "tags");
        assertThat(ArgdownJsonCliTest.titles(json.get("statements"))).containsExactly("C", "N", "P", "Q", "T", "U");
        assertThat(ArgdownJsonCliTest.titles(json.get("arguments"))).containsExactly("Linked", "Why");
        assertThat(ArgdownJsonCliTest.relations(json)).containsExactlyInAnyOrder(
                "support argument «Why» -> equivalence-class «T»",
                "attack equivalence-class «C» -> equivalence-class «T»",
                "contradictory equivalence-class «T» -> equivalence-class «N»",
                "undercut equivalence-class «U» -> argument «Linked»");
        assertThat(json.get("statements").get("T").get("isUsedAsMainConclusion").asBoolean()).isTrue();
        assertThat(json.get("statements").get("T").get("tags")).extracting(JsonNode::asString).containsExactly("core");
        assertThat(json.get("arguments").get("Why").get("members").get(0).get("text").asString()).isEqualTo("Because.");
    }
}
