package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
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
    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.start(Map.of(
                "LADDER_RATE_LIMIT_LOGIN_CAPACITY",
                "5",
                "LADDER_RATE_LIMIT_LOGIN_PERIOD",
                "1H",
                "LADDER_RATE_LIMIT_WRITES_CAPACITY",
                "5",
                "LADDER_RATE_LIMIT_WRITES_PERIOD",
                "1H"));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    private static void assertExactlyFiveAllowed(List<Response> responses, int allowedStatus) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(5, Collections.frequency(statuses, allowedStatus), statuses.toString());
        assertEquals(5, Collections.frequency(statuses, 429), statuses.toString());
        for (Response refused :
                responses.stream().filter(r -> r.statusCode() == 429).toList()) {
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.header("Retry-After").matches("[1-9][0-9]*"), refused.header("Retry-After"));
            assertEquals("5", refused.header("RateLimit-Limit"));
            assertEquals("0", refused.header("RateLimit-Remaining"));
        }
    }

    @Test
    void tenRacingLoginsForOneAccountOverBothInstancesGetExactlyFiveAnswers() throws Exception {
        String handle = "two_" + Long.toString(System.nanoTime(), 36);
        instances.register(0, handle);
        List<Callable<Response>> logins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int instance = i;
            logins.add(() -> instances
                    .on(instance)
                    .body(Map.of("login", handle, "password", "guess-number-" + instance))
                    .when()
                    .post("/api/v1/auth/login"));
        }
        assertExactlyFiveAllowed(Concurrently.send(10, logins), 401);
    }

    @Test
    void tenRacingWritesOfOneUserOverBothInstancesGetExactlyFiveThrough() throws Exception {
        String token = instances.register(0, "two_" + Long.toString(System.nanoTime(), 36));
        List<Callable<Response>> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int instance = i;
            writes.add(() -> instances
                    .on(instance)
                    .auth()
                    .oauth2(token)
                    .body(Map.of("displayName", "Write " + instance))
                    .when()
                    .patch("/api/v1/me"));
        }
        assertExactlyFiveAllowed(Concurrently.send(10, writes), 200);
    }
}
