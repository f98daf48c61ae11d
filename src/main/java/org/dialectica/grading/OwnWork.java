package org.dialectica.grading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;

/**
 * What a student added or changed relative to the starter map they began from. A student claim
 * is the starter's when it has a starter claim's id or, under another id, a starter claim's text
 * (normalised: case, accents' forms, punctuation and spacing do not count); it is the student's own
 * when it is new, or when its text or its source differs from that starter claim's. A relation is
 * the student's own when the starter has no relation of that kind between the claims its ends came
 * from. One pass over each map: linear.
 *
 * @param claims the student's own claims (added, or changed from the starter's)
 * @param supports the student's own supports, by {@link Support#id()}
 * @param attacks the student's own attacks, by {@link Attack#id()}
 * @param oppositions how many contraries and contradictories are the student's own
 */
record OwnWork(Set<String> claims, Set<String> supports, Set<String> attacks, int oppositions) {

    OwnWork {
        claims = Set.copyOf(claims);
        supports = Set.copyOf(supports);
        attacks = Set.copyOf(attacks);
    }

    /** Nothing added and nothing changed: the map is the starter, or the starter with parts removed. */
    boolean isEmpty() {
        return claims.isEmpty() && supports.isEmpty() && attacks.isEmpty() && oppositions == 0;
    }

    /** @param starter what the student began from (null: an empty map, so all of the student's map is their own) */
    static OwnWork of(ArgumentMap starter, ArgumentMap student) {
        if (starter == null) starter = new ArgumentMap("empty", "empty");
        Map<String, String> starterByText = new HashMap<>();
        for (Claim c : starter.claims()) starterByText.putIfAbsent(normalised(c.text()), c.id());
        Map<String, String> origin = new HashMap<>(); // student claim -> the starter claim it came from
        Set<String> own = new HashSet<>();
        for (Claim c : student.claims()) {
            Claim before = starter.claim(c.id()).orElse(null);
            if (before == null) {
                String sameText = starterByText.get(normalised(c.text()));
                before = sameText == null ? null : starter.claim(sameText).orElse(null);
            }
            if (before != null) origin.put(c.id(), before.id());
            if (before == null || !normalised(before.text()).equals(normalised(c.text())) || !sameSource(before.source(), c.source())) {
                own.add(c.id());
            }
        }
        Set<String> starterSupports = new HashSet<>();
        starter.supports().forEach(s -> starterSupports.add(s.id()));
        Set<String> ownSupports = new HashSet<>();
        for (Support s : student.supports()) {
            String from = origin.get(s.from()), to = origin.get(s.to());
            if (from == null || to == null || !starterSupports.contains(Support.id(from, to))) ownSupports.add(s.id());
        }
        Set<String> starterAttacks = new HashSet<>();
        starter.attacks().forEach(a -> starterAttacks.add(a.id()));
        Set<String> ownAttacks = new HashSet<>();
        for (Attack a : student.attacks()) {
            String from = origin.get(a.from());
            String target = a.onSupport() ? supportOrigin(student, a.target(), origin) : origin.get(a.target());
            if (from == null || target == null || !starterAttacks.contains(new Attack(from, target, a.onSupport()).id())) ownAttacks.add(a.id());
        }
        Set<String> starterOppositions = new HashSet<>();
        starter.oppositions().forEach(o -> starterOppositions.add(pair(o.getA(), o.getB())));
        int ownOppositions = 0;
        for (Opposition o : student.oppositions()) {
            String a = origin.get(o.getA()), b = origin.get(o.getB());
            if (a == null || b == null || !starterOppositions.contains(pair(a, b))) ownOppositions++;
        }
        return new OwnWork(own, ownSupports, ownAttacks, ownOppositions);
    }

    /** The starter's id of an attacked support (its ends mapped back), or null when an end is new. */
    private static String supportOrigin(ArgumentMap student, String supportId, Map<String, String> origin) {
        Support s = student.support(supportId).orElse(null);
        if (s == null) return null;
        String from = origin.get(s.from()), to = origin.get(s.to());
        return from == null || to == null ? null : Support.id(from, to);
    }

    private static boolean sameSource(Source a, Source b) {
        if (a == null || b == null) return a == b;
        return Objects.equals(normalised(a.paper()), normalised(b.paper())) && Objects.equals(normalised(a.locator()), normalised(b.locator()))
                && Objects.equals(normalised(a.quote()), normalised(b.quote()));
    }

    /** Lower case, compatibility forms folded, every run of punctuation and spacing one space. */
    static String normalised(String text) {
        if (text == null) return null;
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
