package org.dialectica.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.grading.GraderTest.RULES;
import static org.dialectica.grading.GraderTest.combined;
import static org.dialectica.grading.GraderTest.criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.ReasoningSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a grade counts the student's own work (what they added to or changed in the starter)
 * and asks nothing the reference cannot ground itself. The combined seed map is the reference;
 * the starter is either the same map or empty.
 */
class OwnWorkGradingTest {
    static final List<String> REASONING = List.of("thesis-grounded", "sources-cited", "counterarguments", "reference-coverage", "own-contribution");

    /** Starter = reference: a copy handed in unchanged did nothing, so every criterion says so and scores 0. */
    @Test
    void a_copy_of_the_starter_scores_at_most_two_and_says_nothing_was_added() throws Exception {
        ArgumentMap combined = combined();
        Grader grader = new Grader(RULES, Rubric.load("default"), combined, combined);
        Grade copy = grader.grade("copy", combined.copy());
        assertThat(copy.total()).isLessThanOrEqualTo(2.0);
        for (String id : REASONING) {
            assertThat(criterion(copy, id).points()).as(id).isZero();
            assertThat(criterion(copy, id).explanation(Locale.ENGLISH)).as(id).contains("Nothing was added to the starter map");
            assertThat(criterion(copy, id).explanation(Locale.forLanguageTag("id"))).as(id).contains("Tidak ada yang ditambahkan");
        }
        assertThat(copy.ownClaims()).isEmpty();

        // reworded only in case and punctuation, or the same text under a new id: still the starter's
        ArgumentMap cosmetic = combined.copy();
        Claim thesis = cosmetic.claim("p000-russia-hegemony-weakens").orElseThrow();
        cosmetic.putClaim(thesis.withText(thesis.text().toUpperCase(Locale.ROOT) + "!!"));
        assertThat(grader.grade("cosmetic", cosmetic).total()).isLessThanOrEqualTo(2.0);
        assertThat(grader.grade("cosmetic", cosmetic).ownClaims()).isEmpty();
    }

    /** Starter = reference; the student adds sourced evidence and an objection it grounds, against a thesis. */
    @Test
    void one_extra_grounded_objection_earns_more_than_the_copy() throws Exception {
        ArgumentMap combined = combined();
        Grader grader = new Grader(RULES, Rubric.load("default"), combined, combined);
        Grade copy = grader.grade("copy", combined.copy());
        Grade extra = grader.grade("extra", withObjection(combined));
        // the objection is grounded (on sourced evidence) and attacks a thesis: stated, not answered, half the points
        assertThat(criterion(extra, "counterarguments").points()).as(criterion(extra, "counterarguments").explanation(Locale.ENGLISH))
                .isGreaterThan(criterion(copy, "counterarguments").points());
        // two new claims, both grounded and bearing on a thesis: default.csv's row «one or two»
        assertThat(criterion(extra, "own-contribution").points()).as(criterion(extra, "own-contribution").explanation(Locale.ENGLISH))
                .isGreaterThan(criterion(copy, "own-contribution").points());
        assertThat(criterion(extra, "sources-cited").passed()).isTrue(); // the new evidence names paper, locator and quote
        assertThat(extra.total()).isGreaterThan(copy.total());
        assertThat(extra.ownClaims()).containsExactlyInAnyOrder("my-evidence", "my-objection");
        assertThat(extra.isOwn("p004-russia-ceasefire-winner")).isFalse();
    }

    static ArgumentMap withObjection(ArgumentMap starter) {
        ArgumentMap map = starter.copy();
        map.putClaim(new Claim("my-evidence", "Armenia kept its army", "After the ceasefire Armenia kept most of its army intact.", null, null,
                ClaimKind.EVIDENCE, null, null, new Source("Student reading", "p. 3", "Armenia kept most of its army."), null, null));
        map.putClaim(new Claim("my-objection", "The ceasefire settled little", "The ceasefire settled little, so no side won it clearly.", null, null,
                ClaimKind.CLAIM, null, null, null, null, null));
        map.addSupport(new Support("my-evidence", "my-objection"));
        map.addAttack(Attack.onClaim("my-objection", "p004-russia-ceasefire-winner"));
        return map;
    }

    /** Empty starter: nothing at all scores 0 on every criterion, and says the map is empty. */
    @Test
    void an_empty_map_scores_nothing() throws Exception {
        Grader grader = new Grader(RULES, Rubric.load("default"), combined(), null);
        Grade empty = grader.grade("empty", new ArgumentMap("e", "Empty"));
        assertThat(empty.total()).isZero();
        assertThat(empty.criteria()).allSatisfy(c -> {
            assertThat(c.points()).as(c.id()).isZero();
            assertThat(c.explanation(Locale.ENGLISH)).isEqualTo("The map is empty.");
        });
        // without a reference too
        assertThat(new Grader(RULES, Rubric.load("default"), null).grade("empty", new ArgumentMap("e", "Empty")).total()).isZero();
    }

