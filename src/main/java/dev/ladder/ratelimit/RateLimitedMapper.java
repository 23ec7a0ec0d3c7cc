package dev.ladder.ratelimit;

import dev.ladder.common.error.Problem;
import dev.ladder.common.error.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class RateLimitedMapper {

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        Response.ResponseBuilder response = ProblemMappers.problem(Problem.of(e.type, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds);
        e.quota.forEachHeader(response::header);
        return response.build();
    }
}
