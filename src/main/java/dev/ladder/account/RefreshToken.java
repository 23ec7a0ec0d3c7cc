package dev.ladder.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token as the server keeps it: only its SHA-256, never the token itself. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {
    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    protected RefreshToken() {}

    RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return rotatedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
