package dev.ladder.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ladder.mail.Inbox;
import dev.ladder.mail.Inbox.Received;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Sql;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the shipped jar run both mail jobs every second against one SMTP server: a
 * reader gets one weekly digest and one mail per answer, never one from each instance.
 */
class MailTwoInstancesIT {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final Sql DB = PackagedApp.testDatabaseSql();
    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // The suite's earlier answers are nobody's mail here: the answer mail starts from now.
        DB.update("UPDATE mail_cursors SET last_event_id = (SELECT coalesce(max(id), 0) FROM notification_events)"
                + " WHERE name = 'answers'");
        instances = TwoInstances.start(Map.of(
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(SMTP.getSmtp().getPort()),
                "LADDER_MAIL_DIGEST_EVERY", "1S",
                "LADDER_MAIL_ANSWERS_EVERY", "1S",
                "LADDER_RATE_LIMIT_WRITES_CAPACITY", "100000"));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    /** A topic of this test's own, made by a moderator, so that no other run's questions are in it. */
    private static String topic() {
        String moderator = Fixtures.uniqueHandle("mod");
        instances.register(0, moderator);
        DB.update("UPDATE users SET role = 'moderator' WHERE handle = ?", moderator);
        String token = instances
                .on(1)
                .body(Map.of("login", moderator, "password", Fixtures.PASSWORD))
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        String slug = moderator.toLowerCase().replace('_', '-');
        instances
                .on(0)
                .auth()
                .oauth2(token)
                .body(Map.of("slug", slug, "name", "Mail " + slug, "description", "MailTwoInstancesIT's own topic."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        return slug;
    }

    private static String ask(String token, int n, String topic, String title) {
        return instances
                .on(n)
                .auth()
                .oauth2(token)
                .body(Map.of(
                        "title",
                        title,
                        "body",
                        "Asked for MailTwoInstancesIT.",
                        "topics",
                        List.of(topic),
                        "anonymous",
                        false))
                .when()
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void oneDigestAndOneMailPerAnswerWhateverBothInstancesDo() {
        String topic = topic();
        String handle = Fixtures.uniqueHandle("reader");
        String reader = instances.register(0, handle);
        instances
                .on(1)
                .auth()
                .oauth2(reader)
                .when()
                .put("/api/v1/topics/" + topic + "/follow")
                .then()
                .statusCode(204);
        String author = instances.register(1, Fixtures.uniqueHandle("author"));
        // Last week's questions, for this week's digest: the Sunday before this week's Monday.
        Timestamp lastWeek = Timestamp.from(LocalDate.now(ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC)
                .minusHours(12)
                .toInstant());
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            asked.add(ask(author, i, topic, "Which interview loop did you prepare for, " + handle + " " + i + "?"));
        }
        // All three at once: the jobs run every second and would send a digest of the first alone.
        DB.update(
                "UPDATE questions SET created_at = ? WHERE id = ANY(?::uuid[])",
                lastWeek,
                "{" + String.join(",", asked) + "}");
        String question = ask(reader, 0, topic, "How long should a take-home assignment take?");
        instances
                .on(1)
                .auth()
                .oauth2(author)
                .body(Map.of("body", "A few hours at most.", "anonymous", false))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201);

        String address = handle + "@example.com";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Inbox.to(SMTP, address).size() >= 2);
        // Both instances run both jobs a few more times.
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<String> subjects =
                Inbox.to(SMTP, address).stream().map(Received::subject).sorted().toList();
        assertEquals(
                List.of(
                        "New answer to \"How long should a take-home assignment take?\"",
                        "Your weekly Ladder digest: 3 new questions"),
                subjects);
        String digest = Inbox.to(SMTP, address).stream()
                .filter(mail -> mail.subject().startsWith("Your weekly"))
                .findFirst()
                .orElseThrow()
                .text();
        assertTrue(digest.contains("Which interview loop did you prepare for, " + handle + " 2?"), digest);
    }
}
