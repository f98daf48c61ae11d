package org.dialectica.debate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.junit.jupiter.api.Test;

/** The default theses of a new debate are rivals: their positions clash. */
class RivalThesesTest {
    @Test
    void on_the_combined_seed_map_the_russia_theses_of_papers_000_and_004_come_first() throws Exception {
        Analysis analysis = ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")),
                new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map());
        List<String> order = RivalTheses.of(analysis);
        assertThat(order).hasSize((int) analysis.map().claims().stream().filter(c -> c.kind().word().equals("thesis")).count());
        // paper 000's Russia weakened against paper 004's Russia the winner: the map's clearest rivals
        assertThat(order.subList(0, 2)).containsExactly("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner");
    }

    @Test
    void without_any_clash_the_theses_keep_the_maps_order() throws Exception {
        Analysis analysis = ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")), new ArgdownReader().read("two.argdown", """
                [A]: A thesis. {id: a, kind: thesis}

                [B]: Another thesis. {id: b, kind: thesis}
                """).map());
        assertThat(RivalTheses.of(analysis)).containsExactly("a", "b");
    }
}
