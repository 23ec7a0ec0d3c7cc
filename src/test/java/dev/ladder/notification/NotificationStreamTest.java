package dev.ladder.notification;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.SseClient;
import dev.ladder.support.SseClient.Event;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live notification stream: what it sends, resuming, heartbeats, tickets and caps. */
@QuarkusTest
class NotificationStreamTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @Inject
    Fixtures fixtures;

    private static String streamUrl(String query) {
        return "http://localhost:" + RestAssured.port + "/api/v1/me/notifications/stream" + query;
    }

    private static SseClient stream(Account reader, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Authorization", "Bearer " + reader.accessToken());
        SseClient stream = SseClient.open(streamUrl(""), all);
        assertEquals(200, stream.status(), stream.status() == 200 ? "" : stream.body());
        return stream;
    }

    private static String ticket(Account reader) {
        return reader.as()
                .when()
                .post("/api/v1/me/notifications/stream-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("ticket");
    }

    private static JsonPath data(Event event) {
        return new JsonPath(event.data());
    }

    @Test
    void aNewNotificationArrivesWithItsIdAndOnlyForItsReader() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        Account bystander = fixtures.register("bystander");
        String question = fixtures.ask(asker, "Does the stream tell me of answers?", false);
        try (SseClient mine = stream(asker, Map.of());
                SseClient theirs = stream(bystander, Map.of())) {
            Event count = mine.next(SOON);
            assertEquals("unread-count", count.name());
            assertNull(count.id(), "the count is no position to resume from");
            assertEquals(0, data(count).getInt("count"));
            assertEquals("unread-count", theirs.next(SOON).name());

            String answer = fixtures.answer(answerer, question, "It does, within a second.", false);

            Event event = mine.next(SOON);
            assertEquals("notification", event.name());
            JsonPath listed = asker.as()
                    .when()
                    .get("/api/v1/me/notifications")
                    .then()
                    .extract()
                    .jsonPath();
            assertEquals(listed.getString("items[0].id"), event.id());
            assertEquals(listed.getMap("items[0]"), data(event).getMap(""));
            assertEquals(answer, data(event).getString("answerId"));
            theirs.assertNothing(Duration.ofSeconds(1));
        }
    }

    @Test
    void commentsAndNewQuestionsInFollowedTopicsArriveToo() {
        Account asker = fixtures.register("asker");
        Account commenter = fixtures.register("commenter");
        String slug = "live-" + Fixtures.uniqueHandle("t").toLowerCase().replace('_', '-');
        fixtures.registerWithRole("mod", "moderator")
                .as()
                .body(Map.of("slug", slug, "name", "Live", "description", "A topic followed live."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        asker.as().when().put("/api/v1/topics/" + slug + "/follow").then().statusCode(204);
        String question = fixtures.ask(asker, "Will a comment reach me live?", false);
        try (SseClient mine = stream(asker, Map.of())) {
            mine.next(SOON);
            String comment = fixtures.commentOnQuestion(commenter, question, "It should.");
            Event event = mine.next(SOON);
            assertEquals("comment", data(event).getString("type"));
            assertEquals(comment, data(event).getString("commentId"));

            fixtures.ask(commenter, "A new question in a followed topic", false, slug);
            Event asked = mine.next(SOON);
            assertEquals("new-question", data(asked).getString("type"));
            assertEquals(slug, data(asked).getString("topic.slug"));
        }
    }

    @Test
    void aStreamResumedFromLastEventIdMissesAndRepeatsNothing() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "What did I miss while offline?", false);
        String lastSeen;
        try (SseClient first = stream(asker, Map.of())) {
            first.next(SOON);
            fixtures.answer(answerer, question, "The first answer, seen live.", false);
            lastSeen = first.next(SOON).id();
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.add(fixtures.answer(fixtures.register("late"), question, "Answer " + i + " while away.", false));
        }
        try (SseClient resumed = stream(asker, Map.of("Last-Event-ID", lastSeen))) {
            Event count = resumed.next(SOON);
            assertEquals("unread-count", count.name());
            assertEquals(1, data(count).getInt("count"), "unread up to where the stream resumes");
            List<String> received = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                received.add(data(resumed.next(SOON)).getString("answerId"));
            }
            assertEquals(missed, received, "in order, once each");
            resumed.assertNothing(Duration.ofSeconds(1));
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        try (SseClient idle = stream(fixtures.register("idle"), Map.of())) {
            idle.next(SOON);
            assertEquals("heartbeat", idle.nextComment(SOON).comment());
        }
    }

    @Test
    void aTicketOpensOneStreamOnce() {
        Account reader = fixtures.register("reader");
        String ticket = ticket(reader);
        try (SseClient stream = SseClient.open(streamUrl("?ticket=" + ticket), Map.of())) {
            assertEquals(200, stream.status());
            assertEquals("unread-count", stream.next(SOON).name());
        }
        assertProblem(
                given().accept("text/event-stream")
                        .when()
                        .get("/api/v1/me/notifications/stream?ticket=" + ticket)
                        .then(),
                401,
                "unauthorized");
        assertProblem(
                given().accept("text/event-stream")
                        .when()
                        .get("/api/v1/me/notifications/stream?ticket=made-up")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void aTicketExpires() {
        Account reader = fixtures.register("reader");
        String ticket = ticket(reader);
        fixtures.update(
                "UPDATE notification_stream_tickets SET expires_at = now() - interval '1 second'"
                        + " WHERE user_id = (SELECT id FROM users WHERE handle = ?)",
                reader.handle());
        assertProblem(
                given().accept("text/event-stream")
                        .when()
                        .get("/api/v1/me/notifications/stream?ticket=" + ticket)
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void aStreamNeedsATokenOrATicket() {
        assertProblem(
                given().accept("text/event-stream")
                        .when()
                        .get("/api/v1/me/notifications/stream")
                        .then(),
                401,
                "unauthorized");
        assertProblem(
                given().accept("text/event-stream")
                        .header("Authorization", "Bearer not-a-token")
                        .when()
                        .get("/api/v1/me/notifications/stream")
                        .then(),
                401,
                "unauthorized");
        assertProblem(
                given().when().post("/api/v1/me/notifications/stream-tickets").then(), 401, "unauthorized");
    }

    @Test
    void aBadLastEventIdIsA400() {
        Account reader = fixtures.register("reader");
        assertProblem(
                reader.as()
                        .accept("text/event-stream")
                        .header("Last-Event-ID", "yesterday")
                        .when()
                        .get("/api/v1/me/notifications/stream")
                        .then(),
                400,
                "validation");
    }

    @Test
    void oneAccountHasAtMostFiveStreamsOpen() {
        Account reader = fixtures.register("reader");
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(stream(reader, Map.of()));
                open.get(i).next(SOON);
            }
            assertProblem(
                    reader.as()
                            .accept("text/event-stream")
                            .when()
                            .get("/api/v1/me/notifications/stream")
                            .then(),
                    429,
                    "too-many-requests");
            open.remove(0).close();
            // Closing one frees its place once the server sees the connection go.
            org.awaitility.Awaitility.await().atMost(SOON).until(() -> {
                SseClient again =
                        SseClient.open(streamUrl(""), Map.of("Authorization", "Bearer " + reader.accessToken()));
                if (again.status() == 200) {
                    open.add(again);
                    return true;
                }
                again.body();
                return false;
            });
        } finally {
            open.forEach(SseClient::close);
        }
    }
}
