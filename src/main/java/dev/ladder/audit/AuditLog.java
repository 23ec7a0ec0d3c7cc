package dev.ladder.audit;

import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The moderation log: every moderator action is recorded in the transaction that does it, so an
 * action and its entry land together or not at all.
 */
@ApplicationScoped
public class AuditLog {
    private final AuditRepository entries;
    private final CurrentUser me;

    AuditLog(AuditRepository entries, CurrentUser me) {
        this.entries = entries;
        this.me = me;
    }

    /** The signed-in moderator did {@code action} to the {@code targetType} {@code targetId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String targetType, UUID targetId, String detail) {
        entries.persist(new AuditEntry(me.id(), action, targetType, targetId, detail));
    }

    /** The flags did {@code action} on their own, in whoever's request brought the last one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByFlags(AuditAction action, String targetType, UUID targetId, String detail) {
        entries.persist(new AuditEntry(null, action, targetType, targetId, detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> page(PageRequest page) {
        return Page.of(
                entries.page(page.cursor(3), page.limit),
                page.limit,
                AuditSort.NEWEST::cursorAfter,
                AuditEntryView::of);
    }
}
