package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.ops.DatabaseProxy.Outage;
import dev.ladder.ops.Traffic.Call;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under load and comes back, for the shipped jar, which reaches it through a
 * {@link DatabaseProxy} (the shared server itself is never stopped): calls fail fast and cleanly
 * with 503, readiness goes DOWN, and once the database is back the same process serves again
 * with nothing half written.
 */
class DatabaseOutageIT {
    /**
     * One app behind one proxy for both outages, as one process lives through outage after outage:
     * each test cuts the database and restores it, and first checks that the app serves.
     */
    private static DatabaseProxy proxy;

    private static PackagedApp app;

    @BeforeAll
    static void startBehindTheProxy() throws Exception {
        proxy = DatabaseProxy.to(PackagedApp.testDatabaseUrl());
        app = PackagedApp.start(throughProxy(proxy));
        app.awaitStarted(Duration.ofSeconds(150));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    /** PostgreSQL is down: every call is answered within the 5 s the API promises. */
    @Test
    void refusedConnections() throws Exception {
        survives(Outage.REFUSED, Duration.ofSeconds(5));
    }

    /**
     * The network drops PostgreSQL's packets: a call whose pooled connection is caught in the
     * drop waits for the 15 s socket timeout (application.properties), every other one for at
     * most the 3 s a new connection may take.
     */
    @Test
    void droppedPackets() throws Exception {
        survives(Outage.BLACKHOLE, Duration.ofSeconds(15 + 3 + 1));
    }

    private static void survives(Outage outage, Duration budget) throws Exception {
        try (Traffic traffic = new Traffic(app.port, 6)) {
            traffic.start();
            traffic.await(Call::succeeded, 30, Duration.ofSeconds(60), "no load before the outage");

            long cut = System.nanoTime();
            proxy.cut(outage);
            long downAt = Traffic.until(() -> traffic.status("/q/health/ready") == 503, Duration.ofSeconds(30));
            assertTrue(
                    millis(downAt - cut) < 5_000, "readiness DOWN only " + millis(downAt - cut) + " ms after the cut");
            assertEquals(200, traffic.status("/q/health/live"), "liveness must not depend on the database");
            long quietFrom = System.nanoTime();
            traffic.await(
                    c -> c.startedNanos() > quietFrom,
                    30,
                    Duration.ofSeconds(60),
                    "too few calls answered during the outage");
            // A probe that hangs counts as a failure too, but it would hold a probing thread for as long.
            long probed = System.nanoTime();
            assertEquals(503, traffic.status("/q/health/ready"));
            long probeMillis = millis(System.nanoTime() - probed);
            assertTrue(probeMillis < budget.toMillis(), "the readiness probe took " + probeMillis + " ms");

            long restored = System.nanoTime();
            proxy.restore();
            long firstSuccess = Traffic.until(
                    () -> traffic.calls().stream().anyMatch(c -> c.succeeded() && c.startedNanos() > restored),
                    Duration.ofSeconds(30));
            long readyAt = Traffic.until(() -> traffic.status("/q/health/ready") == 200, Duration.ofSeconds(30));
            traffic.await(
                    c -> c.succeeded() && c.startedNanos() > restored,
                    30,
                    Duration.ofSeconds(60),
                    "the service did not recover");
            List<Call> calls = traffic.stop();

            List<Call> duringOutage = calls.stream()
                    .filter(c -> c.endedNanos() > cut && c.startedNanos() < restored)
                    .toList();
            assertEquals(
                    List.of(),
                    calls.stream()
                            .filter(c -> c.failure() != null || c.status() >= 500 && c.status() != 503)
                            .toList(),
                    "calls that failed or got a 500");
            assertEquals(
                    List.of(),
                    duringOutage.stream()
                            .filter(c -> c.startedNanos() > cut && c.endedNanos() < restored && !c.refusedCleanly())
                            .toList(),
                    "calls answered during the outage without the 503 problem");
            assertEquals(
                    List.of(),
                    duringOutage.stream()
                            .filter(c -> c.took().compareTo(budget) > 0)
                            .toList(),
                    "calls slower than " + budget.toSeconds() + " s during the outage");
            assertTrue(duringOutage.stream().anyMatch(c -> c.status() == 503 && c.isWrite()), "no write was refused");

            WriteLedger.Tally tally = WriteLedger.assertConsistent(traffic, calls, c -> c.inFlightAt(cut));
            Call slowest =
                    duringOutage.stream().max(Comparator.comparing(Call::took)).orElseThrow();
            List<Long> refusals = duringOutage.stream()
                    .filter(c -> c.status() == 503)
                    .map(c -> c.took().toMillis())
                    .sorted()
                    .toList();
            System.out.printf(
                    "%s outage: %d calls answered during it, %d of them 503 (median %d ms), slowest %d ms (%s);"
                            + " readiness DOWN %d ms after the cut (a probe then took %d ms); restore -> first 2xx %d ms, -> ready %d ms, 503 after it %d;"
                            + " writes %d acknowledged, %d refused, %d in doubt (%d applied)%n",
                    outage,
                    duringOutage.size(),
                    refusals.size(),
                    refusals.get(refusals.size() / 2),
                    slowest.took().toMillis(),
                    slowest.kind(),
                    millis(downAt - cut),
                    probeMillis,
                    millis(firstSuccess - restored),
                    millis(readyAt - restored),
                    calls.stream()
                            .filter(c -> c.startedNanos() > restored && c.status() == 503)
                            .count(),
                    tally.acknowledged(),
                    tally.refused(),
                    tally.inDoubt(),
                    tally.inDoubtApplied());
        } finally {
            // Back whatever happened, for the other outage.
            proxy.restore();
        }
    }

    /** The test database, reached through the proxy; keys of the operator's own. */
    private static Map<String, String> throughProxy(DatabaseProxy proxy) throws Exception {
        Map<String, String> env = new HashMap<>(PackagedApp.ownKeys());
        env.putAll(PackagedApp.testDatabase());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", proxy.route(PackagedApp.testDatabaseUrl()));
        return env;
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
