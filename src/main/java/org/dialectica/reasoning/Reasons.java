package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
                    ? name(c) + " stands: an argument of the framework stands unless an attacker that stands defeats it."
                    : name(c) + " stands on its own as evidence quoted from " + c.source().paper() + ".");
        } else {
            add(Label.IN, "grounded", "", name(c) + " stands on " + names(premises(g)) + ", which "
                    + (premises(g).size() == 1 ? "stands" : "stand") + through(g) + ".");
        }
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            Label label = label(a);
            if (!defeats(a)) {
                add(Label.IN, "preferred", a, name(claim(a)) + " attacks it" + how(attacker.getValue()) + ", but "
                        + name(c) + " is preferred over it, so the attack fails.");
            } else {
                add(Label.IN, "attacker falls", a, name(claim(a)) + " attacks it" + how(attacker.getValue()) + ", but "
                        + (label == Label.OUT ? "is itself defeated" : "has no standing grounds") + ".");
            }
        }
    }

    private void defeated() {
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.IN || !defeats(a)) continue;
            add(Label.OUT, "defeated", a, name(c) + " is defeated by " + name(claim(a)) + ", which stands"
                    + how(attacker.getValue()) + "; it would not be if " + name(claim(a)) + " were defeated, or if "
                    + name(c) + " were preferred over it.");
        }
    }

    private void undecided() {
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.UNDEC || !defeats(a)) continue;
            add(Label.UNDEC, "rival undecided", a, name(claim(a)) + " attacks it" + how(attacker.getValue())
                    + " and is itself undecided, and neither is preferred: " + name(c) + " would stand if it were"
                    + " preferred over " + name(claim(a)) + ", or if " + name(claim(a)) + " were defeated.");
        }
        int g = v.groundingInference(claim);
        if (g >= 0) {
            List<String> open = premises(g).stream().filter(p -> label(p) == Label.UNDEC).toList();
            if (!open.isEmpty()) {
                add(Label.UNDEC, "ground undecided", open.get(0), "Its ground " + names(open) + " "
                        + (open.size() == 1 ? "is" : "are") + " undecided, so it is undecided too.");
            }
        }
        if (out.isEmpty()) add(Label.UNDEC, "undecided", "", name(c) + " is caught in a cycle of undecided attacks.");
    }

    private void unsupported() {
        if (v.into.size(claim) == 0) {
            String why = c.kind() == ClaimKind.EVIDENCE
                    ? name(c) + " is evidence without a source: cite the paper, the place and the quote for it to stand on its own."
                    : name(c) + " has no grounds: nothing in the map supports it, and a " + c.kind().word()
                            + " stands only on evidence (a quoted paper says who claims it, not why it holds).";
            add(Label.UNSUPPORTED, "no grounds", "", why);
            return;
        }
        for (int k = v.into.start[claim]; k < v.into.start[claim + 1]; k++) {
            int g = v.into.items[k];
            int u = v.undercutBy(g);
            List<String> premises = premises(g);
            if (u >= 0) {
                add(Label.UNSUPPORTED, "undercut", v.ids[u], "Its support from " + names(premises) + " is undercut by "
                        + name(claim(v.ids[u])) + ", which stands; it would stand again if " + name(claim(v.ids[u]))
                        + " were defeated.");
                continue;
            }
            List<String> lost = premises.stream().filter(p -> label(p) == Label.OUT || label(p) == Label.UNSUPPORTED).toList();
            if (lost.isEmpty()) continue;
            add(Label.UNSUPPORTED, "ground lost", lost.get(0), "Its support from " + names(premises) + " is lost: "
                    + lost.stream().map(p -> name(claim(p)) + (label(p) == Label.OUT ? " is defeated" : " has no standing grounds"))
                            .collect(Collectors.joining(" and ")) + ".");
        }
        if (out.isEmpty()) {
            add(Label.UNSUPPORTED, "circular", "", name(c) + " is supported only in a circle of claims that rest on each other.");
        }
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

    /** " (a drawn attack)" or " (derived from their contrary descriptors)" … */
    private static String how(List<AttackEdge> edges) {
        List<String> ways = new ArrayList<>();
        for (AttackEdge e : edges.stream().sorted(Analysis.ATTACK_ORDER).toList()) {
            String way = e.isDerived() ? "derived: " + conflictPhrase(e.getVia()) : "a drawn " + e.getKind().word();
            if (!ways.contains(way)) ways.add(way);
        }
        return " (" + String.join(" and ", ways) + ")";
    }

    /** Why two claims conflict, from the rule that found the conflict. */
    private static String conflictPhrase(String rule) {
        return switch (rule) {
            case "Claims with contrary descriptors conflict" -> "their descriptors are contrary";
            case "Claims declared contradictory conflict" -> "they are declared contradictory";
            case "Claims declared contrary conflict" -> "they are declared contrary";
            default -> "they conflict by the rule «" + rule + "»";
        };
    }

    private String through(int inference) {
        List<Support> supports = v.inferenceSupports.get(inference);
        String argument = supports.get(0).argumentId();
        if (argument == null) return "";
        String title = v.map.argument(argument).map(a -> a.title() != null ? a.title() : a.id()).orElse(argument);
        return " (argument «" + title + "»)";
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

    private String names(List<String> claimIds) {
        List<String> named = claimIds.stream().map(id -> name(claim(id))).toList();
        if (named.size() == 1) return named.get(0);
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    private static String name(Claim claim) {
        return Explain.title(claim);
    }

    private void add(Label label, String rule, String about, String text) {
        out.add(new LabelReason(c.id(), label, rule, about, () -> text));
    }
}
