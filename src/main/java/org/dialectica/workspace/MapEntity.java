package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "argument_map")
class MapEntity {
    @Id
    String id;
    @Column(nullable = false)
    String title;
    String description;
    // not @Version: edits to different claims of one map must not conflict; claims carry their own
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected MapEntity() {}

    MapEntity(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }
}
