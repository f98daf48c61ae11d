package org.dialectica.reasoning;

import java.nio.file.Path;
import java.util.List;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;

/** Tiny fixtures for rule tests: {@code given().claim("a").attacks("a", "b").analyze()}. */
final class Given {
    /** The project's own rules/ folder: the tests exercise exactly what ships. */
    static final RuleBase RULES = RuleBase.fromFolder(Path.of("rules"));

    private final ArgumentMap map = new ArgumentMap("test", "test map");

    static Given given() {
        return new Given();
    }

    ArgumentMap map() {
        return map;
    }

    Given claim(String id) {
        return put(new Claim(id, id, "claim " + id, null, null, ClaimKind.CLAIM, null, null, cited(), null, null));
    }

    Given thesis(String id) {
        return put(new Claim(id, id, "thesis " + id, null, null, ClaimKind.THESIS, null, null, cited(), null, null));
    }

    Given evidence(String id) {
        return put(new Claim(id, id, "evidence " + id, null, null, ClaimKind.EVIDENCE, null, null, cited(), null, null));
    }

    Given uncited(String id) {
        return put(new Claim(id, id, "claim " + id, null, null, ClaimKind.CLAIM, null, null, null, null, null));
    }

    /** A claim with a descriptor, asserted by {@code paper}. */
    Given says(String id, String paper, String subject, String dimension, String direction, Integer from, Integer to) {
        return put(new Claim(id, id, id, null, null, ClaimKind.CLAIM, null, null, new Source(paper, "p. 1", "quote"),
                new Proposition(subject, dimension, direction, new TimeSpan(from, to)), null));
    }

    Given put(Claim claim) {
        map.putClaim(claim);
        return this;
    }

    Given supports(String from, String to) {
        map.addSupport(new Support(from, to));
        return this;
    }

    Given attacks(String from, String to) {
        map.addAttack(Attack.onClaim(from, to));
        return this;
    }

    Given undercuts(String from, String premise, String conclusion) {
        map.addAttack(new Attack(from, Support.id(premise, conclusion), true));
        return this;
    }

    Given contradictory(String a, String b) {
        map.addOpposition(new Opposition(a, b, Opposition.Type.CONTRADICTORY));
        return this;
    }

    /** Adds {@code over} to the {@code preferred-over} list of {@code preferred}. */
    Given prefer(String preferred, String over) {
        Claim c = map.claim(preferred).orElseThrow();
        List<String> list = new java.util.ArrayList<>(c.preferredOver());
        list.add(over);
        return put(new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(),
                c.source(), c.proposition(), c.assertedBy(), c.weight(), list));
    }

    /** Sets the base score (weight) of {@code id}. */
    Given weight(String id, double weight) {
        Claim c = map.claim(id).orElseThrow();
        return put(new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(),
                c.source(), c.proposition(), c.assertedBy(), weight, c.preferredOver()));
    }

    Given contrary(String a, String b) {
        map.addOpposition(new Opposition(a, b, Opposition.Type.CONTRARY));
        return this;
    }

    Analysis analyze() {
        return ReasoningSession.analyze(RULES, map);
    }

    ReasoningSession open() {
        return ReasoningSession.open(RULES, map);
    }

    private static Source cited() {
        return new Source("paper.txt", "p. 1", "a quote");
    }
}
