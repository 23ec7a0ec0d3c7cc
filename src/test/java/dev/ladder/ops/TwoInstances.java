package dev.ladder.ops;

import static io.restassured.RestAssured.given;

import dev.ladder.support.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two instances of the shipped jar on the test database, as behind a load balancer that sends each
 * request to either: the operator's own keys (so a token from one is good on the other) and the
 * given settings, such as rate limits, on both.
 */
final class TwoInstances implements AutoCloseable {
    private final List<PackagedApp> apps = new ArrayList<>();
    private final Map<String, String> env;

    private TwoInstances(Map<String, String> env) {
        this.env = env;
    }

    static TwoInstances start(Map<String, String> settings) throws Exception {
        Map<String, String> env = new HashMap<>(PackagedApp.testDatabase());
        env.putAll(PackagedApp.ownKeys());
        env.putAll(settings);
        TwoInstances both = new TwoInstances(env);
        try {
            for (int i = 0; i < 2; i++) {
                both.apps.add(PackagedApp.start(env));
            }
            for (PackagedApp app : both.apps) {
                app.awaitStarted(Duration.ofSeconds(150));
            }
            return both;
        } catch (Exception | Error e) {
            both.close();
            throw e;
        }
    }

    /**
     * One more instance behind the same balancer, with the same keys and settings but for
     * {@code overrides}, for a test to stop or cut off from the database; the caller closes it.
     */
    PackagedApp another(Map<String, String> overrides) throws Exception {
        Map<String, String> itsEnv = new HashMap<>(env);
        itsEnv.putAll(overrides);
        PackagedApp app = PackagedApp.start(itsEnv);
        try {
            app.awaitStarted(Duration.ofSeconds(150));
            return app;
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    /** The base address of instance {@code n % 2}, for clients other than REST Assured. */
    String url(int n) {
        return "http://127.0.0.1:" + apps.get(Math.floorMod(n, 2)).port;
    }

    /** A JSON request to instance {@code n % 2}: consecutive n alternate between the two. */
    RequestSpecification on(int n) {
        return given().baseUri("http://127.0.0.1")
                .port(apps.get(Math.floorMod(n, 2)).port)
                .contentType(ContentType.JSON);
    }

    /** Registers through instance {@code n % 2} and returns the access token. */
    String register(int n, String handle) {
        return on(n).body(Map.of(
                        "handle",
                        handle,
                        "email",
                        handle + "@example.com",
                        "password",
                        Fixtures.PASSWORD,
                        "displayName",
                        "Two instances"))
                .when()
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("accessToken");
    }

    @Override
    public void close() throws InterruptedException {
        for (PackagedApp app : apps) {
            app.close();
        }
    }
}
