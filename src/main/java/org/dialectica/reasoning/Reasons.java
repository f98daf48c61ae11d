package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Support;

/**
 * The reasons for one claim's status, read off a labelling: one sentence per reason, naming
 * claims by title, saying how each attack came about (drawn, or derived through which conflict)
 * and what would change the status. What would change it is never assumed from the status: each
 * candidate change (defeat the claims that hold it down, or prefer it over them) is labelled again
 * ({@link Verdicts#relabelled(int, List)}), and only what that labelling gives is said, as a
 * {@link WhatIf} the sentence is worded from.
 */
final class Reasons {
    static final String WHAT_WOULD_CHANGE = "what would change it";

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
        List<String> defeaters = new ArrayList<>();
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.IN || !defeats(a)) continue;
            defeaters.add(a);
            add(Label.OUT, "defeated", a, Sentence.of("reason.out.defeated", name(c), name(claim(a)), how(attacker.getValue())));
        }
        // every defeater that stands at once: one left standing would still defeat it
        whatWouldChange(Label.OUT, List.of(defeat(defeaters), preferOver(defeaters)));
    }

    private void undecided() {
        List<String> rivals = new ArrayList<>();
        for (Map.Entry<String, List<AttackEdge>> attacker : attackers().entrySet()) {
            String a = attacker.getKey();
            if (label(a) != Label.UNDEC || !defeats(a)) continue;
            if (a.equals(c.id())) {
                add(Label.UNDEC, "attacks itself", a, Sentence.of("reason.undec.self", name(c), how(attacker.getValue())));
                continue;
            }
            rivals.add(a);
            add(Label.UNDEC, "rival undecided", a, Sentence.of(rivalKey(a), name(c), name(claim(a)), how(attacker.getValue())));
        }
        List<String> undercutters = new ArrayList<>();
        int g = v.groundingInference(claim);
        if (g >= 0) {
            List<String> open = premises(g).stream().filter(p -> label(p) == Label.UNDEC).toList();
            if (!open.isEmpty()) {
                add(Label.UNDEC, "ground undecided", open.get(0),
                        Sentence.of("reason.undec.ground." + (open.size() == 1 ? "one" : "many"), names(open)));
            }
            IntLists by = v.undercuttersOf();
            for (int i = by.start[g]; i < by.start[g + 1]; i++) {
                String u = v.ids[by.items[i]];
                if (label(u) == Label.UNDEC && !undercutters.contains(u)) undercutters.add(u);
            }
            if (!undercutters.isEmpty()) {
                add(Label.UNDEC, "undercut by the undecided", undercutters.get(0),
                        Sentence.of("reason.undec.undercut." + (undercutters.size() == 1 ? "one" : "many"), names(premises(g)), names(undercutters)));
            }
        }
        // cannot happen by the semantics (an undecided claim has an undecided defeater, ground or undercutter); said plainly if it did
        if (out.isEmpty()) add(Label.UNDEC, "undecided", "", Sentence.of("reason.undec.open", name(c)));
        whatWouldChange(Label.UNDEC, List.of(preferOver(rivals), defeat(rivals), defeat(undercutters)));
    }

    /** Whether a preference between the two stands, is stated both ways, or is not stated: said as it is. */
    private String rivalKey(String rival) {
        boolean mine = c.preferredOver().contains(rival), theirs = claim(rival).preferredOver().contains(c.id());
        return mine && theirs ? "reason.undec.rival.cancelled" : theirs ? "reason.undec.rival.preferred" : "reason.undec.rival";
    }

    private void unsupported() {
        if (v.into.size(claim) == 0) {
            add(Label.UNSUPPORTED, "no grounds", "", c.kind() == ClaimKind.EVIDENCE
                    ? Sentence.of("reason.unsupported.evidence", name(c))
                    : Sentence.of("reason.unsupported.no-grounds", name(c), c.kind()));
            return;
        }
        List<List<Change>> whatIfs = new ArrayList<>();
        IntLists by = v.undercuttersOf();
        for (int k = v.into.start[claim]; k < v.into.start[claim + 1]; k++) {
            int g = v.into.items[k];
            List<String> premises = premises(g);
            if (v.undercutBy(g) >= 0) {
                List<String> standing = new ArrayList<>();
                for (int i = by.start[g]; i < by.start[g + 1]; i++) {
                    String u = v.ids[by.items[i]];
                    if (label(u) == Label.IN && !standing.contains(u)) standing.add(u);
                }
                add(Label.UNSUPPORTED, "undercut", standing.get(0),
                        Sentence.of("reason.unsupported.undercut." + (standing.size() == 1 ? "one" : "many"), names(premises), names(standing)));
                whatIfs.add(defeat(standing));
                continue;
            }
            List<String> lost = premises.stream().filter(p -> label(p) == Label.OUT || label(p) == Label.UNSUPPORTED).toList();
            if (lost.isEmpty()) continue;
            List<Sentence> why = lost.stream().map(p -> Sentence.of(label(p) == Label.OUT ? "reason.lost.defeated" : "reason.lost.unsupported",
                    name(claim(p)))).toList();
            add(Label.UNSUPPORTED, "ground lost", lost.get(0), Sentence.of("reason.unsupported.ground-lost", names(premises), Sentence.list(why)));
        }
        if (out.isEmpty()) add(Label.UNSUPPORTED, "circular", "", Sentence.of("reason.unsupported.circular", name(c)));
        whatWouldChange(Label.UNSUPPORTED, whatIfs);
    }

    /**
     * Labels the claim again with each candidate change and says those that change its status, one
     * sentence per outcome ("«A» would stand if «B» were defeated, or if «A» were preferred over «B»").
     */
    private void whatWouldChange(Label now, List<List<Change>> candidates) {
        Map<Label, List<WhatIf>> byOutcome = new LinkedHashMap<>();
        boolean tooLarge = false;
        for (List<Change> changes : candidates) {
            if (changes.isEmpty()) continue;
            Label then = v.relabelled(claim, changes);
            if (then == null) tooLarge = true;
            else if (then != now) byOutcome.computeIfAbsent(then, k -> new ArrayList<>()).add(new WhatIf(changes, Map.of(c.id(), then)));
        }
        byOutcome.forEach((then, whatIfs) -> {
            Sentence conditions = null;
            for (WhatIf w : whatIfs) {
                Sentence next = condition(v, w.changes(), c.id());
                conditions = conditions == null ? next : Sentence.of("whatif.or", conditions, next);
            }
            out.add(new LabelReason(c.id(), now, WHAT_WOULD_CHANGE, then.name(),
                    Sentence.of("reason.whatif", name(c), Sentence.of("whatif.outcome." + then.word()), conditions), whatIfs));
        });
        if (tooLarge && byOutcome.isEmpty()) {
            add(now, WHAT_WOULD_CHANGE, "", Sentence.of("reason.whatif.too-large", name(c), Verdicts.WHAT_IF_LIMIT));
        }
    }

    /**
     * "if «B» and «C» were defeated", "if it were preferred over both «B» and «C»": the condition of a
     * what-if, worded from its changes (defeats together, then preferences by the claim preferred, then
     * claims established); {@code subject}, the claim the sentence is about, is "it".
     */
    static Sentence condition(Verdicts v, List<Change> changes, String subject) {
        List<String> defeated = new ArrayList<>(), established = new ArrayList<>();
        Map<String, List<String>> preferred = new LinkedHashMap<>();
        for (Change change : changes) {
            switch (change) {
                case Change.Defeat(String x) -> defeated.add(x);
                case Change.Establish(String x) -> established.add(x);
                case Change.Prefer(String w, String l) -> preferred.computeIfAbsent(w, k -> new ArrayList<>()).add(l);
            }
        }
        List<Sentence> parts = new ArrayList<>();
        if (!defeated.isEmpty()) parts.add(Sentence.of("whatif.defeated", named(v, defeated)));
        preferred.forEach((w, over) -> {
            Object who = w.equals(subject) ? Sentence.of("whatif.it") : named(v, w);
            parts.add(over.size() == 2
                    ? Sentence.of("whatif.preferred.two", who, named(v, over.get(0)), named(v, over.get(1)))
                    : Sentence.of("whatif.preferred." + (over.size() == 1 ? "one" : "many"), who, named(v, over)));
        });
        if (!established.isEmpty()) parts.add(Sentence.of("whatif.established", named(v, established)));
        return Sentence.of("whatif.if", Sentence.list(parts));
    }

    private static String named(Verdicts v, String id) {
        return Explain.title(v.map.claim(id).orElse(Claim.of(id, "")));
    }

    private static Sentence.Listing named(Verdicts v, List<String> ids) {
        return Sentence.list(ids.stream().map(id -> named(v, id)).toList());
    }

    private static List<Change> defeat(List<String> claims) {
        return claims.stream().<Change>map(Change.Defeat::new).toList();
    }

    private List<Change> preferOver(List<String> claims) {
        return claims.stream().<Change>map(x -> new Change.Prefer(c.id(), x)).toList();
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
        Map<String, Sentence> ways = new LinkedHashMap<>();
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
        out.add(new LabelReason(c.id(), label, rule, about, text, List.of()));
    }
}
