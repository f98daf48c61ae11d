package org.dialectica.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "audit_event")
class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    OffsetDateTime at;
    String actor;
    @Column(nullable = false)
    String action;
    String detail;

    protected AuditEntity() {}

    AuditEntity(String actor, String action, String detail) {
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }
}
