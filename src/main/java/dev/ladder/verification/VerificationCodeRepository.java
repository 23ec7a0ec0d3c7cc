package dev.ladder.verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VerificationCodeRepository implements PanacheRepositoryBase<VerificationCode, UUID> {

    /** Locked until the transaction ends: guesses at one code are counted one after another. */
    Optional<VerificationCode> findForUpdate(UUID positionId) {
        return findByIdOptional(positionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The position's code, replacing any earlier one, in one statement. */
    void replace(UUID positionId, String domain, byte[] codeSha256, int attempts, Instant expiresAt) {
        getEntityManager()
                .createNativeQuery("INSERT INTO verification_codes"
                        + " (position_id, domain, code_sha256, attempts_left, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                        + " ON CONFLICT (position_id) DO UPDATE SET domain = excluded.domain,"
                        + " code_sha256 = excluded.code_sha256, attempts_left = excluded.attempts_left,"
                        + " expires_at = excluded.expires_at")
                .setParameter(1, positionId)
                .setParameter(2, domain)
                .setParameter(3, codeSha256)
                .setParameter(4, attempts)
                .setParameter(5, expiresAt)
                .executeUpdate();
    }
}
