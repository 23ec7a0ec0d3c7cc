package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.ops.Traffic.Call;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SIGTERM to the shipped jar under load: what was in flight finishes, the rest is refused cleanly, nothing is lost. */
class GracefulShutdownIT {
    @Test
    void sigtermUnderLoadLosesNothing() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedApp.testDatabase());
        env.putAll(PackagedApp.ownKeys());
        env.putAll(Traffic.limitsOutOfReach());
        try (PackagedApp app = PackagedApp.start(env)) {
            app.awaitStarted(Duration.ofSeconds(150));
            try (Traffic traffic = new Traffic(app.port, 16)) {
                traffic.start();
                traffic.await(Call::succeeded, 50, Duration.ofSeconds(60), "no load before the signal");

                int inFlight = traffic.inFlight();
                long signalled = System.nanoTime();
                app.process.destroy();
                long notReady = Traffic.until(() -> traffic.status("/q/health/ready") == 503, Duration.ofSeconds(10));
                traffic.await(
                        c -> c.succeeded() && c.startedNanos() > notReady,
                        10,
                        Duration.ofSeconds(5),
                        "stopped serving before the load balancer could notice");
                boolean exited = app.exitsWithin(Duration.ofSeconds(40));
                long exitedAt = System.nanoTime();
                List<Call> calls = traffic.stop();
                assertTrue(exited, "still running 40 s after SIGTERM:\n" + app.output());
                // The JVM's exit status after its shutdown hooks ran on SIGTERM: 128 + 15.
                assertEquals(143, app.process.exitValue(), app.output());

                List<Call> after =
                        calls.stream().filter(c -> c.endedNanos() > signalled).toList();
                System.out.printf(
                        "SIGTERM: %d calls in flight, readiness DOWN after %d ms, exit after %d ms; after the signal"
                                + " %d calls completed, %d refused with 503, %d found the port closed, %d closed unanswered%n",
                        inFlight,
                        Duration.ofNanos(notReady - signalled).toMillis(),
                        Duration.ofNanos(exitedAt - signalled).toMillis(),
                        after.stream().filter(Call::succeeded).count(),
                        after.stream().filter(c -> c.status() == 503).count(),
                        after.stream()
                                .filter(c -> c.failure() instanceof java.net.ConnectException)
                                .count(),
                        after.stream().filter(Call::unanswered).count());
                assertEquals(
                        List.of(),
                        calls.stream()
                                .filter(c -> !c.succeeded() && !c.refusedCleanly() && !c.unanswered())
                                .toList(),
                        "calls neither completed nor cleanly refused");
                assertEquals(
                        List.of(),
                        calls.stream()
                                .filter(c -> c.inFlightAt(signalled) && !c.succeeded())
                                .toList(),
                        "calls in flight at the signal that did not complete");
                WriteLedger.Tally tally = WriteLedger.assertConsistent(traffic, calls, c -> false);
                System.out.println("SIGTERM: writes " + tally);
            }
        }
    }
}
