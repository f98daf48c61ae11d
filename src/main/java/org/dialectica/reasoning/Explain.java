package org.dialectica.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;

/**
 * The sentences rules attach to what they derive. Kept in Java so that every rule words its
 * explanation the same way and the .drl files stay about the logic.
 */
public final class Explain {
    private Explain() {}

    /** «Title» (paper 000_x.txt), the way a claim is named in every explanation. */
    public static String name(Claim claim) {
        String title = "«" + claim.displayTitle() + "»";
        return claim.source() != null && claim.source().paper() != null
                ? title + " (" + claim.source().paper() + ")"
                : title;
    }

    public static String contrary(Claim a, Claim b) {
        Proposition p = a.proposition(), q = b.proposition();
        return name(a) + " says " + p.subject() + "'s " + p.dimension() + " " + p.direction() + " (" + p.span() + ")"
                + " while " + name(b) + " says it " + q.direction() + " (" + q.span() + "): the same subject and"
                + " dimension in overlapping years, in opposite directions, so both cannot stand.";
    }

    public static String declared(Claim a, Claim b, String how) {
        return name(a) + " and " + name(b) + " are declared " + how + " in the map.";
    }

    public static String selfContradiction(String assertor, Claim a, Claim b, Conflict conflict) {
        return assertor + " asserts both " + name(a) + " and " + name(b) + ", which are in conflict ("
                + conflict.getKind().word() + ").";
    }

    public static String conflictRebuttal(Claim from, Claim to, Conflict conflict) {
        return name(from) + " rebuts " + name(to) + " because they are in conflict (" + conflict.getKind().word()
                + "): " + conflict.getExplanation();
    }

    public static String rebut(Claim from, Claim to) {
        return name(from) + " attacks " + name(to) + ", which is the conclusion of a support: a rebuttal.";
    }

    public static String rebutStandalone(Claim from, Claim to) {
        return name(from) + " attacks " + name(to) + ", which is neither a premise nor a conclusion of any"
                + " support: a rebuttal of the claim itself.";
    }

    public static String undermine(Claim from, Claim to) {
        return name(from) + " attacks " + name(to) + ", which is a premise supporting other claims:"
                + " it undermines the premise.";
    }

    public static String undercut(Claim from, Claim premise, Claim conclusion) {
        return name(from) + " attacks the inference from " + name(premise) + " to " + name(conclusion)
                + ", not either claim: an undercut.";
    }

    public static String supportedAttack(Claim from, Claim to, SupportPath path, Claim attacker) {
        return name(from) + " supports " + name(attacker) + " (" + path + "), and " + name(attacker)
                + " attacks " + name(to) + ", so " + name(from) + " attacks " + name(to) + " too (supported attack).";
    }

    public static String secondaryAttack(Claim from, Claim to, SupportPath path, Claim attacked) {
        return name(from) + " attacks " + name(attacked) + ", and " + name(attacked) + " supports " + name(to)
                + " (" + path + "), so " + name(from) + " attacks " + name(to) + " too (secondary attack).";
    }

    public static String chain(SupportPath path) {
        return "Support chain " + path + " ends at the thesis " + path.getLast() + ".";
    }

    public static String cycle(List<String> cycle) {
        return "These claims support each other in a circle: " + String.join(" +> ", cycle) + " +> "
                + cycle.get(0) + ". Circular support gives none of them a ground.";
    }

    public static String thesisWithoutSupport(Claim thesis) {
        return "The thesis " + name(thesis) + " has no support: nothing in the map argues for it.";
    }

    public static String claimWithoutSource(Claim claim) {
        return name(claim) + " cites no source: give the paper, the page or section, and the quote.";
    }

    public static String attackUnanswered(Claim attacker, Claim target) {
        return name(attacker) + " attacks " + name(target) + " and nothing in the map attacks "
                + name(attacker) + ": the attack is left unanswered.";
    }

    public static String isolated(Claim claim) {
        return name(claim) + " is connected to nothing: no support, attack or conflict, drawn or derived.";
    }

    public static String unattacked(Claim claim) {
        return name(claim) + " is IN: nothing attacks it.";
    }

    public static String allAttackersOut(Claim claim, Collection<String> attackers) {
        return name(claim) + " is IN: every attacker is OUT (" + join(attackers) + ").";
    }

    public static String attackedByIn(Claim claim, String attacker) {
        return name(claim) + " is OUT: it is attacked by " + attacker + ", which is IN.";
    }

    public static String undecided(Claim claim, String attacker) {
        return name(claim) + " is UNDEC: no attacker is IN, but " + attacker
                + " is undecided, as on an unresolved cycle of attacks.";
    }

    public static String illegal(Claim claim, Label label, String why) {
        return name(claim) + " is labelled " + label + " but " + why + ".";
    }

    private static String join(Collection<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
