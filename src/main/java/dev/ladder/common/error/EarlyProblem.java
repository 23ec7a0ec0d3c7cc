package dev.ladder.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem answered on the Vert.x router, before JAX-RS, its mappers and the configured response
 * headers: for refusals that must not read the request (a body too large, a stopping instance).
 * The connection closes after it, since the request may be left unread.
 */
public final class EarlyProblem {
    private final int status;
    private final byte[] body;

    public EarlyProblem(ObjectMapper json, Problem problem) throws JsonProcessingException {
        this.status = problem.status();
        this.body = json.writeValueAsBytes(problem);
    }

    public void send(RoutingContext ctx) {
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(Buffer.buffer(body));
    }
}
