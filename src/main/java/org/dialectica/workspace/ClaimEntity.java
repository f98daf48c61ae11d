package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.TimeSpan;

/** A claim as stored; its version is what two editors of one claim are checked against. */
@Entity
@Table(name = "claim")
class ClaimEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "map_id", nullable = false)
    String mapId;
    @Column(name = "claim_id", nullable = false)
    String claimId;
    String title;
    @Column(nullable = false)
    String text;
    @Column(name = "original_text")
    String originalText;
    String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ClaimKind kind;
    String actors;
    String tags;
    String paper;
    String locator;
    String quote;
    String subject;
    String dimension;
    String direction;
    @Column(name = "year_from")
    Integer yearFrom;
    @Column(name = "year_to")
    Integer yearTo;
    @Column(name = "asserted_by")
    String assertedBy;
    Double weight;
    @Column(name = "preferred_over")
    String preferredOver;
    Double x;
    Double y;
    @Version
    long version;

    protected ClaimEntity() {}

    ClaimEntity(String mapId, Claim claim) {
        this.mapId = mapId;
        this.claimId = claim.id();
        update(claim);
    }

    // the column sizes of V1/V2: a longer value is refused here, by field, not by the database
    private static final int ID = FieldLimits.ID, SHORT = FieldLimits.SHORT, MEDIUM = FieldLimits.MEDIUM,
            LISTS = FieldLimits.LISTS, LONG = FieldLimits.LONG, LANGUAGE = FieldLimits.LANGUAGE;

    void update(Claim claim) {
        fits(claim, "id", claim.id(), ID);
        fits(claim, "title", claim.title(), MEDIUM);
        fits(claim, "text", claim.text(), LONG);
        fits(claim, "original text", claim.originalText(), LONG);
        fits(claim, "language", claim.language(), LANGUAGE);
        fits(claim, "actors", StoredList.join(claim.actors()), LISTS);
        fits(claim, "tags", StoredList.join(claim.tags()), LISTS);
        if (claim.source() != null) {
            fits(claim, "paper", claim.source().paper(), MEDIUM);
            fits(claim, "locator", claim.source().locator(), MEDIUM);
            fits(claim, "quote", claim.source().quote(), LONG);
        }
        if (claim.proposition() != null) {
            fits(claim, "subject", claim.proposition().subject(), SHORT);
            fits(claim, "dimension", claim.proposition().dimension(), SHORT);
            fits(claim, "direction", claim.proposition().direction(), SHORT);
        }
        fits(claim, "side", claim.assertedBy(), SHORT);
        fits(claim, "preferred-over", StoredList.join(claim.preferredOver()), LONG);
        title = claim.title();
        text = claim.text();
        originalText = claim.originalText();
        language = claim.language();
        kind = claim.kind();
        actors = StoredList.join(claim.actors());
        tags = StoredList.join(claim.tags());
        paper = claim.source() == null ? null : claim.source().paper();
        locator = claim.source() == null ? null : claim.source().locator();
        quote = claim.source() == null ? null : claim.source().quote();
        Proposition p = claim.proposition();
        subject = p == null ? null : p.subject();
        dimension = p == null ? null : p.dimension();
        direction = p == null ? null : p.direction();
        yearFrom = p == null ? null : p.span().from();
        yearTo = p == null ? null : p.span().to();
        assertedBy = claim.assertedBy();
        weight = claim.weight();
        preferredOver = StoredList.join(claim.preferredOver());
    }

    private static void fits(Claim claim, String field, String value, int max) {
        FieldTooLongException.check(owner(claim), field, value, max);
    }

    /** The claim as a message names it: its title when it has one, and its id. */
    static String owner(Claim claim) {
        String id = FieldTooLongException.shortened(claim.id());
        return claim.title() == null || claim.title().equals(claim.id()) ? "claim '" + id + "'"
                : "claim «" + FieldTooLongException.shortened(claim.title()) + "» ('" + id + "')";
    }

    Claim toClaim() {
        Proposition proposition = subject == null ? null : new Proposition(subject, dimension, direction, new TimeSpan(yearFrom, yearTo));
        return new Claim(claimId, title, text, originalText, language, kind, StoredList.split(actors), StoredList.split(tags),
                new Source(paper, locator, quote), proposition, assertedBy, weight, StoredList.split(preferredOver));
    }
}
