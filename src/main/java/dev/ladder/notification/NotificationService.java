package dev.ladder.notification;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The caller's notifications, resolved from the facts when read (see {@link Notifier}), and how far they read. */
@ApplicationScoped
public class NotificationService {
    /** The unread count stops here: past it a client shows "99+", and the count costs no more. */
    static final int UNREAD_CAP = 100;

    /** The first key of a notifications cursor; the second is the id the next page starts below. */
    private static final String CURSOR = "newest";

    private final NotificationRepository notifications;
    private final CurrentUser me;

    NotificationService(NotificationRepository notifications, CurrentUser me) {
        this.notifications = notifications;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(boolean unreadOnly, PageRequest page) {
        UUID reader = me.id();
        Cursor cursor = page.cursor(2);
        long before =
                cursor == null ? Long.MAX_VALUE : cursor.requireSort(CURSOR).longInteger(1);
        long readUpTo = notifications.readUpTo(reader);
        return Page.of(
                notifications.newestBetween(reader, unreadOnly ? readUpTo : 0, before, page.limit + 1),
                page.limit,
                row -> Cursor.of(CURSOR, row.id()),
                row -> NotificationView.of(row, readUpTo));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnreadCount unreadCount() {
        UUID reader = me.id();
        return unreadCount(reader, Long.MAX_VALUE);
    }

    /** The reader's unread notifications below {@code before}, up to {@link #UNREAD_CAP}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    UnreadCount unreadCount(UUID reader, long before) {
        return new UnreadCount(notifications.countBetween(reader, notifications.readUpTo(reader), before, UNREAD_CAP));
    }

    /** The reader's notifications after {@code after}, oldest first: what their stream sends next. */
    @Transactional
    List<NotificationView> after(UUID reader, long after, int limit) {
        long readUpTo = notifications.readUpTo(reader);
        return notifications.oldestAfter(reader, after, limit).stream()
                .map(row -> NotificationView.of(row, readUpTo))
                .toList();
    }

    /** Which of {@code readers} follow the question or topic a fact was about (see {@link NotificationRepository#followers}). */
    @Transactional
    List<UUID> followers(String kind, String key, List<UUID> readers) {
        return notifications.followers(kind, key, readers);
    }

    /** The newest event id of all: a stream opened without Last-Event-ID sends what comes after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    long newestId() {
        return notifications.newestId();
    }

    @Transactional
    public void markRead(long upTo) {
        notifications.markRead(me.id(), upTo);
    }
}
