package dev.ladder.notification;

import static dev.ladder.support.Problems.assertProblem;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An instance holds at most {@code ladder.notification.max-streams} streams (here 2): one more is a 503. */
@QuarkusTest
@TestProfile(NotificationStreamCapTest.TwoStreams.class)
class NotificationStreamCapTest {
    public static class TwoStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ladder.notification.max-streams", "2");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void anInstanceWithAllItsStreamsOpenSendsTheNextClientElsewhere() {
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Account reader = fixtures.register("reader");
                SseClient stream = SseClient.open(
                        "http://localhost:" + RestAssured.port + "/api/v1/me/notifications/stream",
                        Map.of("Authorization", "Bearer " + reader.accessToken()));
                open.add(stream);
                stream.next(Duration.ofSeconds(10));
            }
            Account late = fixtures.register("late");
            assertProblem(
                    late.as()
                            .accept("text/event-stream")
                            .when()
                            .get("/api/v1/me/notifications/stream")
                            .then(),
                    503,
                    "unavailable");
        } finally {
            open.forEach(SseClient::close);
        }
    }
}
