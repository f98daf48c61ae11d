package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Truth maintenance is only worth having if a live session, after any sequence of edits, says
 * exactly what a fresh analysis of the same map says. Random edit sequences (seeded, the seed is
 * in the failure message) check that for every derived result.
 */
class IncrementalConsistencyTest {
    private static final String[] SUBJECTS = {"Russia", "Turkey", "China"};
    private static final String[] DIRECTIONS = {"rises", "falls", "winner", "loser"};

    @Test
    void a_live_session_after_random_edits_agrees_with_a_fresh_analysis() {
        Random seeds = new Random(424242L);
        for (int run = 0; run < 60; run++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            try (ReasoningSession session = ReasoningSession.open(Given.RULES, new ArgumentMap("m", "m"))) {
                for (int step = 0; step < 50; step++) {
                    edit(session, random);
                    assertSameResults(session.analysis(), ReasoningSession.analyze(Given.RULES, session.map()),
                            "seed " + seed + ", step " + step);
                }
            }
        }
    }

    /** One random edit of the map; the same seed on the same map makes the same edit. */
    static void edit(ReasoningSession session, Random random) {
        ArgumentMap map = session.map();
        List<String> ids = map.claimIds();
        int choice = ids.size() < 3 ? 0 : random.nextInt(10);
        try {
            switch (choice) {
                case 0, 1 -> session.putClaim(randomClaim("c" + random.nextInt(12), random));
                case 2 -> session.removeClaim(pick(ids, random));
                case 3, 4 -> session.addSupport(new Support(pick(ids, random), pick(ids, random)));
                case 5 -> session.addAttack(Attack.onClaim(pick(ids, random), pick(ids, random)));
                case 6 -> {
                    List<Support> supports = new ArrayList<>(map.supports());
                    if (!supports.isEmpty()) session.addAttack(Attack.onSupport(pick(ids, random), supports.get(random.nextInt(supports.size()))));
                }
                case 7 -> {
                    List<Support> supports = new ArrayList<>(map.supports());
                    if (!supports.isEmpty()) session.removeSupport(supports.get(random.nextInt(supports.size())).id());
                }
                case 8 -> {
                    List<Attack> attacks = new ArrayList<>(map.attacks());
                    if (!attacks.isEmpty()) session.removeAttack(attacks.get(random.nextInt(attacks.size())).id());
                }
                default -> session.addOpposition(new Opposition(pick(ids, random), pick(ids, random), Opposition.Type.CONTRADICTORY));
            }
        } catch (IllegalArgumentException selfRelation) {
            // a random pick of the same claim twice: the map refuses it, and the session must be unchanged
        }
    }

    private static Claim randomClaim(String id, Random random) {
        Proposition proposition = random.nextInt(3) == 0 ? null : new Proposition(
                SUBJECTS[random.nextInt(SUBJECTS.length)], "influence", DIRECTIONS[random.nextInt(DIRECTIONS.length)],
                new TimeSpan(2019 + random.nextInt(3), null));
        ClaimKind kind = ClaimKind.values()[random.nextInt(3)];
        Source source = random.nextBoolean() ? new Source("p" + random.nextInt(2), "p. 1", "q") : null;
        // the title changes with each edit, so a stale explanation would show
        List<String> preferredOver = random.nextInt(4) == 0 ? List.of("c" + random.nextInt(12)) : List.of();
        if (preferredOver.contains(id)) preferredOver = List.of();
        Double weight = random.nextInt(4) == 0 ? random.nextInt(11) / 10.0 : null;
        return new Claim(id, id + " v" + random.nextInt(1000), id, null, null, kind, null, null, source, proposition, null,
                weight, preferredOver);
    }

    private static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static void assertSameResults(Analysis live, Analysis fresh, String where) {
        assertThat(live.labels()).as(where + " labels").isEqualTo(fresh.labels());
        assertThat(strings(live.conflicts())).as(where + " conflicts").isEqualTo(strings(fresh.conflicts()));
        assertThat(strings(live.attacks())).as(where + " attacks").isEqualTo(strings(fresh.attacks()));
        for (Claim c : live.map().claims()) {
            assertThat(live.grounds(c.id())).as(where + " grounds of " + c.id()).isEqualTo(fresh.grounds(c.id()));
            assertThat(live.strength(c.id())).as(where + " strength of " + c.id())
                    .isCloseTo(fresh.strength(c.id()), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(strings(live.cycles())).as(where + " cycles").isEqualTo(strings(fresh.cycles()));
        assertThat(strings(live.findings())).as(where + " findings").isEqualTo(strings(fresh.findings()));
        // a fact derived two ways may keep either way as its explanation, but never a stale one
        java.util.Set<String> titles = new java.util.HashSet<>();
        live.map().claims().forEach(c -> titles.add(c.displayTitle()));
        List<String> sentences = new ArrayList<>();
        live.conflicts().forEach(c -> sentences.add(c.getExplanation()));
        live.attacks().forEach(e -> sentences.add(e.getExplanation()));
        live.findings().forEach(f -> sentences.add(f.getMessage()));
        live.map().claims().forEach(c -> live.reasons(c.id()).forEach(r -> sentences.add(r.getExplanation())));
        for (String sentence : sentences) {
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("«([^»]*)»").matcher(sentence);
            while (quoted.find()) assertThat(titles).as(where + " stale title in: " + sentence).contains(quoted.group(1));
        }
        for (Claim c : live.map().claims()) {
            assertThat(live.reasons(c.id()).stream().map(LabelReason::getExplanation).toList()).as(where + " reasons of " + c.id())
                    .isNotEmpty().doesNotHaveDuplicates()
                    .isEqualTo(fresh.reasons(c.id()).stream().map(LabelReason::getExplanation).toList());
        }
    }

    private static List<String> strings(List<?> items) {
        return items.stream().map(Object::toString).sorted().toList();
    }
}
