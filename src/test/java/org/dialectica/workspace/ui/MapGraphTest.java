package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.Translations;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The combined seed map as the canvas draws it: tooltips name claims by title, in the reader's language. */
class MapGraphTest {
    private static ArgumentMap map;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() throws Exception {
        map = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        analysis = ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")), map);
    }

    @Test
    void a_supports_tooltip_names_both_claims_by_title_in_english_and_in_indonesian() {
        var english = MapGraph.of(analysis, Map.of(), Translations.ENGLISH).edges();
        var indonesian = MapGraph.of(analysis, Map.of(), Translations.INDONESIAN).edges();

        CanvasEdge support = english.stream().filter(e -> e.kind().equals("support")
                && e.source().equals("p004-moscow-upper-hand")).findFirst().orElseThrow();
        String from = map.claim(support.source()).map(Claim::displayTitle).orElseThrow();
        String to = map.claim(support.target()).map(Claim::displayTitle).orElseThrow();
        assertThat(support.title()).isEqualTo("«" + from + "» supports «" + to + "»");
        assertThat(indonesian).filteredOn(e -> e.id().equals(support.id())).singleElement()
                .extracting(CanvasEdge::title).isEqualTo("«" + from + "» mendukung «" + to + "»");
    }

    @Test
    void no_tooltip_shows_a_claims_raw_id() {
        for (var reader : new java.util.Locale[] {Translations.ENGLISH, Translations.INDONESIAN}) {
            var edges = MapGraph.of(analysis, Map.of(), reader).edges();
            assertThat(edges).isNotEmpty();
            for (CanvasEdge edge : edges) {
                for (Claim claim : map.claims()) {
                    // an id that is also a claim's title (none here) could not be told apart
                    if (!claim.displayTitle().contains(claim.id())) assertThat(edge.title()).as(edge.id()).doesNotContain(claim.id());
                }
            }
        }
    }
}
