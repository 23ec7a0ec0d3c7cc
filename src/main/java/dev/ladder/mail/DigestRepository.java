package dev.ladder.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** email_digests, and the questions a digest shows. */
@ApplicationScoped
public class DigestRepository {
    private final EntityManager em;

    DigestRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Readers on {@code period} digests who follow a topic that had a question in [{@code from},
     * {@code to}) and have no digest for the period starting at {@code to} yet, by id after
     * {@code after}. Driven by the period's questions (few) rather than by the readers (many).
     */
    @SuppressWarnings("unchecked")
    List<Recipient> due(DigestPeriod period, Instant from, Instant to, UUID after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        WITH asked_in AS (
                            SELECT DISTINCT qt.topic_id
                            FROM questions q JOIN question_topics qt ON qt.question_id = q.id
                            WHERE q.deleted_at IS NULL AND q.created_at >= :from AND q.created_at < :to)
                        SELECT u.id, u.email, u.display_name
                        FROM users u LEFT JOIN email_settings s ON s.user_id = u.id
                        WHERE u.id > :after
                          AND coalesce(s.digest, :defaultDigest) = :period
                          AND u.id IN (SELECT f.user_id FROM follows f JOIN asked_in a ON a.topic_id = f.topic_id)
                          AND NOT EXISTS (SELECT 1 FROM email_digests d
                                          WHERE d.user_id = u.id AND d.period = :period AND d.period_start = :to)
                        ORDER BY u.id
                        LIMIT :limit""")
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("email", StandardBasicTypes.STRING)
                .addScalar("display_name", StandardBasicTypes.STRING)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", after)
                .setParameter("period", period.name)
                .setParameter("defaultDigest", SettingsView.DEFAULTS.emailDigest())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Recipient((UUID) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /**
     * The reader's top questions asked in [{@code from}, {@code to}) in the topics they follow, not
     * their own: highest score first, then most answered, then newest.
     */
    @SuppressWarnings("unchecked")
    List<DigestQuestion> top(UUID reader, Instant from, Instant to, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT q.id, q.title, q.score, q.answer_count
                        FROM questions q
                        WHERE q.deleted_at IS NULL AND q.created_at >= :from AND q.created_at < :to
                          AND q.author_id <> :reader
                          AND EXISTS (SELECT 1 FROM question_topics qt
                                      JOIN follows f ON f.topic_id = qt.topic_id AND f.user_id = :reader
                                      WHERE qt.question_id = q.id)
                        ORDER BY q.score DESC, q.answer_count DESC, q.created_at DESC, q.id
                        LIMIT :limit""")
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("title", StandardBasicTypes.STRING)
                .addScalar("score", StandardBasicTypes.INTEGER)
                .addScalar("answer_count", StandardBasicTypes.INTEGER)
                .setParameter("reader", reader)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new DigestQuestion((UUID) r[0], (String) r[1], (Integer) r[2], (Integer) r[3]))
                .toList();
    }

    /**
     * Records the reader's digest for the period starting at {@code start}; false when one is there
     * already. A concurrent claim of the same waits for this transaction, then finds it there.
     */
    boolean claim(UUID reader, DigestPeriod period, Instant start, Instant now, int questionCount) {
        return em.createNativeQuery("""
                        INSERT INTO email_digests (user_id, period, period_start, sent_at, question_count)
                        VALUES (:reader, :period, :start, :now, :count)
                        ON CONFLICT DO NOTHING""")
                        .setParameter("reader", reader)
                        .setParameter("period", period.name)
                        .setParameter("start", start)
                        .setParameter("now", now)
                        .setParameter("count", questionCount)
                        .executeUpdate()
                == 1;
    }
}
