package org.dialectica.debate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of {@code debate}: what a debate started from; its moves are {@link MoveRow}s. */
@Entity
@Table(name = "debate")
class DebateRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String title;
    @Column(name = "source_map_id")
    String sourceMapId;
    @Column(name = "starting_map", nullable = false)
    String startingMap;
    @Column(nullable = false)
    String setup;
    String positions;
    @Column(nullable = false)
    String moderator;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(nullable = false)
    boolean closed;

    protected DebateRow() {}

    DebateRow(String title, String sourceMapId, String startingMap, String setup, String positions, String moderator,
            OffsetDateTime createdAt) {
        this.title = title;
        this.sourceMapId = sourceMapId;
        this.startingMap = startingMap;
        this.setup = setup;
        this.positions = positions;
        this.moderator = moderator;
        this.createdAt = createdAt;
    }
}
