package dev.ladder.common.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.error.EarlyProblem;
import dev.ladder.common.error.Problem;
import dev.ladder.common.error.ProblemMappers;
import dev.ladder.common.error.ProblemType;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a stopping instance drain. Quarkus's graceful shutdown waits for the calls in flight but
 * goes on taking new ones, so under steady load it never drains and, after its timeout, cuts off
 * whatever is running. Once the shutdown delay (quarkus.shutdown.delay, when the load balancer
 * has stopped sending traffic here) is over, every new call gets a 503 problem with Retry-After
 * and Connection: close instead, so the calls in flight finish and the process exits.
 */
@ApplicationScoped
public class ShutdownDrain {
    private final Duration delay;
    private final EarlyProblem problem;
    private volatile boolean stopping;
    private volatile long drainingFrom;

    ShutdownDrain(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay, ObjectMapper json)
            throws JsonProcessingException {
        this.delay = delay.orElse(Duration.ZERO);
        this.problem = new EarlyProblem(
                json,
                Problem.of(
                        ProblemType.UNAVAILABLE,
                        "This instance is shutting down; try again, another one will answer."));
    }

    void shutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        drainingFrom = System.nanoTime() + delay.toNanos();
        stopping = true;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseWhileDraining);
    }

    private void refuseWhileDraining(RoutingContext ctx) {
        if (stopping && System.nanoTime() - drainingFrom >= 0) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, ProblemMappers.RETRY_AFTER_SECONDS);
            problem.send(ctx);
            return;
        }
        ctx.next();
    }
}
