package dev.ladder.verification;

import java.time.Instant;

/** Where the code went (the company and the domain, not the address) and until when it is valid. */
public record VerificationSent(String company, String domain, Instant expiresAt, int attempts) {}
