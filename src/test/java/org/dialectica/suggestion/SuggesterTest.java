package org.dialectica.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.TimeSpan;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.suggestion.Suggestion.Cue;
import org.junit.jupiter.api.Test;

/** The suggester on tiny maps, through the real rules and the real cue word lists. */
class SuggesterTest {
    static final RuleBase RULES = RuleBase.fromFolder(Path.of("rules"));
    static final Suggester SUGGESTER = new Suggester(RULES.vocabulary());

    private final ArgumentMap map = new ArgumentMap("test", "test map");

    private SuggesterTest claim(String id, String paper, String text, String original, Proposition proposition) {
        map.putClaim(new Claim(id, null, text, original, original == null ? null : "id", ClaimKind.CLAIM, List.of("Russia"), List.of(),
                paper == null ? null : new Source(paper, "p. 1", "quote"), proposition, null));
        return this;
    }

    private SuggesterTest claim(String id, String paper, String text) {
        return claim(id, paper, text, null, null);
    }

    private List<Suggestion> suggest(Set<Suggestion.Pair> dismissed) {
        Analysis analysis = ReasoningSession.analyze(RULES, map);
        return SUGGESTER.suggest(analysis, dismissed, 10);
    }

    private List<Suggestion> suggest() {
        return suggest(Set.of());
    }

    private static Cue cue(Suggestion s, Cue.Kind kind) {
        return s.why().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + s));
    }

    @Test
    void an_antonym_pair_across_papers_is_suggested_with_its_words_in_both_languages() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.",
                "Pengaruh Rusia di kawasan melemah setelah perang.", null);
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.",
                "Pengaruh Rusia di kawasan semakin menguat setelah perang.", null);

        List<Suggestion> suggestions = suggest();

        assertThat(suggestions).hasSize(1);
        Suggestion s = suggestions.getFirst();
        assertThat(s.pair()).isEqualTo(new Suggestion.Pair("stronger", "weaker"));
        assertThat(s.score()).isBetween(Suggester.MIN_SCORE, 1.0);
        assertThat(s.why()).filteredOn(c -> c.kind() == Cue.Kind.OPPOSITE)
                .extracting(Cue::inA, Cue::inB)
                .contains(org.assertj.core.groups.Tuple.tuple(List.of("stronger"), List.of("weakened")),
                        org.assertj.core.groups.Tuple.tuple(List.of("menguat"), List.of("melemah")));
        // the shared words of the closer language: here the Indonesian
        assertThat(cue(s, Cue.Kind.SHARED).inA()).containsExactly("pengaruh", "rusia", "kawasan", "perang");
    }

    @Test
    void claims_of_the_same_paper_are_never_suggested() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.");
        claim("stronger", "000.txt", "Russia's influence in the region became stronger after the war.");

        assertThat(suggest()).isEmpty();
    }

    @Test
    void a_claim_without_a_paper_is_never_suggested() {
        claim("weaker", null, "Russia's influence in the region weakened after the war.");
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.");

        assertThat(suggest()).isEmpty();
    }

    @Test
    void a_pair_the_rules_already_derive_is_not_suggested_though_its_texts_alone_would_be() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.", null,
                new Proposition("Russia", "regional influence", "falls", new TimeSpan(2020, null)));
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.", null,
                new Proposition("Russia", "regional influence", "rises", new TimeSpan(2020, null)));
        Analysis analysis = ReasoningSession.analyze(RULES, map);
        assertThat(analysis.conflicts()).anySatisfy(c -> assertThat(List.of(c.getA(), c.getB())).containsExactly("stronger", "weaker"));

        assertThat(SUGGESTER.suggest(analysis, Set.of(), 10)).isEmpty();
        // the same texts, nothing derived: the pair is suggested
        assertThat(SUGGESTER.suggest(map, Set.of(), 10)).extracting(Suggestion::pair).containsExactly(new Suggestion.Pair("stronger", "weaker"));
    }

    @Test
    void a_dismissed_pair_is_not_suggested_again() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.");
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.");
        claim("fell", "003.txt", "Russia's influence in the region fell after the war.");

        List<Suggestion> suggestions = suggest(Set.of(new Suggestion.Pair("weaker", "stronger")));

        assertThat(suggestions).extracting(Suggestion::pair).containsExactly(new Suggestion.Pair("fell", "stronger"));
    }

    @Test
    void a_pair_already_drawn_as_an_attack_or_an_opposition_is_not_suggested() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.");
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.");
        claim("fell", "003.txt", "Russia's influence in the region fell after the war.");
        map.addAttack(Attack.onClaim("weaker", "stronger"));
        map.addOpposition(new Opposition("stronger", "fell", Opposition.Type.CONTRARY));

        assertThat(suggest()).isEmpty();
    }

    @Test
    void a_negation_turns_the_next_word_to_its_other_pole() {
        claim("holds", "003.txt", "The ceasefire between Armenia and Azerbaijan is stable.");
        claim("not-holding", "004.txt", "The ceasefire between Armenia and Azerbaijan is not stable.");

        Suggestion s = suggest().getFirst();

        assertThat(cue(s, Cue.Kind.OPPOSITE).inA()).containsExactly("stable");
        assertThat(cue(s, Cue.Kind.OPPOSITE).inB()).containsExactly("not stable");
    }

    @Test
    void claims_that_agree_are_not_suggested() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.");
        claim("declined", "004.txt", "Russia's influence in the region declined after the war.");

        assertThat(suggest()).isEmpty();
    }

    @Test
    void descriptors_on_one_subject_with_opposite_directions_on_different_dimensions_are_a_cue() {
        claim("lost-ground", "000.txt", "Russia lost ground in the region.", null,
                new Proposition("Russia", "regional influence", "falls", new TimeSpan(2020, null)));
        claim("more-troops", "004.txt", "Russia deployed more troops in the region.", null,
                new Proposition("Russia", "military influence", "rises", new TimeSpan(2020, null)));

        Suggestion s = suggest().getFirst();

        assertThat(cue(s, Cue.Kind.DIRECTION).inA()).containsExactly("regional influence: falls");
        assertThat(cue(s, Cue.Kind.DIRECTION).inB()).containsExactly("military influence: rises");
    }

    @Test
    void suggestions_are_ranked_best_first_and_cut_at_the_limit() {
        claim("weaker", "000.txt", "Russia's influence in the region weakened after the war.");
        claim("stronger", "004.txt", "Russia's influence in the region became stronger after the war.");
        claim("winner", "003.txt", "Russia is the winner of the ceasefire.");

        Analysis analysis = ReasoningSession.analyze(RULES, map);
        List<Suggestion> all = SUGGESTER.suggest(analysis, Set.of(), 10);

        assertThat(all).hasSizeGreaterThan(1);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparingDouble(Suggestion::score).reversed());
        assertThat(SUGGESTER.suggest(analysis, Set.of(), 1)).containsExactly(all.getFirst());
    }
}
