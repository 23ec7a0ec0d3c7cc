package dev.ladder.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Votes and scores in plain SQL: after the post's lock, each change is one statement. */
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

    /**
     * Sets (value 1/-1) or removes (null) the voter's vote and moves the post's score, and its
     * author's reputation when {@code moveReputation}, by the difference, in one statement; returns
     * the post's score. The caller holds the post's row lock ({@link #lockLive}), and this statement's
     * snapshot is taken after it, so the previous vote it reads cannot change underneath it.
     */
    int change(PostKind kind, UUID voter, UUID postId, Integer value, UUID authorId, boolean moveReputation) {
        String votes = kind.voteTable;
        String post = kind.voteColumn;
        return ((Number) em.createNativeQuery("WITH previous AS (SELECT value FROM " + votes
                + "    WHERE user_id = :voter AND " + post + " = :post),"
                + " delta AS (SELECT coalesce(CAST(:value AS smallint), 0) - coalesce((SELECT value FROM previous), 0) AS d),"
                + " saved AS (INSERT INTO " + votes + " (user_id, " + post + ", value)"
                + "    SELECT :voter, :post, CAST(:value AS smallint) WHERE CAST(:value AS smallint) IS NOT NULL"
                + "    ON CONFLICT (user_id, " + post + ") DO UPDATE SET value = EXCLUDED.value"
                + "    WHERE " + votes + ".value <> EXCLUDED.value),"
                + " removed AS (DELETE FROM " + votes + " WHERE CAST(:value AS smallint) IS NULL"
                + "    AND user_id = :voter AND " + post + " = :post),"
                + " scored AS (UPDATE " + kind.table + " SET score = score + delta.d FROM delta"
                + "    WHERE id = :post AND delta.d <> 0 RETURNING score),"
                + " reputation AS (UPDATE users SET reputation = reputation + delta.d FROM delta"
                + "    WHERE id = :author AND :moveReputation AND delta.d <> 0)"
                + " SELECT coalesce((SELECT score FROM scored), (SELECT score FROM " + kind.table + " WHERE id = :post))")
                .setParameter("voter", voter).setParameter("post", postId).setParameter("value", value)
                .setParameter("author", authorId).setParameter("moveReputation", moveReputation)
                .getSingleResult()).intValue();
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
