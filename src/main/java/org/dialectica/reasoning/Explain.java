package org.dialectica.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
import org.dialectica.map.Vocabulary;

/**
 * The sentences rules attach to what they derive. Kept in Java so that every rule words its
 * explanation the same way and the .drl files stay about the logic. Each returns a
 * {@link Sentence} that remembers claim ids and words itself from the current claims when read.
 */
public final class Explain {
    private Explain() {}

    /** «Title», the way a claim is named where its paper is already plain (reasons, comparisons). */
    public static String title(Claim claim) {
        return "«" + claim.displayTitle() + "»";
    }

    /** «Title» (paper 000_x.txt), the way a claim is named in every explanation. */
    public static String name(Claim claim) {
        return claim.source() != null && claim.source().paper() != null
                ? title(claim) + " (" + claim.source().paper() + ")"
                : title(claim);
    }

    public static Sentence contrary(Names names, Claim first, Claim second) {
        String a = first.id(), b = second.id();
        return () -> {
            Claim x = names.claim(a), y = names.claim(b);
            Proposition p = x.proposition(), q = y.proposition();
            if (p == null || q == null) return name(x) + " and " + name(y) + " are contraries.";
            return name(x) + " says " + p.subject() + "'s " + p.dimension() + " " + p.direction() + " (" + p.span()
                    + ") while " + name(y) + " says it " + q.direction() + " (" + q.span() + "): the same subject and"
                    + " dimension in overlapping years, in opposite directions, so both cannot stand.";
        };
    }

    public static Sentence declared(Names names, Claim first, Claim second, String how) {
        String a = first.id(), b = second.id();
        return () -> name(names.claim(a)) + " and " + name(names.claim(b)) + " are declared " + how + " in the map.";
    }

    public static Sentence selfContradiction(Names names, String assertor, Claim first, Claim second, Conflict conflict) {
        String a = first.id(), b = second.id();
        return () -> assertor + " asserts both " + name(names.claim(a)) + " and " + name(names.claim(b))
                + ", which are in conflict (" + conflict.getKind().word() + ").";
    }

    public static Sentence conflictRebuttal(Names names, Claim from, Claim to, Conflict conflict) {
        String f = from.id(), t = to.id();
        return () -> name(names.claim(f)) + " rebuts " + name(names.claim(t)) + " because they are in conflict ("
                + conflict.getKind().word() + "): " + conflict.getExplanation();
    }

    public static Sentence rebut(Names names, Claim from, Claim to) {
        String f = from.id(), t = to.id();
        return () -> name(names.claim(f)) + " attacks " + name(names.claim(t))
                + ", which is the conclusion of a support: a rebuttal.";
    }

    public static Sentence rebutStandalone(Names names, Claim from, Claim to) {
        String f = from.id(), t = to.id();
        return () -> name(names.claim(f)) + " attacks " + name(names.claim(t))
                + ", which is neither a premise nor a conclusion of any support: a rebuttal of the claim itself.";
    }

    public static Sentence undermine(Names names, Claim from, Claim to) {
        String f = from.id(), t = to.id();
        return () -> name(names.claim(f)) + " attacks " + name(names.claim(t))
                + ", which is a premise supporting other claims: it undermines the premise.";
    }

    public static Sentence undercut(Names names, Claim from, Claim premise, Claim conclusion) {
        String f = from.id(), p = premise.id(), c = conclusion.id();
        return () -> name(names.claim(f)) + " attacks the inference from " + name(names.claim(p)) + " to "
                + name(names.claim(c)) + ", not either claim: an undercut.";
    }

    public static Sentence cycle(Names names, List<String> cycle) {
        List<String> copy = List.copyOf(cycle);
        return () -> "These claims support each other in a circle: " + copy.stream().map(id -> name(names.claim(id)))
                .collect(Collectors.joining(", ")) + ". Circular support gives none of them a ground of its own.";
    }

    public static Sentence contradictoriesBothFall(Names names, Claim first, Claim second) {
        String a = first.id(), b = second.id();
        return () -> name(names.claim(a)) + " and " + name(names.claim(b)) + " are contradictory, so one of them must be"
                + " true, yet neither stands: the map lacks the grounds for one, or wrongly defeats it.";
    }

    public static Sentence preferencesCancel(Names names, Claim first, Claim second) {
        String a = first.id(), b = second.id();
        return () -> name(names.claim(a)) + " and " + name(names.claim(b)) + " are each said to be preferred over the"
                + " other, so neither preference holds.";
    }

    public static Sentence unknownPreference(Names names, Claim claim, String unknown) {
        String c = claim.id();
        return () -> name(names.claim(c)) + " is said to be preferred over '" + unknown + "', which the map does not hold.";
    }

    public static Sentence thesisWithoutSupport(Names names, Claim thesis) {
        String t = thesis.id();
        return () -> "The thesis " + name(names.claim(t)) + " has no support: nothing in the map argues for it.";
    }

    public static Sentence claimWithoutSource(Names names, Claim claim) {
        String c = claim.id();
        return () -> name(names.claim(c)) + " cites no source: give the paper, the page or section, and the quote.";
    }

    public static Sentence attackUnanswered(Names names, Claim attacker, Claim target) {
        String a = attacker.id(), t = target.id();
        return () -> name(names.claim(a)) + " attacks " + name(names.claim(t)) + " and nothing in the map attacks "
                + name(names.claim(a)) + ": the attack is left unanswered.";
    }

    public static Sentence isolated(Names names, Claim claim) {
        String c = claim.id();
        return () -> name(names.claim(c)) + " is connected to nothing: no support, attack or conflict, drawn or derived.";
    }

    public static Sentence unknownDescriptorWord(Names names, Claim claim, Vocabulary.Unknown unknown, Vocabulary vocabulary) {
        String c = claim.id();
        if (unknown.field().equals("dimension")) {
            return () -> name(names.claim(c)) + " is about the dimension '" + unknown.word() + "', which the descriptor"
                    + " vocabulary (descriptors.yaml beside the rules) does not list: it is compared only with claims of"
                    + " exactly that dimension, so a misspelling would keep it from every claim it should meet.";
        }
        return () -> name(names.claim(c)) + " has the direction '" + unknown.word() + "', which the descriptor vocabulary"
                + " (descriptors.yaml beside the rules) does not list, so it can conflict with no claim; known directions: "
                + vocabulary.knownDirections() + ".";
    }

    public static Sentence illegal(Names names, Claim claim, Label label, String why) {
        String c = claim.id();
        return () -> name(names.claim(c)) + " is labelled " + label + " but " + why + ".";
    }

    private static String join(Collection<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
