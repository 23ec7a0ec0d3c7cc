package dev.ladder.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.EarlyProblem;
import dev.ladder.common.error.Problem;
import dev.ladder.common.error.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Vert.x enforces quarkus.http.limits.max-body-size with an empty 413. A body that announces its
 * size gets the problem+json 413 for ladder.max-body-size here, before a byte of it is read; a
 * chunked one gets it from the JSON reader ({@link JsonLimits}).
 */
@ApplicationScoped
public class BodySizeLimit {
    private final long maxBytes;
    private final EarlyProblem problem;

    BodySizeLimit(LadderConfig config, ObjectMapper json) throws JsonProcessingException {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.problem = new EarlyProblem(json, tooLarge(maxBytes));
    }

    static Problem tooLarge(long maxBytes) {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + maxBytes / 1024 + " KiB.");
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBodies);
    }

    private void rejectOversizedBodies(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            problem.send(ctx);
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
