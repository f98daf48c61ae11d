package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "argument_map")
class MapEntity implements Persistable<String> {
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
    @Column(name = "abstract_framework", nullable = false)
    boolean abstractFramework;
    /** The login of the person who owns it; null for the installation's maps (the seeds). */
    String owner;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Visibility visibility = Visibility.PRIVATE;
    @Column(name = "class_id")
    Long classId;
    // a new map is inserted, never merged: two maps created at once under one id must not become one
    @Transient
    private boolean isNew;

    protected MapEntity() {}

    MapEntity(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }
}
