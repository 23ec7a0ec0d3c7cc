package dev.ladder.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Votes and scores in plain SQL: a vote is one statement. */
@ApplicationScoped
public class VoteRepository {
    private final EntityManager em;

    VoteRepository(EntityManager em) {
        this.em = em;
    }

    /** The voted-on post's author (nothing changed when that is the voter), and its score after the vote. */
    record Outcome(UUID authorId, int score) {}

    /**
     * Sets (1/-1) or removes (null) the voter's vote and moves the post's score, and its author's
     * reputation when shown under their name, by the difference, in one statement that locks the live
     * post first. Empty when no live post has that id.
     * <p>
     * The difference comes from what the upsert or delete did to the vote row's latest version, never
     * from the snapshot, which may predate the voter's own concurrent vote: {@code xmax = 0} marks an
     * inserted row, any other an update, which flips 1 and -1 (an unchanged value is not updated).
     */
    Optional<Outcome> change(PostKind kind, UUID voter, UUID postId, Integer value) {
        String votes = kind.voteTable;
        String post = kind.voteColumn;
        List<?> rows = em.createNativeQuery(
                        "WITH input AS (SELECT CAST(:voter AS uuid) AS voter, CAST(:post AS uuid) AS post,"
                                + "        CAST(:value AS smallint) AS value),"
                                + " live AS (" + kind.lockLive + "),"
                                + " allowed AS (SELECT live.* FROM live, input WHERE live.author_id <> input.voter),"
                                + " saved AS (INSERT INTO " + votes + " (user_id, " + post + ", value)"
                                + "    SELECT input.voter, allowed.id, input.value FROM input, allowed WHERE input.value IS NOT NULL"
                                + "    ON CONFLICT (user_id, " + post + ") DO UPDATE SET value = EXCLUDED.value"
                                + "    WHERE " + votes + ".value <> EXCLUDED.value"
                                + "    RETURNING CASE WHEN xmax = 0 THEN value ELSE 2 * value END AS d),"
                                + " removed AS (DELETE FROM " + votes
                                + " v USING input, allowed WHERE input.value IS NULL"
                                + "    AND v.user_id = input.voter AND v." + post
                                + " = allowed.id RETURNING -v.value AS d),"
                                + " delta AS (SELECT coalesce((SELECT d FROM saved), (SELECT d FROM removed), 0) AS d),"
                                + " scored AS (UPDATE " + kind.table
                                + " p SET score = p.score + delta.d FROM delta, allowed"
                                + "    WHERE p.id = allowed.id AND delta.d <> 0 RETURNING p.score),"
                                + " reputation AS (UPDATE users u SET reputation = u.reputation + delta.d FROM delta, allowed"
                                + "    WHERE u.id = allowed.author_id AND NOT allowed.anonymous AND delta.d <> 0)"
                                + " SELECT live.author_id, coalesce((SELECT score FROM scored), live.score) FROM live")
                .setParameter("voter", voter)
                .setParameter("post", postId)
                .setParameter("value", value)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Outcome((UUID) columns[0], ((Number) columns[1]).intValue());
        });
    }

    /** The caller's votes on a page of posts, in one query: post id to +1/-1. */
    public Map<UUID, Integer> votesOf(PostKind kind, UUID userId, Collection<UUID> postIds) {
        Map<UUID, Integer> votes = new HashMap<>();
        if (postIds.isEmpty()) {
            return votes;
        }
        List<?> rows = em.createNativeQuery("SELECT " + kind.voteColumn + ", value FROM " + kind.voteTable
                        + " WHERE user_id = ?1 AND " + kind.voteColumn + " IN (?2)")
                .setParameter(1, userId)
                .setParameter(2, postIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            votes.put((UUID) columns[0], ((Number) columns[1]).intValue());
        }
        return votes;
    }
}
