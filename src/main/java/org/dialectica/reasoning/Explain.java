package org.dialectica.reasoning;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dialectica.map.Claim;
import org.dialectica.map.Proposition;
import org.dialectica.map.Vocabulary;

/**
 * The sentences rules attach to what they derive. Kept in Java so that every rule words its
 * explanation the same way and the .drl files stay about the logic. Each {@link Sentence} keeps
 * claim ids and names the claims as they are when it is read, in the reader's language.
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

    /** What a claim asserts as one line in the reader's words: "Russia — regional position rises (2020–2023)". */
    public static Sentence proposition(Proposition p) {
        return p.span().equals(org.dialectica.map.TimeSpan.ALWAYS)
                ? Sentence.of("proposition.line", p.subject(), Sentence.descriptor(p.dimension()), Sentence.predicate(p.direction()))
                : Sentence.of("proposition.line.span", p.subject(), Sentence.descriptor(p.dimension()), Sentence.predicate(p.direction()), p.span());
    }

    /** The claim named as it is when read, not as it was when the fact was derived. */
    private static Supplier<String> named(Names names, Claim claim) {
        String id = claim.id();
        return () -> name(names.claim(id));
    }

    public static Sentence contrary(Names names, Claim first, Claim second) {
        String a = first.id(), b = second.id();
        return Sentence.later(() -> {
            Claim x = names.claim(a), y = names.claim(b);
            Proposition p = x.proposition(), q = y.proposition();
            if (p == null || q == null) return Sentence.of("conflict.contrary.plain", name(x), name(y));
            return Sentence.of("conflict.contrary.descriptors", name(x), p.subject(), Sentence.descriptor(p.dimension()),
                    Sentence.predicate(p.direction()), p.span(), name(y), Sentence.predicate(q.direction()), q.span());
        });
    }

    /** Two claims an opposition in the map declares {@code kind} (contrary or contradictory). */
    public static Sentence declared(Names names, Claim first, Claim second, ConflictKind kind) {
        return Sentence.of("conflict.declared." + kind.word(), named(names, first), named(names, second));
    }

    public static Sentence selfContradiction(Names names, String assertor, Claim first, Claim second, Conflict conflict) {
        return Sentence.of("conflict.self-contradiction", assertor, named(names, first), named(names, second), conflict.getKind());
    }

    public static Sentence conflictRebuttal(Names names, Claim from, Claim to, Conflict conflict) {
        return Sentence.of("attack.rebut.conflict", named(names, from), named(names, to), conflict.getKind(), conflict.explanation());
    }

    public static Sentence rebut(Names names, Claim from, Claim to) {
        return Sentence.of("attack.rebut", named(names, from), named(names, to));
    }

    public static Sentence rebutStandalone(Names names, Claim from, Claim to) {
        return Sentence.of("attack.rebut.standalone", named(names, from), named(names, to));
    }

    public static Sentence undermine(Names names, Claim from, Claim to) {
        return Sentence.of("attack.undermine", named(names, from), named(names, to));
    }

    public static Sentence undercut(Names names, Claim from, Claim premise, Claim conclusion) {
        return Sentence.of("attack.undercut", named(names, from), named(names, premise), named(names, conclusion));
    }

    public static Sentence cycle(Names names, List<String> cycle) {
        List<String> copy = List.copyOf(cycle);
        Supplier<String> members = () -> copy.stream().map(id -> name(names.claim(id))).collect(Collectors.joining(", "));
        return Sentence.of("finding.circular-support", members);
    }

    public static Sentence contradictoriesBothFall(Names names, Claim first, Claim second) {
        return Sentence.of("finding.contradictories-both-fall", named(names, first), named(names, second));
    }

    public static Sentence preferencesCancel(Names names, Claim first, Claim second) {
        return Sentence.of("finding.conflicting-preferences", named(names, first), named(names, second));
    }

    public static Sentence unknownPreference(Names names, Claim claim, String unknown) {
        return Sentence.of("finding.unknown-preference", named(names, claim), unknown);
    }

    public static Sentence thesisWithoutSupport(Names names, Claim thesis) {
        return Sentence.of("finding.thesis-without-support", named(names, thesis));
    }

    public static Sentence claimWithoutSource(Names names, Claim claim) {
        return Sentence.of("finding.claim-without-source", named(names, claim));
    }

    /** @param locator where the claim says the quote is, null when it does not say */
    public static Sentence quoteNotInPaper(Names names, Claim claim, String paper, String locator) {
        return locator == null ? Sentence.of("finding.quote-not-in-paper", named(names, claim), paper)
                : Sentence.of("finding.quote-not-in-paper.at", named(names, claim), paper, locator);
    }

    public static Sentence attackUnanswered(Names names, Claim attacker, Claim target) {
        return Sentence.of("finding.attack-unanswered", named(names, attacker), named(names, target));
    }

    public static Sentence isolated(Names names, Claim claim) {
        return Sentence.of("finding.isolated-claim", named(names, claim));
    }

    public static Sentence unknownDescriptorWord(Names names, Claim claim, Vocabulary.Unknown unknown, Vocabulary vocabulary) {
        return unknown.field().equals("dimension")
                ? Sentence.of("finding.unknown-descriptor-word.dimension", named(names, claim), unknown.word())
                : Sentence.of("finding.unknown-descriptor-word.direction", named(names, claim), unknown.word(),
                        vocabulary.knownDirections());
    }

    /**
     * A label that breaks a labelling condition; {@code why} names the condition
     * ({@code defeater-stands}, {@code no-grounds}, {@code premise-falls}, {@code undercutter-stands},
     * {@code no-defeater}) and {@code about} the claim it is about, if any.
     */
    public static Sentence illegal(Names names, Claim claim, Label label, String why, String... about) {
        Object[] titles = java.util.Arrays.stream(about).map(id -> (Supplier<String>) () -> title(names.claim(id))).toArray();
        return Sentence.of("finding.illegal-label", named(names, claim), label, Sentence.of("illegal." + why, titles));
    }
}
