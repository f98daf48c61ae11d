package org.dialectica.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One person a map is shared with, and how. */
@Entity
@Table(name = "map_member")
@IdClass(MapMemberEntity.Key.class)
class MapMemberEntity {
    @Id
    @Column(name = "map_id")
    String mapId;
    @Id
    String login;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MapPolicy.Sharing access;

    protected MapMemberEntity() {}

    MapMemberEntity(String mapId, String login, MapPolicy.Sharing access) {
        this.mapId = mapId;
        this.login = login;
        this.access = access;
    }

    record Key(String mapId, String login) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
