package dev.ladder.ratelimit;

import dev.ladder.common.security.CurrentUser;
import dev.ladder.common.security.SentTokenFilter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every API call in its bucket before the resource runs (a refusal is a
 * {@link RateLimitedException}, mapped to a 429 problem), and reports the quota on the response.
 * The request filter is a blocking one, so on the worker thread of our blocking resources: the
 * buckets' JDBC never runs on the event loop.
 */
public class RateLimitFilter {
    private static final String QUOTA = Quota.class.getName();

    private final RateLimits limits;
    private final CurrentUser me;

    RateLimitFilter(RateLimits limits, CurrentUser me) {
        this.limits = limits;
        this.me = me;
    }

    @ServerRequestFilter
    public void count(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        String address = ClientAddress.of(http.remoteAddress());
        request.setProperty(QUOTA, take(request.getMethod(), resource, address));
    }

    private Quota take(String method, ResourceInfo resource, String address) {
        if (resource.getResourceMethod().isAnnotationPresent(AuthLimited.class)) {
            return limits.take(LimitKind.AUTH, address);
        }
        if (!method.equals("GET") && !method.equals("HEAD") && !SentTokenFilter.ignoresToken(resource)) {
            Optional<UUID> caller = me.optionalId();
            if (caller.isPresent()) {
                return limits.take(LimitKind.WRITES, caller.get().toString());
            }
        }
        // Reads count per address even when signed in: no token to verify before the limit.
        return limits.take(LimitKind.READS, address);
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        // A 429 carries the headers of the bucket that refused it.
        if (request.getProperty(QUOTA) instanceof Quota quota
                && !response.getHeaders().containsKey(Quota.LIMIT)) {
            quota.forEachHeader(response.getHeaders()::putSingle);
        }
    }
}
