package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.junit.jupiter.api.Test;
import static org.dialectica.reasoning.Given.given;

/**
 * Every counterfactual an explanation states, and every outcome a crux states, is true: on seeded
 * generated maps (preferences one way and both ways, undercuts, support and attack cycles,
 * self-attacks, sourced and unsourced evidence, contraries and contradictories, linked arguments)
 * each stated change is made to the map itself — a ruling in {@code preferred-over}, a new sourced
 * piece of evidence attacking the claim, the claim turned into sourced evidence — and the changed map
 * goes through the whole rule path again; the statuses must be the ones the sentence states. The
 * what-ifs are found on int arrays by {@link Verdicts}; this checks them on the map as a person would
 * edit it. A comparison must also hide no claim whose defeat or establishment alone turns a thesis.
 */
class WhatIfPropertyTest {
    static final long SEED = 20261205L;
    static final int MAPS = 1000;

    @Test
    void every_stated_counterfactual_and_crux_outcome_holds_when_the_change_is_made_to_the_map() {
        long started = System.nanoTime();
        Random seeds = new Random(SEED);
        int counterfactuals = 0, outcomes = 0, neitherChecked = 0;
        Set<Label> outcomeLabels = EnumSet.noneOf(Label.class);
        Set<String> shapes = new java.util.TreeSet<>();
        for (int m = 0; m < MAPS; m++) {
            long seed = seeds.nextLong();
            ArgumentMap map = generate(new Random(seed), "m" + m);
            Analysis analysis = ReasoningSession.analyze(Given.RULES, map);
            String where = "map " + m + " (seed " + seed + "): " + describe(map, analysis);

            for (Claim claim : map.claims()) {
                for (LabelReason reason : analysis.reasons(claim.id())) {
                    String text = reason.getExplanation();
                    assertThat(reason.getRule()).as(where + "\n" + text).isNotEqualTo("undecided");
                    if (text.contains("neither is preferred")) {
                        neitherChecked++;
                        String rival = reason.getAbout();
                        assertThat(claim.preferredOver().contains(rival) || map.claim(rival).orElseThrow().preferredOver().contains(claim.id()))
                                .as(where + "\nno preference between %s and %s: %s", claim.id(), rival, text).isFalse();
                    }
                    for (WhatIf whatIf : reason.whatIfs()) {
                        counterfactuals++;
                        ArgumentMap changed = apply(map, whatIf.changes());
                        Analysis then = ReasoningSession.analyze(Given.RULES, changed);
                        whatIf.outcome().forEach((id, label) -> {
                            outcomeLabels.add(label);
                            assertThat(then.label(id)).as(where + "\nwhat-if %s on %s: %s", whatIf.changes(), id, text).isEqualTo(label);
                        });
                        // the sentence names every claim the change touches: a condition on two rivals says both
                        for (Change change : whatIf.changes()) {
                            for (String id : touched(change)) assertThat(text).as(where).contains("«" + map.claim(id).orElseThrow().displayTitle() + "»");
                        }
                        shapes.add(shape(whatIf.changes()));
                    }
                }
            }

            List<String> theses = map.claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).map(Claim::id).toList();
            if (theses.size() < 2) theses = List.of(map.claimIds().get(0), map.claimIds().get(1));
            Comparison comparison = Comparison.of(analysis, theses);
            for (Comparison.Crux crux : comparison.cruxes()) {
                for (Comparison.Outcome outcome : crux.outcomes()) {
                    outcomes++;
                    Analysis then = ReasoningSession.analyze(Given.RULES, apply(map, outcome.changes()));
                    for (String t : theses) {
                        assertThat(then.label(t)).as(where + "\ncrux %s, outcome %s: %s", crux.claims(), outcome.changes(),
                                crux.explanation().text()).isEqualTo(outcome.labels().get(t));
                    }
                }
            }
            // no crux hidden: any single claim whose defeat or establishment alone turns a thesis is in some crux
            if (!comparison.bounded()) {
                Map<String, Label> now = labels(analysis, theses);
                for (Claim claim : map.claims()) {
                    if (theses.contains(claim.id())) continue;
                    Label label = analysis.label(claim.id());
                    List<Change> tries = new ArrayList<>();
                    if (label == Label.IN || label == Label.UNDEC) tries.add(new Change.Defeat(claim.id()));
                    if (label == Label.UNDEC || label == Label.UNSUPPORTED) tries.add(new Change.Establish(claim.id()));
                    for (Change change : tries) {
                        Map<String, Label> then = labels(ReasoningSession.analyze(Given.RULES, apply(map, List.of(change))), theses);
                        if (then.equals(now)) continue;
                        assertThat(comparison.cruxes()).as(where + "\n%s turns the theses %s → %s but no crux names it", change, now, then)
                                .anySatisfy(x -> assertThat(x.claims()).contains(claim.id()));
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[what-ifs] %d maps (seed %d): %d counterfactuals and %d crux outcomes applied and re-labelled, %d"
                + " 'neither is preferred' checked, shapes %s, in %.1f s%n", MAPS, SEED, counterfactuals, outcomes, neitherChecked, shapes, seconds);
        // not vacuous: many of each, in every shape the explanations use
        assertThat(counterfactuals).isGreaterThan(1000);
        assertThat(outcomes).isGreaterThan(1000);
        assertThat(outcomeLabels).contains(Label.IN, Label.UNDEC, Label.UNSUPPORTED);
        assertThat(shapes).contains("defeat 1", "defeat 2+", "prefer 1", "prefer 2+");
    }

    /**
     * A what-if of one claim labels only what the claim depends on: on random maps and random sets of
     * changes (any claims, not only those an explanation would pick) that must give each claim the
     * status a labelling of the whole changed map gives it.
     */
    @Test
    void labelling_what_a_claim_depends_on_gives_the_status_the_whole_map_gives() {
        Random random = new Random(SEED + 1);
        int compared = 0;
        for (int m = 0; m < 500; m++) {
            ArgumentMap map = generate(random, "w" + m);
            Verdicts v = ReasoningSession.analyze(Given.RULES, map).verdicts();
            List<String> ids = map.claimIds();
            List<Change> changes = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String a = ids.get(random.nextInt(ids.size())), b = ids.get(random.nextInt(ids.size()));
                switch (random.nextInt(3)) {
                    case 0 -> { if (!a.equals(b)) changes.add(new Change.Prefer(a, b)); }
                    case 1 -> changes.add(new Change.Defeat(a));
                    default -> changes.add(new Change.Establish(a));
                }
            }
            Label[] whole = v.relabelled(changes);
            for (String id : ids) {
                assertThat(v.relabelled(v.indexOf(id), changes)).as("map %d, %s, claim %s: %s", m, changes, id, describe(map, null))
                        .isEqualTo(whole[v.indexOf(id)]);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    /** Past the bound, what would change a status is not guessed: the explanation says it was not worked out. */
    @Test
    void a_claim_depending_on_more_claims_than_the_bound_says_so_instead_of_guessing() {
        // c rests on a chain of supports from one piece of evidence, longer than the bound; x defeats it
        Given given = given().evidence("e0");
        for (int i = 1; i <= Verdicts.WHAT_IF_LIMIT; i++) given.claim("p" + i).supports(i == 1 ? "e0" : "p" + (i - 1), "p" + i);
        Analysis analysis = given.claim("c").supports("p" + Verdicts.WHAT_IF_LIMIT, "c").evidence("x").attacks("x", "c").analyze();

        assertThat(analysis.label("c")).isEqualTo(Label.OUT);
        assertThat(analysis.reasons("c")).extracting(LabelReason::getExplanation).containsExactly(
                "«c» is defeated by «x», which stands (a drawn rebut).",
                "What would change the status of «c» is not worked out: it depends on more than 1000 claims, too many to label"
                        + " again for one sentence.");
        assertThat(analysis.reasons("c").get(1).whatIfs()).isEmpty();
    }

    /** A seeded small map: 2 to 8 claims, with everything the semantics distinguishes. */
    static ArgumentMap generate(Random random, String id) {
        int n = 2 + random.nextInt(7);
        ArgumentMap map = new ArgumentMap(id, "generated");
        for (int c = 0; c < n; c++) {
            int k = random.nextInt(6);
            ClaimKind kind = k < 2 ? ClaimKind.EVIDENCE : k < 5 ? ClaimKind.CLAIM : ClaimKind.THESIS;
            // evidence stands on its own only with a source
            Source source = random.nextInt(5) == 0 ? null : new Source("paper.txt", "p. " + c, "quote " + c);
            List<String> over = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                int o = random.nextInt(n);
                if (o != c) over.add("c" + o);
            }
            map.putClaim(new Claim("c" + c, "C" + c, "claim " + c, null, null, kind, null, null, source, null, null, null, over));
        }
        for (int g = random.nextInt(n + 3); g > 0; g--) {
            int to = random.nextInt(n), p1 = random.nextInt(n);
            if (p1 == to) continue;
            if (random.nextInt(4) == 0) {
                int p2 = random.nextInt(n);
                if (p2 == to || p2 == p1 || map.support(Support.id("c" + p1, "c" + to)).isPresent()
                        || map.support(Support.id("c" + p2, "c" + to)).isPresent()) continue;
                map.addArgument(new Argument("arg" + g, null, null, List.of("c" + p1, "c" + p2), "c" + to));
            } else {
                map.addSupport(new Support("c" + p1, "c" + to));
            }
        }
        // random pairs give cycles and, now and then, a claim attacking itself
        for (int i = random.nextInt(n + 2); i > 0; i--) map.addAttack(Attack.onClaim("c" + random.nextInt(n), "c" + random.nextInt(n)));
        for (int i = random.nextInt(3); i > 0; i--) {
            int a = random.nextInt(n), b = random.nextInt(n);
            if (a != b) {
                map.addOpposition(new Opposition("c" + a, "c" + b,
                        random.nextBoolean() ? Opposition.Type.CONTRADICTORY : Opposition.Type.CONTRARY));
            }
        }
        List<Support> supports = new ArrayList<>(map.supports());
        for (int i = supports.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
            map.addAttack(Attack.onSupport("c" + random.nextInt(n), supports.get(random.nextInt(supports.size()))));
        }
        return map;
    }

    /** The change made to the map itself, as a person would make it. */
    static ArgumentMap apply(ArgumentMap original, List<Change> changes) {
        ArgumentMap map = original.copy();
        int defeaters = 0;
        for (Change change : changes) {
            switch (change) {
                case Change.Prefer(String preferred, String over) -> {
                    Claim w = map.claim(preferred).orElseThrow();
                    List<String> wins = new ArrayList<>(w.preferredOver());
                    if (!wins.contains(over)) wins.add(over);
                    map.putClaim(preferring(w, wins));
                    Claim l = map.claim(over).orElseThrow();
                    List<String> loses = new ArrayList<>(l.preferredOver());
                    loses.remove(preferred);
                    map.putClaim(preferring(l, loses));
                }
                case Change.Defeat(String claim) -> {
                    String defeater = "what-if-defeater-" + defeaters++;
                    map.putClaim(new Claim(defeater, null, "defeats " + claim, null, null, ClaimKind.EVIDENCE, null, null,
                            new Source("what-if.txt", "p. 1", "quote"), null, null));
                    map.addAttack(Attack.onClaim(defeater, claim));
                }
                case Change.Establish(String claim) -> {
                    Claim c = map.claim(claim).orElseThrow();
                    Source source = c.source() != null ? c.source() : new Source("what-if.txt", "p. 1", "quote");
                    map.putClaim(new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), ClaimKind.EVIDENCE, c.actors(),
                            c.tags(), source, c.proposition(), c.assertedBy(), c.weight(), c.preferredOver()));
                }
            }
        }
        return map;
    }

    private static Claim preferring(Claim c, List<String> over) {
        return new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(), c.source(),
                c.proposition(), c.assertedBy(), c.weight(), over);
    }

