package dev.ladder.notification;

import dev.ladder.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/**
 * Records what readers will be notified of, one row per fact in the act's own transaction: an
 * answer to a question with 10,000 followers writes one row, as one with none. Nobody is told of
 * their own act. Plain SQL that reads the posts' tables, so that the features acting depend on
 * notifications and not the other way round.
 */
@ApplicationScoped
public class Notifier {
    private static final String COLUMNS =
            "INSERT INTO notification_events (type, created_at, actor_id, recipient_id, question_id, answer_id,"
                    + " comment_id, topic_id, batch_start) ";

    private final EntityManager em;

    Notifier(EntityManager em) {
        this.em = em;
    }

    /** An answer: its question's followers hear of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(UUID questionId, UUID answerId, UUID actorId) {
        em.createNativeQuery(COLUMNS + "VALUES ('answer', :at, :actor, NULL, :question, :answer, NULL, NULL, NULL)")
                .setParameter("at", Timestamps.now())
                .setParameter("actor", actorId)
                .setParameter("question", questionId)
                .setParameter("answer", answerId)
                .executeUpdate();
    }

    /**
     * A comment: the author of the post commented on hears of it, and every user it mentions (stored
     * in {@code comment_mentions} already) but that author. {@code answerId} is null on a question.
     * An erased account hears of nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commented(UUID questionId, UUID answerId, UUID commentId, UUID actorId) {
        em.createNativeQuery("WITH post AS (SELECT coalesce("
                        + "(SELECT author_id FROM answers WHERE id = CAST(:answer AS uuid)),"
                        + " (SELECT author_id FROM questions WHERE id = :question)) AS author_id),"
                        + " recipient AS (SELECT post.author_id AS user_id, 'comment' AS type FROM post"
                        + "   WHERE post.author_id <> :actor"
                        + "  UNION ALL SELECT m.user_id, 'mention' FROM comment_mentions m, post"
                        + "   WHERE m.comment_id = :comment AND m.user_id <> :actor AND m.user_id <> post.author_id) "
                        + COLUMNS
                        + "SELECT recipient.type, :at, :actor, recipient.user_id, :question, CAST(:answer AS uuid),"
                        + " :comment, NULL, NULL FROM recipient"
                        + " JOIN users u ON u.id = recipient.user_id AND u.erased_at IS NULL")
                .setParameter("at", Timestamps.now())
                .setParameter("actor", actorId)
                .setParameter("question", questionId)
                .setParameter("answer", answerId)
                .setParameter("comment", commentId)
                .executeUpdate();
    }

    /** An accepted answer: its author hears of it (unless they accepted it themselves, or the account is erased). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(UUID questionId, UUID answerId, UUID actorId) {
        em.createNativeQuery(COLUMNS + "SELECT 'accepted', :at, :actor, a.author_id, :question, a.id, NULL, NULL, NULL"
                        + " FROM answers a JOIN users u ON u.id = a.author_id AND u.erased_at IS NULL"
                        + " WHERE a.id = :answer AND a.author_id <> :actor")
                .setParameter("at", Timestamps.now())
                .setParameter("actor", actorId)
                .setParameter("question", questionId)
                .setParameter("answer", answerId)
                .executeUpdate();
    }

    /** A new question: each of its topics' followers hears of the topic's new questions once an hour. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void asked(UUID questionId, UUID actorId, Collection<Long> topicIds) {
        Instant now = Timestamps.now();
        em.createNativeQuery(COLUMNS + "SELECT 'new-question', :at, :actor, NULL, :question, NULL, NULL, t.id, :batch"
                        + " FROM topics t WHERE t.id IN (:topics)")
                .setParameter("at", now)
                .setParameter("actor", actorId)
                .setParameter("question", questionId)
                .setParameter("topics", topicIds)
                .setParameter("batch", now.truncatedTo(ChronoUnit.HOURS))
                .executeUpdate();
    }
}
