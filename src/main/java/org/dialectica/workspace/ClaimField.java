package org.dialectica.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;

/** The parts of a claim two people may change independently: what a merge compares one by one. */
public enum ClaimField {
    TITLE(Claim::displayTitle),
    TEXT(Claim::text),
    ORIGINAL(Claim::originalText),
    LANGUAGE(Claim::language),
    KIND(Claim::kind),
    PAPER(c -> c.source() == null ? null : c.source().paper()),
    LOCATOR(c -> c.source() == null ? null : c.source().locator()),
    QUOTE(c -> c.source() == null ? null : c.source().quote()),
    ACTORS(Claim::actors),
    TAGS(Claim::tags),
    PROPOSITION(Claim::proposition),
    ASSERTED_BY(Claim::assertedBy),
    WEIGHT(Claim::weight),
    PREFERRED_OVER(Claim::preferredOver);

    private final Function<Claim, Object> get;

    ClaimField(Function<Claim, Object> get) {
        this.get = get;
    }

    /** The field's value in a claim (normalised as the claim keeps it, so equal means unchanged). */
    public Object of(Claim claim) {
        return get.apply(claim);
    }

    /** The claim with one field taken from another version of it. */
    public Claim take(Claim into, Claim from) {
        Map<ClaimField, Object> values = values(into);
        values.put(this, of(from));
        return compose(into.id(), values);
    }

    /** The three-way merge of a claim: base as a form was opened with it, mine as saved, theirs as stored now. */
    public static Merge.Result<ClaimField> merge(Claim base, Claim mine, Claim theirs) {
        return Merge.of(List.of(values()), f -> f.of(base), f -> f.of(mine), f -> f.of(theirs));
    }

    /** The merged claim: this side's fields, but those only the other side changed taken from theirs. */
    public static Claim merged(Merge.Result<ClaimField> result, Claim mine, Claim theirs) {
        Map<ClaimField, Object> values = new EnumMap<>(ClaimField.class);
        for (ClaimField f : values()) values.put(f, result.value(f, x -> x.of(mine), x -> x.of(theirs)));
        return compose(mine.id(), values);
    }

    private static Map<ClaimField, Object> values(Claim claim) {
        Map<ClaimField, Object> values = new EnumMap<>(ClaimField.class);
        for (ClaimField f : values()) values.put(f, f.of(claim));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Claim compose(String id, Map<ClaimField, Object> v) {
        return new Claim(id, (String) v.get(TITLE), (String) v.get(TEXT), (String) v.get(ORIGINAL), (String) v.get(LANGUAGE),
                (ClaimKind) v.get(KIND), (List<String>) v.get(ACTORS), (List<String>) v.get(TAGS),
                new Source((String) v.get(PAPER), (String) v.get(LOCATOR), (String) v.get(QUOTE)),
                (Proposition) v.get(PROPOSITION), (String) v.get(ASSERTED_BY), (Double) v.get(WEIGHT),
                (List<String>) v.get(PREFERRED_OVER));
    }
}
