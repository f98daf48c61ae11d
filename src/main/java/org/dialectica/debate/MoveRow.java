package org.dialectica.debate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of {@code debate_move}: a move as it was played, accepted or refused. */
@Entity
@Table(name = "debate_move")
class MoveRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "debate_id", nullable = false)
    long debateId;
    @Column(name = "move_index", nullable = false)
    int index;
    @Column(nullable = false)
    String move;
    @Column(name = "by_login", nullable = false)
    String byLogin;
    @Column(name = "played_at", nullable = false)
    OffsetDateTime playedAt;
    @Column(nullable = false)
    boolean accepted;
    @Column(name = "reason_key")
    String reasonKey;
    @Column(name = "reason_text")
    String reasonText;

    protected MoveRow() {}

    MoveRow(long debateId, int index, String move, String byLogin, OffsetDateTime playedAt, boolean accepted,
            String reasonKey, String reasonText) {
        this.debateId = debateId;
        this.index = index;
        this.move = move;
        this.byLogin = byLogin;
        this.playedAt = playedAt;
        this.accepted = accepted;
        this.reasonKey = reasonKey;
        this.reasonText = reasonText;
    }
}
