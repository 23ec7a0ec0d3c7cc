package dev.ladder.common.security;

import dev.ladder.common.error.ApiException;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the verified access token says. */
@RequestScoped
public class CurrentUser {
    private final JsonWebToken token;
    /** Resolved once a request: a page asks for every post it shows whether the caller may edit it. */
    private Optional<UUID> caller;

    private Boolean moderator;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /** The caller, or empty when the request carries no token (a signed-out read). */
    public Optional<UUID> optionalId() {
        if (caller == null) {
            caller = token.getRawToken() == null ? Optional.empty() : Optional.of(id());
        }
        return caller;
    }

    public boolean isModerator() {
        if (moderator == null) {
            moderator = token.getGroups() != null && token.getGroups().contains("moderator");
        }
        return moderator;
    }

    /** When the caller's access token expires; what it opened (a notification stream) ends then. */
    public Instant tokenExpiry() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public UUID id() {
        String subject = token.getSubject();
        if (subject == null) {
            throw ApiException.unauthorized(
                    "A valid bearer token is required: send 'Authorization: Bearer <accessToken>'.");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("The token's subject is not one of our accounts.");
        }
    }
}
