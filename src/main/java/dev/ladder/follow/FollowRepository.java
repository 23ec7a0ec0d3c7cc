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

/**
 * Follows in plain SQL, checked against their targets' tables: follows depend on no feature, so
 * questions, topics and profiles can ask them for the reader's marks.
 */
@ApplicationScoped
public class FollowRepository {
    private final EntityManager em;

    FollowRepository(EntityManager em) {
        this.em = em;
    }

    /** The target's id (a UUID, or a topic's number) from its key; empty when there is no such target. */
    Optional<Object> target(FollowKind kind, String key) {
        return em.createNativeQuery(kind.lookup)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Locks the reader's row: one reader's follows and bookmarks take turns, so their limits hold exactly. */
    void lockReader(UUID reader) {
        em.createNativeQuery("SELECT 1 FROM users WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, reader)
                .getResultList();
    }

    /** How many follows the reader has, and whether one of them is of this target. */
    Count count(UUID reader, FollowKind kind, Object target) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(bool_or(" + kind.column
                        + " = :target), false) FROM follows WHERE user_id = :reader")
                .setParameter("target", target)
                .setParameter("reader", reader)
                .getSingleResult();
        return new Count(((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    void insert(UUID reader, FollowKind kind, Object target, Instant at) {
        em.createNativeQuery("INSERT INTO follows (id, user_id, " + kind.column
                        + ", created_at) VALUES (:id, :reader, :target, :at) ON CONFLICT DO NOTHING")
                .setParameter("id", UUID.randomUUID())
                .setParameter("reader", reader)
                .setParameter("target", target)
                .setParameter("at", at)
                .executeUpdate();
    }

    void delete(UUID reader, FollowKind kind, Object target) {
        em.createNativeQuery("DELETE FROM follows WHERE user_id = :reader AND " + kind.column + " = :target")
                .setParameter("reader", reader)
                .setParameter("target", target)
                .executeUpdate();
    }

    /** The reader's follows, of one kind or all, newest first; follows of deleted questions are left out. */
    List<FollowRow> page(UUID reader, FollowKind kind, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(FollowRow.SELECT)
                .where("f.userId = :reader", "reader", reader)
                .where("(f.questionId is null or q.deletedAt is null)");
        if (kind != null) {
            query.where("f." + kind.attribute + " is not null");
        }
        return query.fetch(em, FollowRow.class, FollowSort.NEWEST, after, limit);
    }

    /**
     * Of these questions, those the reader follows ({@code [id, true, false]}) and those they
     * bookmarked ({@code [id, false, true]}), in one statement.
     */
    List<Object[]> questionMarks(UUID reader, Collection<UUID> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT question_id, true, false FROM follows"
                        + " WHERE user_id = :reader AND question_id IN (:questions)"
                        + " UNION ALL SELECT question_id, false, true FROM bookmarks"
                        + " WHERE user_id = :reader AND answer_id IS NULL AND question_id IN (:questions)")
                .setParameter("reader", reader)
                .setParameter("questions", questions)
                .getResultList();
        return rows;
    }

    /** Of these targets (ids of one kind), those the reader follows. */
    <K> Set<K> followed(UUID reader, FollowKind kind, Collection<K> targets) {
        if (targets.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<K> found = em.createNativeQuery("SELECT " + kind.column + " FROM follows WHERE user_id = :reader AND "
                        + kind.column + " IN (:targets)")
                .setParameter("reader", reader)
                .setParameter("targets", targets)
                .getResultList();
        return new HashSet<>(found);
    }
}
