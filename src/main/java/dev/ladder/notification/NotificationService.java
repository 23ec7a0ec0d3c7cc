package dev.ladder.notification;

import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The caller's notifications, resolved from the facts when read (see {@link Notifier}), and how far they read. */
@ApplicationScoped
public class NotificationService {
    /** The unread count stops here: past it a client shows "99+", and the count costs no more. */
    static final int UNREAD_CAP = 100;

    private final NotificationRepository notifications;
    private final CurrentUser me;

    NotificationService(NotificationRepository notifications, CurrentUser me) {
        this.notifications = notifications;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(boolean unreadOnly, PageRequest page) {
        UUID reader = me.id();
        long readUpTo = notifications.readUpTo(reader);
        return Page.of(
                notifications.page(reader, unreadOnly ? readUpTo : null, page.cursor(3), page.limit),
                page.limit,
                NotificationSort.NEWEST::cursorAfter,
                row -> NotificationView.of(row, readUpTo));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnreadCount unreadCount() {
        UUID reader = me.id();
        return new UnreadCount(notifications.countAfter(reader, notifications.readUpTo(reader), UNREAD_CAP));
    }

    @Transactional
    public void markRead(long upTo) {
        notifications.markRead(me.id(), upTo);
    }
}
