package dev.ladder.ops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One packaged app for the tests of a class that need the same environment: started by the first
 * of them to ask, stopped by the class's @AfterAll. Each start of the jar costs seconds; a test
 * that needs an environment of its own (a refused start, other settings) starts its own app.
 */
final class SharedApp implements AutoCloseable {
    private final Callable<Map<String, String>> environment;
    private PackagedApp app;

    SharedApp(Callable<Map<String, String>> environment) {
        this.environment = environment;
    }

    synchronized PackagedApp get() throws Exception {
        if (app == null) {
            PackagedApp started = PackagedApp.start(environment.call());
            try {
                started.awaitStarted(Duration.ofSeconds(60));
            } catch (Exception | Error e) {
                started.close();
                throw e;
            }
            app = started;
        }
        return app;
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
