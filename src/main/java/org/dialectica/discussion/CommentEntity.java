package org.dialectica.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** One row of {@code map_comment}: an opening comment (a thread) or a reply in one. */
@Entity
@Table(name = "map_comment")
class CommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "map_id", nullable = false)
    String mapId;
    @Column(nullable = false)
    String target;
    /** The thread's opening comment; null for the opening comment itself. */
    @Column(name = "parent_id")
    Long parentId;
    @Column(nullable = false)
    String author;
    @Column(name = "author_name", nullable = false)
    String authorName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(nullable = false)
    String body;
    @Column(name = "resolved_by")
    String resolvedBy;
    @Column(name = "resolved_by_name")
    String resolvedByName;
    @Column(name = "resolved_at")
    OffsetDateTime resolvedAt;

    protected CommentEntity() {}

    CommentEntity(String mapId, String target, Long parentId, String author, String authorName, String body) {
        this.mapId = mapId;
        this.target = target;
        this.parentId = parentId;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now();
    }

    /** Now, to the microsecond the column keeps: a comment reads back as it was written. */
    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    boolean opensThread() {
        return parentId == null;
    }

    Comment comment() {
        return new Comment(id, author, authorName, createdAt.toInstant(), body);
    }
}
