package dev.ladder.moderation;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class FlagRepository implements PanacheRepositoryBase<Flag, UUID> {

    List<FlagRow> page(FlagStatus status, Cursor after, int limit) {
        return new KeysetQuery(FlagRow.SELECT)
                .where("p.status = :status", "status", status)
                .fetch(getEntityManager(), FlagRow.class, FlagSort.OLDEST, after, limit);
    }

    Optional<FlagRow> findRow(UUID id) {
        return getEntityManager()
                .createQuery(FlagRow.SELECT + " where p.id = :id", FlagRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    boolean flagged(UUID postId, UUID flaggerId) {
        return count("postId = ?1 and flaggerId = ?2", postId, flaggerId) > 0;
    }

    /** How many distinct readers' flags on the post wait for a moderator (one flag per reader). */
    long countOpen(UUID postId) {
        return count("postId = ?1 and status = ?2", postId, FlagStatus.OPEN);
    }

    /** Resolves all of the post's open flags at once; returns how many there were. */
    int resolveOpen(UUID postId, FlagStatus resolution, UUID moderatorId, Instant at) {
        return getEntityManager()
                .createNativeQuery("UPDATE flags SET status = ?1, resolved_by = ?2, resolved_at = ?3"
                        + " WHERE post_id = ?4 AND status = 'open'")
                .setParameter(1, resolution.toString())
                .setParameter(2, moderatorId)
                .setParameter(3, at)
                .setParameter(4, postId)
                .executeUpdate();
    }
}