    /**
     * Empty starter: a copy of the reference is all the student's own and reaches what the reference
     * reaches against itself, which is the maximum: what the reference does not ground (three theses,
     * their premises, claims bearing on no thesis) is not asked for.
     */
    @Test
    void a_copy_of_the_reference_scores_what_the_reference_reaches() throws Exception {
        ArgumentMap combined = combined();
        Grader grader = new Grader(RULES, Rubric.load("default"), combined, null);
        Grade copy = grader.grade("copy", combined.copy());
        Grade itself = grader.grade("reference", combined);
        assertThat(copy.total()).isEqualTo(itself.total());
        // the three theses the reference leaves UNSUPPORTED are not required: the eight others are grounded
        assertThat(criterion(copy, "thesis-grounded").points()).as(criterion(copy, "thesis-grounded").explanation(Locale.ENGLISH)).isEqualTo(2.0);
        assertThat(criterion(copy, "reference-coverage").points()).isEqualTo(2.0);
        assertThat(criterion(copy, "counterarguments").points()).isEqualTo(2.0); // the rival theses answer each other
        assertThat(criterion(copy, "sources-cited").points()).isEqualTo(2.0);
        assertThat(criterion(copy, "no-circular-support").points()).isEqualTo(1.0);
        assertThat(copy.total()).isEqualTo(copy.max());
        assertThat(copy.ownClaims()).hasSize(combined.claims().size());
    }

    /** No map outscores the reference by dropping one of its premises the reference cannot ground itself. */
    @Test
    void the_reference_minus_an_ungrounded_premise_scores_no_more_than_the_reference() throws Exception {
        ArgumentMap combined = combined();
        Grader grader = new Grader(RULES, Rubric.load("default"), combined, null);
        double full = grader.grade("reference", combined.copy()).total();
        Analysis analysis = ReasoningSession.analyze(RULES, combined);
        List<String> premises = combined.claims().stream()
                .filter(c -> c.kind() != ClaimKind.THESIS && analysis.label(c.id()) == Label.UNSUPPORTED
                        && combined.supports().stream().anyMatch(s -> s.from().equals(c.id())))
                .map(Claim::id).sorted().toList();
        assertThat(premises).isNotEmpty(); // e.g. paper 004's anarchy premise (CombinedSeedMapTest)
        for (String premise : premises) {
            ArgumentMap less = combined.copy();
            less.removeClaim(premise);
            assertThat(grader.grade("without " + premise, less).total()).as("without " + premise).isLessThanOrEqualTo(full);
        }
    }

    /**
     * 200 claims of random words (a few theses), with random supports and attacks, no evidence:
     * every claim is UNSUPPORTED, so no objection counts, whatever the derived conflicts.
     */
    @Test
    void two_hundred_random_claims_without_evidence_earn_nothing_for_counterarguments() throws Exception {
        Grader grader = new Grader(RULES, Rubric.load("default"), combined(), null);
        Grade random = grader.grade("random", randomMap(200, new Random(17)));
        assertThat(criterion(random, "counterarguments").points()).as(criterion(random, "counterarguments").explanation(Locale.ENGLISH)).isZero();
        assertThat(criterion(random, "own-contribution").points()).isZero();
        assertThat(criterion(random, "thesis-grounded").points()).isZero();
        // what is left: no circle (1 point) and the few reference theses whose words the random texts happen to hold
        assertThat(random.total()).isLessThan(2.5);
    }

    static ArgumentMap randomMap(int size, Random random) {
        String[] words = {"russia", "turkey", "china", "armenia", "azerbaijan", "weakens", "wins", "loses", "ceasefire", "war", "drones",
            "influence", "rises", "falls", "hegemony", "stable", "fragile", "trade", "army", "peace"};
        ArgumentMap map = new ArgumentMap("random", "Random");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 6; w++) text.append(words[random.nextInt(words.length)]).append(' ');
            String id = "r" + i;
            map.putClaim(new Claim(id, null, text.toString().strip(), null, null, i % 40 == 0 ? ClaimKind.THESIS : ClaimKind.CLAIM,
                    null, null, null, null, null));
            ids.add(id);
        }
        for (int i = 0; i < size; i++) {
            String a = ids.get(random.nextInt(size)), b = ids.get(random.nextInt(size));
            if (a.equals(b)) continue;
            if (random.nextBoolean()) map.addSupport(new Support(a, b));
            else map.addAttack(Attack.onClaim(a, b));
        }
        return map;
    }
}
