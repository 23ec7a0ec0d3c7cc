package dev.ladder.notification;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository {
    private final EntityManager em;

    NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the reader's notifications, newest first; only those after {@code readUpTo} when unread only. */
    List<NotificationRow> page(UUID reader, Long unreadAfter, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(NotificationRow.SELECT).where(NotificationRow.LIVE, "reader", reader);
        if (unreadAfter != null) {
            query.where("e.id > :readUpTo", "readUpTo", unreadAfter);
        }
        return query.fetch(em, NotificationRow.class, NotificationSort.NEWEST, after, limit);
    }

    /** How many notifications come after {@code readUpTo}, counted up to {@code cap}: a badge shows "99+" past it. */
    int countAfter(UUID reader, long readUpTo, int cap) {
        return em.createQuery(
                        "select e.id from NotificationEvent e join Question q on q.id = e.questionId"
                                + " left join Answer a on a.id = e.answerId left join Comment c on c.id = e.commentId"
                                + " where " + NotificationRow.LIVE + " and e.id > :readUpTo order by e.id desc",
                        Long.class)
                .setParameter("reader", reader)
                .setParameter("readUpTo", readUpTo)
                .setMaxResults(cap)
                .getResultList()
                .size();
    }

    /** The event id the reader has read up to; 0 before they marked anything read. */
    long readUpTo(UUID reader) {
        List<?> rows = em.createNativeQuery("SELECT read_up_to FROM notification_reads WHERE user_id = ?1")
                .setParameter(1, reader)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Moves the mark forward only, and never past the newest event, so nothing still to come is read. */
    void markRead(UUID reader, long upTo) {
        em.createNativeQuery("INSERT INTO notification_reads (user_id, read_up_to)"
                        + " SELECT :reader, least(:upTo, coalesce((SELECT max(id) FROM notification_events), 0))"
                        + " ON CONFLICT (user_id) DO UPDATE"
                        + " SET read_up_to = greatest(notification_reads.read_up_to, EXCLUDED.read_up_to)")
                .setParameter("reader", reader)
                .setParameter("upTo", upTo)
                .executeUpdate();
    }
}
