package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dialectica.map.Argument;
import org.dialectica.map.Attack;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;

/** The drawn relations of a map as stored, each a row keyed by its map. */
final class RelationEntities {
    private RelationEntities() {}

    @Entity
    @Table(name = "support")
    static class SupportEntity {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "map_id", nullable = false)
        String mapId;
        @Column(name = "from_claim", nullable = false)
        String fromClaim;
        @Column(name = "to_claim", nullable = false)
        String toClaim;
        @Column(name = "argument_id")
        String argumentId;

        protected SupportEntity() {}

        SupportEntity(String mapId, Support support) {
            this.mapId = mapId;
            this.fromClaim = support.from();
            this.toClaim = support.to();
            this.argumentId = support.argumentId();
        }

        Support toSupport() {
            return new Support(fromClaim, toClaim, argumentId);
        }
    }

    @Entity
    @Table(name = "attack")
    static class AttackEntity {
        static final int TARGET = 700;

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "map_id", nullable = false)
        String mapId;
        @Column(name = "from_claim", nullable = false)
        String fromClaim;
        @Column(nullable = false)
        String target;
        @Column(name = "on_support", nullable = false)
        boolean onSupport;

        protected AttackEntity() {}

        AttackEntity(String mapId, Attack attack) {
            FieldTooLongException.check("attack of '" + FieldTooLongException.shortened(attack.from()) + "'", "target",
                    attack.target(), TARGET);
            this.mapId = mapId;
            this.fromClaim = attack.from();
            this.target = attack.target();
            this.onSupport = attack.onSupport();
        }

        Attack toAttack() {
            return new Attack(fromClaim, target, onSupport);
        }
    }

    @Entity
    @Table(name = "opposition")
    static class OppositionEntity {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "map_id", nullable = false)
        String mapId;
        @Column(name = "claim_a", nullable = false)
        String claimA;
        @Column(name = "claim_b", nullable = false)
        String claimB;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Opposition.Type type;

        protected OppositionEntity() {}

        OppositionEntity(String mapId, Opposition opposition) {
            this.mapId = mapId;
            this.claimA = opposition.a();
            this.claimB = opposition.b();
            this.type = opposition.type();
        }

        Opposition toOpposition() {
            return new Opposition(claimA, claimB, type);
        }
    }

    @Entity
    @Table(name = "argument")
    static class ArgumentEntity {
        static final int PREMISES = 10_000;

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "map_id", nullable = false)
        String mapId;
        @Column(name = "argument_id", nullable = false)
        String argumentId;
        String title;
        String description;
        @Column(nullable = false)
        String premises;
        String conclusion;

        protected ArgumentEntity() {}

        ArgumentEntity(String mapId, Argument argument) {
            String owner = "argument '" + FieldTooLongException.shortened(argument.id()) + "'";
            FieldTooLongException.check(owner, "id", argument.id(), FieldLimits.ID);
            FieldTooLongException.check(owner, "title", argument.title(), FieldLimits.MEDIUM);
            FieldTooLongException.check(owner, "description", argument.description(), FieldLimits.LONG);
            FieldTooLongException.check(owner, "premises", StoredList.join(argument.premises()), PREMISES);
            FieldTooLongException.check(owner, "conclusion", argument.conclusion(), FieldLimits.ID);
            this.mapId = mapId;
            this.argumentId = argument.id();
            this.title = argument.title();
            this.description = argument.description();
            this.premises = StoredList.join(argument.premises());
            this.conclusion = argument.conclusion();
        }

        Argument toArgument() {
            return new Argument(argumentId, title, description, StoredList.split(premises), conclusion);
        }
    }
}
