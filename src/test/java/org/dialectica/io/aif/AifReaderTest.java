package org.dialectica.io.aif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Argument;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;

/** The quirks AIF files carry, each in a small file of {@code src/test/resources/aif}, and the files that do not read. */
class AifReaderTest {

    private static ReadResult read(String name) throws IOException, MapFileException {
        try (InputStream in = AifReaderTest.class.getResourceAsStream("/aif/" + name)) {
            return new AifReader().read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static MapFileException refused(String text) {
        return catchThrowableOfType(MapFileException.class, () -> new AifReader().read("bad.json", text));
    }

    @Test
    void linked_premises_undercut_attack_self_attack_and_preference_become_the_map_s_relations() throws Exception {
        // when
        ReadResult read = read("structures.json");
        // then
        assertThat(read.map().arguments()).singleElement().satisfies(a -> {
            assertThat(a.premises()).containsExactly("2", "3");
            assertThat(a.conclusion()).isEqualTo("1");
        });
        assertThat(read.map().attacks()).containsExactlyInAnyOrder(
                Attack.onSupport("5", new Support("2", "1")), Attack.onSupport("5", new Support("3", "1")),
                Attack.onClaim("7", "1"), Attack.onClaim("13", "13"));
        assertThat(read.map().claim("1").orElseThrow().preferredOver()).containsExactly("7");
    }

    @Test
    void a_conflict_into_a_conflict_is_named_with_its_place_and_left_out() throws Exception {
        // when
        ReadResult read = read("structures.json");
        // then
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(14);
            assertThat(w.message()).isEqualTo("CA node '11' attacks CA node '8' (an attack on an attack): a map holds no"
                    + " attack on an attack; it is left out");
        });
        assertThat(read.map().attacks()).noneMatch(a -> a.from().equals("10"));
    }

    @Test
    void ya_nodes_into_ra_ca_and_ma_nodes_are_counted_once_per_kind_and_speakers_are_kept() throws Exception {
        // when
        ReadResult read = read("ya-into-ra-ca-ma.json");
        // then the argument structure is whole
        assertThat(read.map().claims()).extracting(Claim::id).containsExactly("2", "5", "10", "13");
        assertThat(read.map().supports()).containsExactly(new Support("10", "2"));
        assertThat(read.map().attacks()).containsExactly(Attack.onClaim("5", "2"));
        // the speaker of a locution asserts its claim: from participants, else from "Name : text"
        assertThat(read.map().claim("2").orElseThrow().assertedBy()).isEqualTo("Bob Builder");
        assertThat(read.map().claim("5").orElseThrow().assertedBy()).isEqualTo("Alice");
        // one warning per kind of node not kept, with its count, at the first of them
        assertThat(read.warnings()).extracting(MapWarning::message).containsExactly(
                "2 L-nodes (locutions) read but not kept: a map holds no dialogue; the speaker of each asserted claim"
                        + " is kept as who asserts it (2 claims)",
                "5 YA nodes (illocutions) read but not kept: a map holds no dialogue; only who asserted a claim is kept"
                        + " (from the locution before it)",
                "1 TA node (transition) read but not kept: a map holds no dialogue, so the transitions between locutions are not kept",
                "1 MA node (rephrase) read but not kept: a map holds no rephrase links, so the claims they join stay separate claims");
        assertThat(read.warnings().get(0).line()).isEqualTo(3);
    }

