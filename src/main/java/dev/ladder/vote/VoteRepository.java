package dev.ladder.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Votes and scores in plain SQL: each change is one statement, atomic in the database. */
@ApplicationScoped
public class VoteRepository {
    private final EntityManager em;

    VoteRepository(EntityManager em) {
        this.em = em;
    }

    record LivePost(UUID authorId, boolean anonymous) {
    }

    Optional<LivePost> lockLive(PostKind kind, UUID postId) {
        List<?> rows = em.createNativeQuery(kind.lockLive).setParameter(1, postId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new LivePost((UUID) columns[0], (Boolean) columns[1]);
        });
    }

    Integer current(PostKind kind, UUID userId, UUID postId) {
        List<?> rows = em.createNativeQuery("SELECT value FROM " + kind.voteTable + " WHERE user_id = ?1 AND "
                + kind.voteColumn + " = ?2").setParameter(1, userId).setParameter(2, postId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    void upsert(PostKind kind, UUID userId, UUID postId, int value) {
        em.createNativeQuery("INSERT INTO " + kind.voteTable + " (user_id, " + kind.voteColumn + ", value) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (user_id, " + kind.voteColumn + ") DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, userId).setParameter(2, postId).setParameter(3, (short) value).executeUpdate();
    }

    void delete(PostKind kind, UUID userId, UUID postId) {
        em.createNativeQuery("DELETE FROM " + kind.voteTable + " WHERE user_id = ?1 AND " + kind.voteColumn + " = ?2")
                .setParameter(1, userId).setParameter(2, postId).executeUpdate();
    }

    /** Adds delta to the post's score and returns the new score. */
    int addToScore(PostKind kind, UUID postId, int delta) {
        return ((Number) em.createNativeQuery("UPDATE " + kind.table + " SET score = score + ?1 WHERE id = ?2 RETURNING score")
                .setParameter(1, delta).setParameter(2, postId).getSingleResult()).intValue();
    }

    int score(PostKind kind, UUID postId) {
        return ((Number) em.createNativeQuery("SELECT score FROM " + kind.table + " WHERE id = ?1")
                .setParameter(1, postId).getSingleResult()).intValue();
    }

    /** The caller's votes on a page of posts, in one query: post id to +1/-1. */
    public Map<UUID, Integer> votesOf(PostKind kind, UUID userId, Collection<UUID> postIds) {
        Map<UUID, Integer> votes = new HashMap<>();
        if (postIds.isEmpty()) {
            return votes;
        }
        List<?> rows = em.createNativeQuery("SELECT " + kind.voteColumn + ", value FROM " + kind.voteTable
                + " WHERE user_id = ?1 AND " + kind.voteColumn + " IN (?2)")
                .setParameter(1, userId).setParameter(2, postIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            votes.put((UUID) columns[0], ((Number) columns[1]).intValue());
        }
        return votes;
    }
}
