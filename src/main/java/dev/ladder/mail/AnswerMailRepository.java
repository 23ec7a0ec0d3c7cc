package dev.ladder.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The answers cursor in mail_cursors, and the answer events after it. */
@ApplicationScoped
public class AnswerMailRepository {
    private static final String CURSOR = "answers";

    private final EntityManager em;

    AnswerMailRepository(EntityManager em) {
        this.em = em;
    }

    /** The cursor, locked for this transaction; null while another instance holds it. */
    Long lockCursor() {
        List<?> rows = em.createNativeQuery(
                        "SELECT last_event_id FROM mail_cursors WHERE name = :name FOR UPDATE SKIP LOCKED")
                .setParameter("name", CURSOR)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    void moveCursor(long lastEventId) {
        em.createNativeQuery("UPDATE mail_cursors SET last_event_id = :id WHERE name = :name")
                .setParameter("id", lastEventId)
                .setParameter("name", CURSOR)
                .executeUpdate();
    }

    /** Answer events after {@code after}, oldest first, each with its asker and whether to mail them. */
    @SuppressWarnings("unchecked")
    List<AnswerMail> after(long after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, u.id AS asker, u.email, u.display_name, q.id AS question, q.title,
                               a.id IS NOT NULL AND q.deleted_at IS NULL AND e.actor_id <> q.author_id
                                   AND coalesce(s.on_answer, :defaultOnAnswer) AS send
                        FROM notification_events e
                        JOIN questions q ON q.id = e.question_id
                        JOIN users u ON u.id = q.author_id
                        LEFT JOIN answers a ON a.id = e.answer_id AND a.deleted_at IS NULL
                        LEFT JOIN email_settings s ON s.user_id = u.id
                        WHERE e.type = 'answer' AND e.id > :after
                        ORDER BY e.id
                        LIMIT :limit""")
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG)
                .addScalar("asker", StandardBasicTypes.UUID)
                .addScalar("email", StandardBasicTypes.STRING)
                .addScalar("display_name", StandardBasicTypes.STRING)
                .addScalar("question", StandardBasicTypes.UUID)
                .addScalar("title", StandardBasicTypes.STRING)
                .addScalar("send", StandardBasicTypes.BOOLEAN)
                .setParameter("after", after)
                .setParameter("defaultOnAnswer", SettingsView.DEFAULTS.emailOnAnswer())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new AnswerMail(
                        (Long) r[0],
                        new Recipient((UUID) r[1], (String) r[2], (String) r[3]),
                        (UUID) r[4],
                        (String) r[5],
                        (Boolean) r[6]))
                .toList();
    }
}
