package dev.ladder.follow;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Bookmarks in plain SQL, checked against the posts' tables, as follows are. */
@ApplicationScoped
public class BookmarkRepository {
    private final EntityManager em;

    BookmarkRepository(EntityManager em) {
        this.em = em;
    }

    /** A bookmark's target: the question, and the answer when it is one. */
    record Post(UUID questionId, UUID answerId) {}

    Optional<Post> liveQuestion(UUID id) {
        return em.createNativeQuery("SELECT id FROM questions WHERE id = ?1 AND deleted_at IS NULL")
                .setParameter(1, id)
                .getResultStream()
                .findFirst()
                .map(question -> new Post((UUID) question, null));
    }

    Optional<Post> liveAnswer(UUID id) {
        return em.createNativeQuery("SELECT a.question_id FROM answers a JOIN questions q ON q.id = a.question_id"
                        + " WHERE a.id = ?1 AND a.deleted_at IS NULL AND q.deleted_at IS NULL")
                .setParameter(1, id)
                .getResultStream()
                .findFirst()
                .map(question -> new Post((UUID) question, id));
    }

    /** How many bookmarks the reader has, and whether one of them is of this post. */
    Count count(UUID reader, Post post) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(bool_or(question_id = :question"
                        + " AND answer_id IS NOT DISTINCT FROM CAST(:answer AS uuid)), false)"
                        + " FROM bookmarks WHERE user_id = :reader")
                .setParameter("question", post.questionId())
                .setParameter("answer", post.answerId())
                .setParameter("reader", reader)
                .getSingleResult();
        return new Count(((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    void insert(UUID reader, Post post, Instant at) {
        em.createNativeQuery("INSERT INTO bookmarks (id, user_id, question_id, answer_id, created_at)"
                        + " VALUES (:id, :reader, :question, CAST(:answer AS uuid), :at) ON CONFLICT DO NOTHING")
                .setParameter("id", UUID.randomUUID())
                .setParameter("reader", reader)
                .setParameter("question", post.questionId())
                .setParameter("answer", post.answerId())
                .setParameter("at", at)
                .executeUpdate();
    }

    void delete(UUID reader, Post post) {
        em.createNativeQuery("DELETE FROM bookmarks WHERE user_id = :reader AND question_id = :question"
                        + " AND answer_id IS NOT DISTINCT FROM CAST(:answer AS uuid)")
                .setParameter("reader", reader)
                .setParameter("question", post.questionId())
                .setParameter("answer", post.answerId())
                .executeUpdate();
    }

    /** The reader's bookmarks of live posts, newest first. */
    List<BookmarkRow> page(UUID reader, Cursor after, int limit) {
        return new KeysetQuery(BookmarkRow.SELECT)
                .where("b.userId = :reader", "reader", reader)
                .where("q.deletedAt is null and (b.answerId is null or a.deletedAt is null)")
                .fetch(em, BookmarkRow.class, BookmarkSort.NEWEST, after, limit);
    }

    /** Of these answers, those the reader bookmarked. */
    Set<UUID> bookmarkedAnswers(UUID reader, Collection<UUID> answers) {
        if (answers.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery(
                        "SELECT answer_id FROM bookmarks WHERE user_id = :reader AND answer_id IN (:answers)")
                .setParameter("reader", reader)
                .setParameter("answers", answers)
                .getResultList();
        return new HashSet<>(found);
    }
}
