package dev.ladder.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.error.EarlyProblem;
import dev.ladder.common.error.Problem;
import dev.ladder.common.error.ProblemType;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request from an origin that CORS does not admit gets a 403 problem naming the setting that
 * would admit it, not Quarkus's empty "403 CORS Rejected". It admits what Quarkus's CORS filter
 * admits: the configured origins (listed or /regex/) and the service's own.
 */
@ApplicationScoped
public class ForeignOrigins {
    private final Optional<List<String>> origins;
    private final List<Pattern> patterns;
    private final EarlyProblem problem;

    ForeignOrigins(
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins, ObjectMapper json)
            throws JsonProcessingException {
        this.origins = origins;
        this.patterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.problem = new EarlyProblem(
                json,
                Problem.of(
                        ProblemType.FORBIDDEN,
                        "This origin may not call the API"
                                + " from a browser: the service admits the origins listed in LADDER_CORS_ORIGINS (comma-separated)."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseForeignOrigins);
    }

    private void refuseForeignOrigins(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || admitted(origin) || ownOrigin(origin, ctx.request())) {
            ctx.next();
            return;
        }
        problem.send(ctx);
    }

    private boolean admitted(String origin) {
        return CORSFilter.isConfiguredWithWildcard(origins)
                || origins.map(list -> list.contains(origin)).orElse(false)
                || CORSFilter.isOriginAllowedByRegex(patterns, origin);
    }

    /** The service's own origin: the scheme, host and port the request came to. */
    private static boolean ownOrigin(String origin, HttpServerRequest request) {
        HostAndPort authority = request.authority();
        try {
            URI own = URI.create(origin);
            return authority != null
                    && request.scheme().equalsIgnoreCase(own.getScheme())
                    && authority.host().equalsIgnoreCase(own.getHost())
                    && port(authority.port(), request.scheme()) == port(own.getPort(), own.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
