package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Support;

/**
 * The reasons for one claim's status, read off a labelling: one sentence per reason, naming
 * claims by title, saying how each attack came about (drawn, or derived through which conflict)
 * and what would change the status.
 */
final class Reasons {
    private final Verdicts v;
    private final int claim;
    private final Claim c;
    private final List<LabelReason> out = new ArrayList<>();

    private Reasons(Verdicts v, int claim) {
        this.v = v;
        this.claim = claim;
        this.c = v.map.claim(v.ids[claim]).orElseThrow();
    }

    static List<LabelReason> of(Verdicts v, int claim) {
        Reasons r = new Reasons(v, claim);
        switch (v.result.labels()[claim]) {
            case IN -> r.stands();
            case OUT -> r.defeated();
            case UNDEC -> r.undecided();
            case UNSUPPORTED -> r.unsupported();
        }
        return List.copyOf(r.out);
    }

    private void stands() {
        int g = v.result.grounds(claim);
        if (g < 0) {
            add(Label.IN, "prima facie", "", v.map.isAbstractFramework()
                    ? Sentence.of("reason.in.prima-facie.framework", name(c))
                    : Sentence.of("reason.in.prima-facie.evidence", name(c), c.source().paper()));
        } else {
            List<String> premises = premises(g);
            String argument = argument(g);
            String key = "reason.in.grounded." + (premises.size() == 1 ? "one" : "many") + (argument == null ? "" : ".argument");
            add(Label.IN, "grounded", "", Sentence.of(key, name(c), names(premises), argument));
        }
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (!defeats(a)) {
                add(Label.IN, "preferred", a, Sentence.of("reason.in.preferred", name(claim(a)), how(attacker.getValue()), name(c)));
            } else {
                String why = label(a) == Label.OUT ? "reason.in.attacker-defeated" : "reason.in.attacker-unsupported";
                add(Label.IN, "attacker falls", a, Sentence.of(why, name(claim(a)), how(attacker.getValue())));
            }
        }
    }

    private void defeated() {
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.IN || !defeats(a)) continue;
            add(Label.OUT, "defeated", a, Sentence.of("reason.out.defeated", name(c), name(claim(a)), how(attacker.getValue())));
        }
    }

    private void undecided() {
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.UNDEC || !defeats(a)) continue;
            if (a.equals(c.id())) {
                add(Label.UNDEC, "attacks itself", a, Sentence.of("reason.undec.self", name(c), how(attacker.getValue())));
                continue;
            }
            add(Label.UNDEC, "rival undecided", a, Sentence.of("reason.undec.rival", name(c), name(claim(a)), how(attacker.getValue())));
        }
        int g = v.groundingInference(claim);
        if (g >= 0) {
            List<String> open = premises(g).stream().filter(p -> label(p) == Label.UNDEC).toList();
            if (!open.isEmpty()) {
                add(Label.UNDEC, "ground undecided", open.get(0),
                        Sentence.of("reason.undec.ground." + (open.size() == 1 ? "one" : "many"), names(open)));
            }
        }
        if (out.isEmpty()) add(Label.UNDEC, "undecided", "", Sentence.of("reason.undec.cycle", name(c)));
    }

    private void unsupported() {
        if (v.into.size(claim) == 0) {
            add(Label.UNSUPPORTED, "no grounds", "", c.kind() == ClaimKind.EVIDENCE
                    ? Sentence.of("reason.unsupported.evidence", name(c))
                    : Sentence.of("reason.unsupported.no-grounds", name(c), c.kind()));
            return;
        }
        for (int k = v.into.start[claim]; k < v.into.start[claim + 1]; k++) {
            int g = v.into.items[k];
            int u = v.undercutBy(g);
            List<String> premises = premises(g);
            if (u >= 0) {
                add(Label.UNSUPPORTED, "undercut", v.ids[u],
                        Sentence.of("reason.unsupported.undercut", names(premises), name(claim(v.ids[u]))));
                continue;
            }
            List<String> lost = premises.stream().filter(p -> label(p) == Label.OUT || label(p) == Label.UNSUPPORTED).toList();
            if (lost.isEmpty()) continue;
            List<Sentence> why = lost.stream().map(p -> Sentence.of(label(p) == Label.OUT ? "reason.lost.defeated" : "reason.lost.unsupported",
                    name(claim(p)))).toList();
            add(Label.UNSUPPORTED, "ground lost", lost.get(0), Sentence.of("reason.unsupported.ground-lost", names(premises), Sentence.list(why)));
        }
        if (out.isEmpty()) add(Label.UNSUPPORTED, "circular", "", Sentence.of("reason.unsupported.circular", name(c)));
    }

    /** The claims that attack this one, each with its attacks (drawn and derived), by id. */
    private Map<String, List<AttackEdge>> attackers() {
        // by attacker id: a live session and a fresh analysis meet the attacks in different orders
        Map<String, List<AttackEdge>> by = new java.util.TreeMap<>();
        for (AttackEdge e : v.attacksOn().getOrDefault(c.id(), List.of())) {
            by.computeIfAbsent(e.getFrom(), k -> new ArrayList<>()).add(e);
        }
        return by;
    }

    private boolean defeats(String attacker) {
        return v.defeatsOn().getOrDefault(c.id(), List.of()).stream().anyMatch(d -> d.getFrom().equals(attacker));
    }

    /** "a drawn rebut", "derived: their descriptors are contrary" …, each way once */
    private static Sentence.Listing how(List<AttackEdge> edges) {
        Map<String, Sentence> ways = new java.util.LinkedHashMap<>();
        for (AttackEdge e : edges.stream().sorted(Analysis.ATTACK_ORDER).toList()) {
            if (e.isDerived()) ways.putIfAbsent("via " + e.getVia(), Sentence.of("reason.way.derived", conflictPhrase(e.getVia())));
            else ways.putIfAbsent("drawn " + e.getKind(), Sentence.of("reason.way.drawn", e.getKind()));
        }
        return Sentence.list(List.copyOf(ways.values()));
    }

    /** Why two claims conflict, from the rule that found the conflict. */
    private static Sentence conflictPhrase(String rule) {
        return switch (rule) {
            case "Claims with contrary descriptors conflict" -> Sentence.of("reason.via.descriptors");
            case "Claims declared contradictory conflict" -> Sentence.of("reason.via.contradictory");
            case "Claims declared contrary conflict" -> Sentence.of("reason.via.contrary");
            default -> Sentence.of("reason.via.rule", Sentence.rule(rule));
        };
    }

    /** The title of the argument an inference belongs to, or null for a support drawn on its own. */
    private String argument(int inference) {
        List<Support> supports = v.inferenceSupports.get(inference);
        String argument = supports.get(0).argumentId();
        if (argument == null) return null;
        return v.map.argument(argument).map(a -> a.title() != null ? a.title() : a.id()).orElse(argument);
    }

    private List<String> premises(int inference) {
        return Arrays.stream(v.structure.premises(inference)).mapToObj(p -> v.ids[p]).toList();
    }

    private Label label(String id) {
        return v.label(id);
    }

    private Claim claim(String id) {
        return v.map.claim(id).orElse(Claim.of(id, ""));
    }

    private Sentence.Listing names(List<String> claimIds) {
        return Sentence.list(claimIds.stream().map(id -> name(claim(id))).toList());
    }

    private static String name(Claim claim) {
        return Explain.title(claim);
    }

    private void add(Label label, String rule, String about, Sentence text) {
        out.add(new LabelReason(c.id(), label, rule, about, text));
    }
}
