package dev.ladder.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.ops.DatabaseProxy.Outage;
import dev.ladder.support.Fixtures;
import dev.ladder.support.SseClient;
import dev.ladder.support.SseClient.Event;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live notifications behind a load balancer: the writer and the reader reach different instances
 * of the shipped jar, the instances tell each other through PostgreSQL's LISTEN/NOTIFY, and a
 * reader's stream gets every notification once, in order, whatever happens to the instance or to
 * its database connections in between. Each reader here is a fresh account whose notifications
 * all come from one writer commenting on the reader's question.
 */
class LiveNotificationsIT {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.start(Map.of(
                "LADDER_RATE_LIMIT_AUTH_CAPACITY", "100000",
                "LADDER_RATE_LIMIT_WRITES_CAPACITY", "100000",
                "LADDER_RATE_LIMIT_READS_CAPACITY", "1000000",
                // A lost LISTEN connection is found within a heartbeat: 2 s rather than 25.
                "LADDER_NOTIFICATION_HEARTBEAT", "2S"));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    /** A signed-in account and the question it asked through instance 0. */
    private record Reader(String token, String question) {
        static Reader register() {
            String token = instances.register(0, Fixtures.uniqueHandle("reader"));
            String question = instances
                    .on(0)
                    .auth()
                    .oauth2(token)
                    .body(Map.of(
                            "title",
                            "Who reads my live notifications?",
                            "body",
                            "Every comment here should reach my stream once.",
                            "topics",
                            List.of("career-growth"),
                            "anonymous",
                            false))
                    .when()
                    .post("/api/v1/questions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            return new Reader(token, question);
        }

        /** Opens a stream on {@code baseUrl}, after {@code lastEventId} when not null. */
        SseClient stream(String baseUrl, String lastEventId) {
            Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token));
            if (lastEventId != null) {
                headers.put("Last-Event-ID", lastEventId);
            }
            SseClient stream = SseClient.open(baseUrl + "/api/v1/me/notifications/stream", headers);
            assertEquals(200, stream.status(), stream.status() == 200 ? "" : stream.body());
            assertEquals("unread-count", stream.next(SOON).name());
            return stream;
        }

