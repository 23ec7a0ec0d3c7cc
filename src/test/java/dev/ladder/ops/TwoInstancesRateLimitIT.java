package dev.ladder.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the shipped jar on one database, as behind a load balancer: a limit of 5 allows
 * exactly 5 requests in all, however they are spread over the instances and however they race.
 */
class TwoInstancesRateLimitIT {
    private static final String PASSWORD = "correct-horse-battery";
    private static final List<PackagedApp> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedApp.testDatabase());
        env.putAll(PackagedApp.ownKeys());
        env.put("LADDER_RATE_LIMIT_LOGIN_CAPACITY", "5");
        env.put("LADDER_RATE_LIMIT_LOGIN_PERIOD", "1H");
        env.put("LADDER_RATE_LIMIT_WRITES_CAPACITY", "5");
        env.put("LADDER_RATE_LIMIT_WRITES_PERIOD", "1H");
        for (int i = 0; i < 2; i++) {
            INSTANCES.add(PackagedApp.start(env));
        }
        for (PackagedApp instance : INSTANCES) {
            instance.awaitStarted(Duration.ofSeconds(150));
        }
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        for (PackagedApp instance : INSTANCES) {
            instance.close();
        }
    }

    private static RequestSpecification on(int instance) {
        return given().baseUri("http://127.0.0.1").port(INSTANCES.get(instance % 2).port).contentType(ContentType.JSON);
    }

    /** Registers through the first instance and returns the access token. */
    private static String register(String handle) {
        return on(0).body(Map.of("handle", handle, "email", handle + "@example.com", "password", PASSWORD,
                        "displayName", "Two instances")).when().post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("accessToken");
    }

    private static void assertExactlyFiveAllowed(List<Response> responses, int allowedStatus) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(5, Collections.frequency(statuses, allowedStatus), statuses.toString());
        assertEquals(5, Collections.frequency(statuses, 429), statuses.toString());
        for (Response refused : responses.stream().filter(r -> r.statusCode() == 429).toList()) {
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.header("Retry-After").matches("[1-9][0-9]*"), refused.header("Retry-After"));
            assertEquals("5", refused.header("RateLimit-Limit"));
            assertEquals("0", refused.header("RateLimit-Remaining"));
        }
    }

    @Test
    void tenRacingLoginsForOneAccountOverBothInstancesGetExactlyFiveAnswers() throws Exception {
        String handle = "two_" + Long.toString(System.nanoTime(), 36);
        register(handle);
        List<Callable<Response>> logins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int instance = i;
            logins.add(() -> on(instance).body(Map.of("login", handle, "password", "guess-number-" + instance))
                    .when().post("/api/v1/auth/login"));
        }
        assertExactlyFiveAllowed(Concurrently.send(10, logins), 401);
    }

    @Test
    void tenRacingWritesOfOneUserOverBothInstancesGetExactlyFiveThrough() throws Exception {
        String token = register("two_" + Long.toString(System.nanoTime(), 36));
        List<Callable<Response>> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int instance = i;
            writes.add(() -> on(instance).auth().oauth2(token).body(Map.of("displayName", "Write " + instance))
                    .when().patch("/api/v1/me"));
        }
        assertExactlyFiveAllowed(Concurrently.send(10, writes), 200);
    }
}