    @Test
    void an_ra_node_into_an_ra_node_is_named_and_the_rest_kept() throws Exception {
        // when
        ReadResult read = read("ra-into-ra.json");
        // then a named scheme is kept as the argument's title; numeric ids read as text
        assertThat(read.map().arguments()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Expert Opinion");
            assertThat(a.premises()).containsExactly("2");
            assertThat(a.conclusion()).isEqualTo("1");
        });
        assertThat(read.warnings()).extracting(MapWarning::message).containsExactly(
                "RA node '5' leads into RA node '3' (a support of an inference): a map holds no support of a support;"
                        + " that edge is left out",
                "RA node '5' has no conclusion (an edge from it to an I-node); it is left out");
        assertThat(read.warnings().get(0).line()).isEqualTo(7);
    }

    @Test
    void an_ra_node_with_two_conclusions_supports_each() throws Exception {
        // when
        ReadResult read = read("ra-two-conclusions.json");
        // then
        assertThat(read.map().supports()).containsExactly(new Support("a", "b"), new Support("a", "c"));
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("RA node 'ra' has 2 conclusions: read as one inference for each");
            assertThat(w.line()).isEqualTo(6);
        });
    }

    @Test
    void an_empty_map_reads_as_an_empty_map_with_a_warning() throws Exception {
        // when
        ReadResult read = read("empty.json");
        // then
        assertThat(read.map().claims()).isEmpty();
        assertThat(read.map().id()).isEqualTo("empty");
        assertThat(read.warnings()).extracting(MapWarning::message).containsExactly("the AIF document holds no nodes: the map is empty");
    }

    @Test
    void malformed_json_is_refused_at_its_line_and_column() {
        MapFileException e = refused("{\"nodes\": [\n  {\"nodeID\": \"1\", \"type\": \"I\" \"text\": \"a\"}\n], \"edges\": []}");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(31);
        assertThat(e.problem()).startsWith("not valid JSON: Unexpected character ('\"'");
    }

    @Test
    void a_document_without_nodes_or_edges_is_refused_saying_so() {
        assertThat(refused("{\"edges\": []}").getMessage()).isEqualTo("bad.json:1:1: an AIF document needs a \"nodes\" list; this one has none");
        assertThat(refused("{\"nodes\": []}").getMessage()).isEqualTo("bad.json:1:1: an AIF document needs an \"edges\" list; this one has none");
        assertThat(refused("[1, 2]").getMessage()).isEqualTo("bad.json:1:1: expected an AIF document: a JSON object with \"nodes\" and \"edges\"");
        assertThat(refused("{\"nodes\": {}, \"edges\": []}").getMessage()).isEqualTo("bad.json:1:11: \"nodes\" must be a list [ … ], not an object");
    }

    @Test
    void a_dangling_edge_is_refused_at_the_edge() {
        MapFileException e = refused("""
                {"nodes": [{"nodeID": "1", "text": "a", "type": "I"}],
                 "edges": [
                   {"edgeID": "e1", "fromID": "1", "toID": "9"}]}
                """);
        assertThat(e.getMessage()).isEqualTo("bad.json:3:4: edge 'e1' leads to node '9', which the file does not hold in \"nodes\"");
    }

    @Test
    void a_node_without_id_or_type_or_a_repeated_id_is_refused_at_the_node() {
        assertThat(refused("{\"nodes\": [{\"text\": \"a\", \"type\": \"I\"}], \"edges\": []}").getMessage())
                .isEqualTo("bad.json:1:12: nodes[0] has no \"nodeID\"");
        assertThat(refused("{\"nodes\": [{\"nodeID\": 1, \"text\": \"a\"}], \"edges\": []}").getMessage())
                .isEqualTo("bad.json:1:12: node '1' (nodes[0]) has no \"type\" (expected I, RA, CA, PA, MA, L, YA, TA …)");
        assertThat(refused("{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\"},\n {\"nodeID\": \"1\", \"type\": \"I\"}], \"edges\": []}").getMessage())
                .isEqualTo("bad.json:2:2: node ID '1' is used twice: first at line 1, column 12; node IDs must be unique");
    }

    @Test
    void a_conflict_named_contrary_or_contradictory_is_an_opposition() throws Exception {
        // when
        ReadResult read = new AifReader().read("o.json", """
                {"nodes": [{"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"},
                  {"nodeID": "3", "text": "Contradictory Conflict", "type": "CA"}],
                 "edges": [{"edgeID": "1", "fromID": "1", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "2"}]}
                """);
        // then
        assertThat(read.map().oppositions()).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo("1 >< 2"));
        assertThat(read.map().attacks()).isEmpty();
    }

    @Test
    void an_argument_keeps_its_dialectica_id_and_title() throws Exception {
        ReadResult read = new AifReader().read("d.json", """
                {"nodes": [{"nodeID": "1", "text": "a", "type": "I", "dialectica": {"id": "alpha", "title": "Alpha", "kind": "thesis"}},
                  {"nodeID": "2", "text": "b", "type": "I", "dialectica": {"id": "beta", "source": {"paper": "p.txt", "locator": "p. 2"}}},
                  {"nodeID": "3", "text": "Default Inference", "type": "RA", "dialectica": {"argument": {"id": "why", "title": "Why"}}}],
                 "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}]}
                """);
        assertThat(read.map().arguments()).containsExactly(new Argument("why", "Why", null, java.util.List.of("beta"), "alpha"));
        assertThat(read.map().claim("alpha").orElseThrow().title()).isEqualTo("Alpha");
        assertThat(read.map().claim("beta").orElseThrow().source().locator()).isEqualTo("p. 2");
    }
}
