package dev.ladder.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ladder.audit.AuditAction;
import dev.ladder.common.WireNames;
import dev.ladder.post.Moderation;

/** How a moderator resolves a post's open flags: what happens to the post, what the flags become, what the log says. */
public enum FlagAction {
    /** The post is fine: a hidden one comes back. */
    DISMISS(Moderation.RESTORE, FlagStatus.DISMISSED, AuditAction.FLAGS_DISMISSED),
    /** The post stays out of readers' sight; its author still sees it. */
    HIDE(Moderation.HIDE, FlagStatus.HIDDEN, AuditAction.FLAGS_HIDE),
    DELETE(Moderation.DELETE, FlagStatus.DELETED, AuditAction.FLAGS_DELETE);

    final Moderation moderation;
    final FlagStatus resolution;
    final AuditAction logged;

    FlagAction(Moderation moderation, FlagStatus resolution, AuditAction logged) {
        this.moderation = moderation;
        this.resolution = resolution;
        this.logged = logged;
    }

    @JsonValue
    @Override
    public String toString() {
        return WireNames.of(this);
    }
}
