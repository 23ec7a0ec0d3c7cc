package dev.ladder.audit;

import java.time.Instant;
import java.util.UUID;

/** A log entry with its moderator's handle and name (both null for the flags' own actions), read in one query. */
record AuditRow(
        UUID id,
        Instant at,
        String moderatorHandle,
        String moderatorName,
        String action,
        String targetType,
        UUID targetId,
        String detail) {
    static final String SELECT = "select new dev.ladder.audit.AuditRow(p.id, p.at, u.handle, u.displayName,"
            + " p.action, p.targetType, p.targetId, p.detail)"
            + " from AuditEntry p left join User u on u.id = p.moderatorId";
}
