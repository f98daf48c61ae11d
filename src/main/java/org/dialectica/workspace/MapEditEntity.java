package org.dialectica.workspace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** One recorded edit of a map; the description and both lists of changes are JSON ({@link ChangeJson}). */
@Entity
@Table(name = "map_edit")
class MapEditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "map_id", nullable = false)
    String mapId;
    @Column(name = "edited_at", nullable = false)
    OffsetDateTime at;
    @Column(name = "author_login")
    String authorLogin;
    @Column(name = "author_name")
    String authorName;
    @Column(nullable = false)
    String description;
    @Column(nullable = false)
    String changes;
    @Column(nullable = false)
    String undo;
    @ElementCollection
    @CollectionTable(name = "map_edit_claim", joinColumns = @JoinColumn(name = "edit_id"))
    @Column(name = "claim_id", nullable = false)
    Set<String> claims = new LinkedHashSet<>();

    protected MapEditEntity() {}

    MapEditEntity(String mapId, String authorLogin, String authorName) {
        this.mapId = mapId;
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.at = OffsetDateTime.now();
    }
}
