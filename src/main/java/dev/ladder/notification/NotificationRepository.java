package dev.ladder.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
public class NotificationRepository {
    /**
     * The ids of a reader's notifications: facts addressed to them, answers to the questions they
     * follow and the new questions of the topics they follow (one per topic and hour, under the id of
     * its newest question), each only since they followed, never their own acts, nothing about a
     * deleted post. Strictly between {@code :after} and {@code :before}, at most {@code :limit}, in
     * the order {@code %1$s} (DESC or ASC). Every branch is bounded on its own index (one probe per
     * follow), so a reader with 10,000 notifications pays for the page, not the history. Plain SQL
     * over other features' tables, which notifications depend on and not the reverse.
     */
    private static final String FEED = "SELECT id FROM ("
            + " (SELECT e.id FROM notification_events e"
            + "   JOIN questions q ON q.id = e.question_id AND q.deleted_at IS NULL"
            + "   LEFT JOIN answers a ON a.id = e.answer_id LEFT JOIN comments c ON c.id = e.comment_id"
            + "  WHERE e.recipient_id = :reader AND e.id > :after AND e.id < :before"
            + "   AND (a.id IS NULL OR a.deleted_at IS NULL) AND (c.id IS NULL OR c.deleted_at IS NULL)"
            + "  ORDER BY e.id %1$s LIMIT :limit)"
            + " UNION ALL"
            + " (SELECT answer.id FROM follows f JOIN questions q ON q.id = f.question_id AND q.deleted_at IS NULL"
            + "  CROSS JOIN LATERAL (SELECT e.id FROM notification_events e"
            + "   JOIN answers a ON a.id = e.answer_id AND a.deleted_at IS NULL"
            + "   WHERE e.type = 'answer' AND e.question_id = f.question_id AND e.id > :after AND e.id < :before"
            + "    AND e.created_at >= f.created_at AND e.actor_id <> :reader"
            + "   ORDER BY e.id %1$s LIMIT :limit) answer"
            + "  WHERE f.user_id = :reader AND f.question_id IS NOT NULL)"
            + " UNION ALL"
            // A batch's newest id is above :after exactly when one of its ids is, so that bound may
            // go inside; the bound below has to wait for the whole batch.
            + " (SELECT batch.id FROM follows f"
            + "  CROSS JOIN LATERAL (SELECT max(e.id) AS id FROM notification_events e"
            + "   JOIN questions nq ON nq.id = e.question_id AND nq.deleted_at IS NULL"
            + "   WHERE e.type = 'new-question' AND e.topic_id = f.topic_id AND e.id > :after"
            + "    AND e.created_at >= f.created_at AND e.actor_id <> :reader"
            + "   GROUP BY e.batch_start HAVING max(e.id) < :before ORDER BY 1 %1$s LIMIT :limit) batch"
            + "  WHERE f.user_id = :reader AND f.topic_id IS NOT NULL)"
            + ") feed ORDER BY id %1$s LIMIT :limit";

    private static final String NEWEST_FIRST = FEED.formatted("DESC");
    private static final String OLDEST_FIRST = FEED.formatted("ASC");

    private final EntityManager em;

    NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /** The reader's notifications between {@code after} and {@code before}, newest first, at most {@code limit}. */
    List<NotificationRow> newestBetween(UUID reader, long after, long before, int limit) {
        return rows(
                ids(NEWEST_FIRST, reader, after, before, limit),
                Comparator.comparingLong(NotificationRow::id).reversed());
    }

    /** The reader's notifications above {@code after}, oldest first, at most {@code limit}: what a stream sends next. */
    List<NotificationRow> oldestAfter(UUID reader, long after, int limit) {
        return rows(
                ids(OLDEST_FIRST, reader, after, Long.MAX_VALUE, limit), Comparator.comparingLong(NotificationRow::id));
    }

    /** How many notifications come after {@code after} (and before {@code before}), counted up to {@code cap}. */
    int countBetween(UUID reader, long after, long before, int cap) {
        return ids(NEWEST_FIRST, reader, after, before, cap).size();
    }

    private List<Long> ids(String feed, UUID reader, long after, long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(feed)
                .setParameter("reader", reader)
                .setParameter("after", after)
                .setParameter("before", before)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<NotificationRow> rows(List<Long> ids, Comparator<NotificationRow> order) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(NotificationRow.SELECT + " where e.id in :ids", NotificationRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .sorted(order)
                .toList();
    }

    /**
     * Which of {@code readers} follow the question or topic a fact was about ({@code kind} "question"
     * or "topic", as the database's notice names it): the streams that fact may concern.
     */
    List<UUID> followers(String kind, String key, List<UUID> readers) {
        String column = switch (kind) {
            case "question" -> "question_id = CAST(:key AS uuid)";
            case "topic" -> "topic_id = CAST(:key AS bigint)";
            default -> throw new IllegalArgumentException("Not a kind of follow: " + kind);
        };
        @SuppressWarnings("unchecked")
        List<UUID> followers = em.createNativeQuery(
                        "SELECT user_id FROM follows WHERE " + column + " AND user_id = ANY(CAST(:readers AS uuid[]))")
                .unwrap(NativeQuery.class)
                .addScalar("user_id", StandardBasicTypes.UUID)
                .setParameter("key", key)
                .setParameter("readers", readers.toArray(UUID[]::new))
                .getResultList();
        return followers;
    }

    /** The newest event id of all: a stream opened without Last-Event-ID starts after it. */
    long newestId() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM notification_events")
                        .getSingleResult())
                .longValue();
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
