package dev.ladder.common.security;

import java.util.UUID;

/** Accounts whose access tokens no longer count, though signed and unexpired: erased ones. */
public interface RevokedSubjects {
    boolean isRevoked(UUID subject);
}
