package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The id of a deleted map, kept so that no new map takes it. */
@Entity
@Table(name = "deleted_map_id")
class DeletedMapId {
    @Id
    String id;
    @Column(name = "deleted_at", nullable = false)
    OffsetDateTime deletedAt;

    protected DeletedMapId() {}

    DeletedMapId(String id) {
        this.id = id;
        this.deletedAt = OffsetDateTime.now();
    }
}
