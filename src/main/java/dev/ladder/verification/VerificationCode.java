package dev.ladder.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The code last mailed for a position, kept as a digest until it is confirmed, used up or replaced. */
@Entity
@Table(name = "verification_codes")
class VerificationCode {
    @Id
    @Column(name = "position_id")
    UUID positionId;

    /** The company domain the code was mailed to: the proof, once confirmed. */
    String domain;

    @Column(name = "code_sha256")
    byte[] codeSha256;

    @Column(name = "attempts_left")
    int attemptsLeft;

    @Column(name = "expires_at")
    Instant expiresAt;
}
