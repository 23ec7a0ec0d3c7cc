package dev.ladder.common.security;

import dev.ladder.common.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token that is sent must be valid, on every operation that takes one (openapi.yaml lists
 * bearerAuth there, required or optional), whether or not the operation asks who is calling: a
 * client learns of a bad token on its first call, not on the first one that personalises.
 */
public class SentTokenFilter {
    private final CurrentUser me;
    private final RevokedSubjects revoked;

    SentTokenFilter(CurrentUser me, RevokedSubjects revoked) {
        this.me = me;
        this.revoked = revoked;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void verify(HttpHeaders headers, ResourceInfo resource) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null || ignoresToken(resource)) {
            return;
        }
        if (me.optionalId().isEmpty()) {
            throw ApiException.unauthorized(
                    "Send 'Authorization: Bearer <accessToken>', or no Authorization header to read signed out.");
        }
        if (revoked.isRevoked(me.id())) {
            throw ApiException.unauthorized("The account was erased: its tokens no longer count.");
        }
    }

    /** Whether the operation never reads an Authorization header ({@link BearerTokenIgnored}). */
    public static boolean ignoresToken(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(BearerTokenIgnored.class)
                || resource.getResourceClass().isAnnotationPresent(BearerTokenIgnored.class);
    }
}
