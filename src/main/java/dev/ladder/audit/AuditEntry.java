package dev.ladder.audit;

import dev.ladder.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the moderation log; written once, never changed (the table's trigger refuses it). */
@Entity
@Table(name = "moderation_log")
class AuditEntry {
    @Id
    UUID id;

    Instant at;

    /** Null for what the flags did on their own. */
    @Column(name = "moderator_id")
    UUID moderatorId;

    String action;

    @Column(name = "target_type")
    String targetType;

    @Column(name = "target_id")
    UUID targetId;

    String detail;

    protected AuditEntry() {}

    AuditEntry(UUID moderatorId, AuditAction action, String targetType, UUID targetId, String detail) {
        this.id = UUID.randomUUID();
        this.at = Timestamps.now();
        this.moderatorId = moderatorId;
        this.action = action.wireName();
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
    }
}