        /** The ids of all its notifications, oldest first, as the list pages through them. */
        List<String> notificationIds() {
            List<String> ids = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = instances
                        .on(1)
                        .auth()
                        .oauth2(token)
                        .queryParam("limit", 100)
                        .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                        .when()
                        .get("/api/v1/me/notifications")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                page.getList("items.id").forEach(id -> ids.add(String.valueOf(id)));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            Collections.reverse(ids);
            return ids;
        }
    }

    /** Comments on the reader's question through instance 0, and returns the comment's id. */
    private static String comment(String writerToken, Reader reader, int n) {
        return instances
                .on(0)
                .auth()
                .oauth2(writerToken)
                .body(Map.of("body", "Comment number " + n + " on your question."))
                .when()
                .post("/api/v1/questions/" + reader.question() + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The notifications a stream has sent so far, oldest first. */
    private static List<Event> notifications(SseClient stream) {
        return stream.received().stream()
                .filter(e -> e.name().equals("notification"))
                .toList();
    }

    private static List<String> ids(SseClient stream) {
        return notifications(stream).stream().map(Event::id).toList();
    }

    @Test
    void aWriteThroughOneInstanceReachesAStreamOnTheOtherWithinASecond() {
        Reader reader = Reader.register();
        String writer = instances.register(0, Fixtures.uniqueHandle("writer"));
        int warmUp = 20;
        int measured = 200;
        List<Long> millis = new ArrayList<>();
        try (SseClient stream = reader.stream(instances.url(1), null)) {
            for (int i = 0; i < warmUp + measured; i++) {
                long sent = System.nanoTime();
                String commentId = comment(writer, reader, i);
                Event event = stream.next(SOON);
                assertEquals("notification", event.name());
                assertEquals(commentId, new JsonPath(event.data()).getString("commentId"));
                if (i >= warmUp) {
                    millis.add(Duration.ofNanos(event.receivedNanos() - sent).toMillis());
                }
            }
            stream.assertNothing(Duration.ofSeconds(1));
            assertEquals(reader.notificationIds(), ids(stream));
        }
        Collections.sort(millis);
        long p50 = millis.get(millis.size() / 2);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        System.out.printf(
                "Across instances, comment sent -> event received: p50 %d ms, p99 %d ms, max %d ms (%d writes)%n",
                p50, p99, millis.get(millis.size() - 1), measured);
        assertTrue(p99 < 1_000, "p99 " + p99 + " ms");
    }

    /**
     * SIGKILL of the instance holding the stream while the writer goes on through another: the
     * client reconnects to a surviving instance with the last id it got, and between the two
     * streams has every notification exactly once, in order.
     */
    @Test
    void clientsOfAKilledInstanceResumeOnAnotherAndMissNothing() throws Exception {
        Reader reader = Reader.register();
        String writer = instances.register(0, Fixtures.uniqueHandle("writer"));
        int comments = 60;
        try (PackagedApp doomed = instances.another(Map.of());
                SseClient first = reader.stream("http://127.0.0.1:" + doomed.port, null)) {
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < comments; i++) {
                    comment(writer, reader, i);
                    pause(Duration.ofMillis(30));
                }
            });
            await().atMost(SOON).until(() -> notifications(first).size() >= 20);
            doomed.process.destroyForcibly();
            first.awaitEnd(SOON);
            List<String> beforeTheKill = ids(first);

            try (SseClient second = reader.stream(instances.url(1), beforeTheKill.get(beforeTheKill.size() - 1))) {
                writing.get();
                await().atMost(SOON).until(() -> notifications(second).size() >= comments - beforeTheKill.size());
                pause(Duration.ofSeconds(1)); // for a repeat to show
                List<String> all = new ArrayList<>(beforeTheKill);
                all.addAll(ids(second));
                assertEquals(reader.notificationIds(), all);
                assertEquals(comments, all.size());
                System.out.printf(
                        "SIGKILL: %d notifications before it on the killed instance, %d after resuming on another%n",
                        beforeTheKill.size(), comments - beforeTheKill.size());
            }
        }
    }

    /**
     * PostgreSQL restarts as the stream's instance sees it (a proxy resets its connections and
     * refuses new ones for a few seconds) while another instance goes on writing: the stream stays
     * open, and once the database is back it sends what was committed meanwhile, then live again.
     */
    @Test
    void aStreamOutlivesADatabaseRestartAndLosesNothing() throws Exception {
        Reader reader = Reader.register();
        String writer = instances.register(0, Fixtures.uniqueHandle("writer"));
        try (DatabaseProxy proxy = DatabaseProxy.to(PackagedApp.testDatabaseUrl());
                PackagedApp cutOff = instances.another(
                        Map.of("QUARKUS_DATASOURCE_JDBC_URL", proxy.route(PackagedApp.testDatabaseUrl())));
                SseClient stream = reader.stream("http://127.0.0.1:" + cutOff.port, null)) {
            for (int i = 0; i < 5; i++) {
                comment(writer, reader, i);
            }
            await().atMost(SOON).until(() -> notifications(stream).size() == 5);

            proxy.cut(Outage.REFUSED);
            for (int i = 5; i < 10; i++) {
                comment(writer, reader, i);
            }
            pause(Duration.ofSeconds(3));
            assertEquals(5, notifications(stream).size(), "delivered while the database was away");
            long restored = System.nanoTime();
            proxy.restore();
            await().atMost(SOON).until(() -> notifications(stream).size() == 10);
            long caughtUp = notifications(stream).get(9).receivedNanos();

            for (int i = 10; i < 15; i++) {
                comment(writer, reader, i);
            }
            await().atMost(SOON).until(() -> notifications(stream).size() == 15);
            pause(Duration.ofSeconds(1)); // for a repeat to show
            assertEquals(reader.notificationIds(), ids(stream));
            System.out.printf(
                    "Database back -> the 5 notifications committed while it was away delivered: %d ms%n",
                    Duration.ofNanos(caughtUp - restored).toMillis());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
