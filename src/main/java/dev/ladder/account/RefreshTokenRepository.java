package dev.ladder.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    /** Only the family: the token itself is read after {@link #lockFamily}, as the last change left it. */
    public Optional<UUID> familyOf(String tokenHash) {
        return getEntityManager()
                .createQuery("select familyId from RefreshToken where tokenHash = ?1", UUID.class)
                .setParameter(1, tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Serialises rotation, reuse detection and logout of one family until the transaction ends. A
     * lock on the presented row is not enough: a logout must also see the token a concurrent
     * refresh is inserting, so it waits for that refresh to commit and then revokes the new token too.
     */
    public void lockFamily(UUID familyId) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, familyId.getMostSignificantBits() ^ familyId.getLeastSignificantBits())
                .getSingleResult();
    }

    public Optional<RefreshToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public int revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }
}
