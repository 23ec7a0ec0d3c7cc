package dev.ladder.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.mail.Inbox.Received;
import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Digests of followed topics, received by a real SMTP server. The questions are moved into a week
 * long past, in topics of this test's own, so that nothing else in the shared database is in them.
 */
@QuarkusTest
class DigestTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    /** A Monday noon: its week and its day started at midnight. */
    private static final Instant NOW = Instant.parse("2001-03-12T12:00:00Z");
    /** The Sunday before: in the week before NOW's and in the day before NOW's. */
    private static final Instant ASKED = Instant.parse("2001-03-11T08:00:00Z");

    @Inject
    Fixtures fixtures;

    @Inject
    DigestJob job;

    private String topic(Account moderator) {
        String slug = Fixtures.uniqueHandle("digest").toLowerCase().replace('_', '-');
        moderator
                .as()
                .body(Map.of("slug", slug, "name", "Digest " + slug, "description", "A topic of DigestTest's own."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        return slug;
    }

    private Account reader(String digest, String... topics) {
        Account reader = fixtures.register("reader");
        reader.as()
                .body(Map.of("emailDigest", digest))
                .when()
                .patch("/api/v1/me/settings")
                .then()
                .statusCode(200);
        for (String topic : topics) {
            reader.as().when().put("/api/v1/topics/" + topic + "/follow").then().statusCode(204);
        }
        return reader;
    }

    /** Asks in {@code topic} and moves the question to {@code minutes} after ASKED. */
    private String askedBack(Account author, String title, String topic, int minutes) {
        String id = fixtures.ask(author, title, false, topic);
        fixtures.update(
                "UPDATE questions SET created_at = ? WHERE id = ?::uuid",
                Timestamp.from(ASKED.plus(Duration.ofMinutes(minutes))),
                id);
        return id;
    }

    @Test
    void theTopTenQuestionsOfFollowedTopicsOncePerPeriodWhateverTwoInstancesDo() throws Exception {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String followed = topic(moderator);
        String other = topic(moderator);
        Account weekly = reader("weekly", followed);
        Account daily = reader("daily", followed);
        Account off = reader("off", followed);
        Account author = fixtures.register("author");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            titles.add("Digest question number " + i + " of the week");
            askedBack(author, titles.get(i), followed, i);
        }
        askedBack(author, "A question in a topic nobody here follows", other, 30);
        askedBack(weekly, "The weekly reader's own question", followed, 40);

        List<Callable<Integer>> twoInstances = List.of(() -> job.sendDue(NOW), () -> job.sendDue(NOW));
        Concurrently.send(2, twoInstances);
        job.sendDue(NOW.plus(Duration.ofHours(1)));

        List<Received> mail = Inbox.to(weekly.email());
        assertEquals(1, mail.size(), mail.toString());
        Received digest = mail.get(0);
        assertEquals("Your weekly Ladder digest: 10 new questions", digest.subject());
        // All at 0 votes and 0 answers: newest first, the two oldest left out.
        List<Integer> positions = new ArrayList<>();
        for (int i = 11; i >= 2; i--) {
            positions.add(digest.text().indexOf(titles.get(i)));
        }
        assertTrue(positions.stream().allMatch(p -> p >= 0), digest.text());
        assertEquals(positions.stream().sorted().toList(), positions, "newest first");
        for (String absent :
                List.of(titles.get(1) + "\n", titles.get(0) + "\n", "nobody here follows", "The weekly reader's own")) {
            assertFalse(digest.text().contains(absent), absent);
        }
        assertTrue(digest.text().contains("0 votes, 0 answers: http://localhost:8080/#/questions/"));
        assertEquals("List-Unsubscribe=One-Click", digest.listUnsubscribePost());

        List<Received> dailyMail = Inbox.to(daily.email());
        assertEquals(1, dailyMail.size());
        assertEquals(
                "Your daily Ladder digest: 10 new questions", dailyMail.get(0).subject());
        assertEquals(List.of(), Inbox.to(off.email()));

        // The next week's window holds none of these: nothing more.
        job.sendDue(NOW.plus(Duration.ofDays(7)));
        assertEquals(1, Inbox.to(weekly.email()).size());

        given().queryParam("token", digest.unsubscribeToken())
                .when()
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(200)
                .body("emailDigest", is("off"));
    }
}
