package dev.ladder.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What a moderator did, when, to what. {@code moderator} is null when the flags hid a post on
 * their own; {@code detail} says why or how much (a close reason, a flag count, changed fields).
 */
public record AuditEntryView(UUID id, Instant at, Moderator moderator, String action, Target target, String detail) {

    public record Moderator(String handle, String displayName) {}

    public record Target(String type, UUID id) {}

    static AuditEntryView of(AuditRow row) {
        return new AuditEntryView(
                row.id(),
                row.at(),
                row.moderatorHandle() == null ? null : new Moderator(row.moderatorHandle(), row.moderatorName()),
                row.action(),
                new Target(row.targetType(), row.targetId()),
                row.detail());
    }
}
