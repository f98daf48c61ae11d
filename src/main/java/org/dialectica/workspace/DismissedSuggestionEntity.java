package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A suggested conflict between two claims that someone dismissed on a map (V9). */
@Entity
@Table(name = "dismissed_suggestion")
@IdClass(DismissedSuggestionEntity.Key.class)
class DismissedSuggestionEntity {
    @Id
    @Column(name = "map_id")
    String mapId;
    @Id
    @Column(name = "claim_a")
    String claimA;
    @Id
    @Column(name = "claim_b")
    String claimB;
    @Column(name = "dismissed_by", nullable = false)
    String dismissedBy;
    @Column(name = "dismissed_at", nullable = false)
    OffsetDateTime dismissedAt;

    protected DismissedSuggestionEntity() {}

    DismissedSuggestionEntity(String mapId, String claimA, String claimB, String dismissedBy, OffsetDateTime dismissedAt) {
        this.mapId = mapId;
        this.claimA = claimA;
        this.claimB = claimB;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    record Key(String mapId, String claimA, String claimB) implements Serializable {
        Key() {
            this(null, null, null);
        }
    }
}
