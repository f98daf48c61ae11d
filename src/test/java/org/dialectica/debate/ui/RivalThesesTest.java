package org.dialectica.debate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dialectica.debate.Format;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
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

    static Analysis seed() throws Exception {
        return ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")),
                new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map());
    }

    static List<List<String>> empty() {
        return List.of(List.of(), List.of(), List.of(), List.of());
    }

    /** Issue 18: the closing teams got unrelated theses (the map's third and fourth). */
    @Test
    void british_parliamentary_benches_defend_the_rivals_and_the_closing_teams_extend_them_on_the_combined_seed_map() throws Exception {
        Analysis analysis = seed();
        List<List<String>> teams = RivalTheses.britishParliamentary(analysis, empty()).orElseThrow();
        assertThat(teams.get(0)).containsExactly("p000-russia-hegemony-weakens");
        assertThat(teams.get(1)).containsExactly("p004-russia-ceasefire-winner");
        // each closing team defends a direct support of its opening team's thesis: the same case, a line of its own
        assertThat(analysis.map().supports()).anySatisfy(s -> assertThat(s.from() + " -> " + s.to())
                .isEqualTo(teams.get(2).getFirst() + " -> p000-russia-hegemony-weakens"));
        assertThat(analysis.map().supports()).anySatisfy(s -> assertThat(s.from() + " -> " + s.to())
                .isEqualTo(teams.get(3).getFirst() + " -> p004-russia-ceasefire-winner"));
        assertThat(teams.get(3)).containsExactly("p004-russia-regional-position-stronger");
        // of the two (Russia long the hegemon, Russia could not help Armenia), the one the map disputes
        assertThat(teams.get(2)).containsExactly("p000-russia-failed-to-help-armenia");
        // the setup takes them: no thesis on two sides
        new Setup("This house believes Russia lost", Format.BRITISH_PARLIAMENTARY, "dimas",
                List.of(new Side("OG", teams.get(0), List.of()), new Side("OO", teams.get(1), List.of()),
                        new Side("CG", teams.get(2), List.of()), new Side("CO", teams.get(3), List.of())), 0, 0, 0, false);
    }

    @Test
    void british_parliamentary_opposition_left_empty_gets_the_rival_of_the_chosen_government_thesis() throws Exception {
        Analysis analysis = seed();
        List<List<String>> teams = RivalTheses.britishParliamentary(analysis, List.of(List.of("p004-russia-ceasefire-winner"),
                List.of(), List.of(), List.of())).orElseThrow();
        assertThat(teams.get(1)).containsExactly("p000-russia-hegemony-weakens");
        assertThat(teams.get(2)).containsExactly("p004-russia-regional-position-stronger");
    }

    @Test
    void british_parliamentary_without_rival_theses_gives_none_and_the_theses_must_be_chosen() throws Exception {
        Analysis analysis = ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")), new ArgdownReader().read("two.argdown", """
                [A]: A thesis. {id: a, kind: thesis}

                [B]: Another thesis. {id: b, kind: thesis}
                """).map());
        assertThat(RivalTheses.britishParliamentary(analysis, empty())).isEmpty();
        // chosen by hand, the teams keep them
        List<List<String>> chosen = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
        assertThat(RivalTheses.britishParliamentary(analysis, chosen)).contains(chosen);
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