    private static List<String> touched(Change change) {
        return switch (change) {
            case Change.Prefer(String w, String l) -> List.of(w, l);
            case Change.Defeat(String x) -> List.of(x);
            case Change.Establish(String x) -> List.of(x);
        };
    }

    private static String shape(List<Change> changes) {
        String kind = changes.get(0) instanceof Change.Prefer ? "prefer" : changes.get(0) instanceof Change.Defeat ? "defeat" : "establish";
        return kind + (changes.size() == 1 ? " 1" : " 2+");
    }

    private static Map<String, Label> labels(Analysis analysis, List<String> ids) {
        Map<String, Label> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, analysis.label(id));
        return out;
    }

    private static String describe(ArgumentMap map, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        for (Claim c : map.claims()) {
            out.append("\n  ").append(c.id()).append(' ').append(c.kind().word()).append(c.source() == null ? " (no source)" : "")
                    .append(" over ").append(c.preferredOver()).append(analysis == null ? "" : ": " + analysis.label(c.id()));
        }
        map.supports().forEach(s -> out.append("\n  support ").append(s.id()).append(s.argumentId() == null ? "" : " in " + s.argumentId()));
        map.attacks().forEach(a -> out.append("\n  attack ").append(a.id()));
        map.oppositions().forEach(o -> out.append("\n  ").append(o));
        return out.toString();
    }
}
