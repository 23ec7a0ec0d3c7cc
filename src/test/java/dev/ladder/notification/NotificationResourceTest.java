package dev.ladder.notification;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notifications: who hears of what, anonymity, withdrawal, batching and read state. */
@QuarkusTest
class NotificationResourceTest {
    @Inject
    Fixtures fixtures;

    private static JsonPath notifications(Account reader) {
        return reader.as()
                .when()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long unread(Account reader) {
        return reader.as()
                .when()
                .get("/api/v1/me/notifications/unread-count")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("count")
                .longValue();
    }

    @Test
    void anAnswerReachesTheQuestionsFollowersButNotItsAuthor() {
        String company = "Quietco" + Fixtures.uniqueHandle("c");
        Account asker = fixtures.register("asker");
        Account follower = fixtures.register("follower");
        Account answerer = fixtures.register("answerer");
        fixtures.addPosition(answerer, company, "Engineering Manager", "Series B Startup", "2020-01", null);
        Account late = fixtures.register("late");
        String question = fixtures.ask(asker, "Who hears of the answers here?", true);
        follower.as()
                .when()
                .put("/api/v1/questions/" + question + "/follow")
                .then()
                .statusCode(204);

        String answer = fixtures.answer(answerer, question, "An anonymous answer.", true);
        late.as().when().put("/api/v1/questions/" + question + "/follow").then().statusCode(204);

        for (Account reader : List.of(asker, follower)) {
            JsonPath feed = notifications(reader);
            assertEquals(List.of("answer"), feed.getList("items.type"), reader.handle());
            assertEquals(question, feed.getString("items[0].question.id"));
            assertEquals("Who hears of the answers here?", feed.getString("items[0].question.title"));
            assertEquals(answer, feed.getString("items[0].answerId"));
            assertEquals(false, feed.getBoolean("items[0].read"));
            // The anonymous answerer is the answer's headline, nothing else.
            assertEquals(
                    Map.of("anonymous", true, "verified", false, "headline", "Engineering Manager at Series B Startup"),
                    feed.getMap("items[0].actor"));
            String body = reader.as().when().get("/api/v1/me/notifications").asString();
            for (String secret : List.of(answerer.handle(), answerer.email(), company)) {
                assertFalse(body.contains(secret), "reveals " + secret);
            }
        }
        // The answerer follows the question by answering, but is not told of their own answer; who
        // followed after it hears nothing of it.
        assertEquals(List.of(), notifications(answerer).getList("items"));
        assertEquals(List.of(), notifications(late).getList("items"));

        // Deleting the answer withdraws what it caused.
        answerer.as().when().delete("/api/v1/answers/" + answer).then().statusCode(204);
        assertEquals(List.of(), notifications(follower).getList("items"));
        assertEquals(0, unread(follower));
    }

    @Test
    void aCommentReachesThePostsAuthorAndItsMentionsOnce() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        Account mentioned = fixtures.register("mentioned");
        String question = fixtures.ask(asker, "Who hears of the comments here?", false);
        String answer = fixtures.answer(answerer, question, "An answer to comment on.", false);

        String onQuestion = fixtures.commentOnQuestion(
                answerer, question, "Ask @" + mentioned.handle() + " and @" + asker.handle() + " about it.");
        // The asker commenting on their own question hears nothing of it.
        fixtures.commentOnQuestion(asker, question, "Thanks, @" + asker.handle() + " here.");
        String onAnswer = fixtures.commentOnAnswer(asker, answer, "What level were you?");

        JsonPath askers = notifications(asker);
        // The answer (the asker follows the question) and the comment on the question, once, not as a mention too.
        assertEquals(List.of("comment", "answer"), askers.getList("items.type"));
        assertEquals(onQuestion, askers.getString("items[0].commentId"));
        assertNull(askers.get("items[0].answerId"));
        assertEquals(answerer.handle(), askers.getString("items[0].actor.handle"));

        JsonPath mentions = notifications(mentioned);
        assertEquals(List.of("mention"), mentions.getList("items.type"));
        assertEquals(onQuestion, mentions.getString("items[0].commentId"));

        JsonPath answerers = notifications(answerer);
        assertEquals(List.of("comment"), answerers.getList("items.type"));
        assertEquals(onAnswer, answerers.getString("items[0].commentId"));
        assertEquals(answer, answerers.getString("items[0].answerId"));
        assertEquals(true, answerers.getBoolean("items[0].actor.asker"));

        answerer.as().when().delete("/api/v1/comments/" + onQuestion).then().statusCode(204);
        assertEquals(List.of(), notifications(mentioned).getList("items"));
    }

    @Test
    void theAuthorHearsTheirAnswerWasAcceptedByTheAnonymousAskerAsTheAsker() {
        Account asker = fixtures.register("asker");
        fixtures.addPosition(asker, "Askerco", "Software Engineer", "Series A Startup", "2022-01", null);
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Which answer helped?", true);
        String answer = fixtures.answer(answerer, question, "This one, hopefully.", false);
        asker.as()
                .body(Map.of("answerId", answer))
                .when()
                .put("/api/v1/questions/" + question + "/accepted-answer")
                .then()
                .statusCode(200);

        JsonPath feed = notifications(answerer);
        assertEquals(List.of("accepted"), feed.getList("items.type"));
        assertEquals(answer, feed.getString("items[0].answerId"));
        assertEquals(
                Map.of(
                        "anonymous",
                        true,
                        "verified",
                        false,
                        "headline",
                        "Software Engineer at Series A Startup",
                        "asker",
                        true),
                feed.getMap("items[0].actor"));
    }

    @Test
    void newQuestionsInAFollowedTopicComeAsOneNotificationPerTopic() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String slug = "notified-" + Fixtures.uniqueHandle("t").toLowerCase().replace('_', '-');
        moderator
                .as()
                .body(Map.of("slug", slug, "name", "Notified", "description", "A topic to follow."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        Account follower = fixtures.register("follower");
        Account asker = fixtures.register("asker");
        follower.as().when().put("/api/v1/topics/" + slug + "/follow").then().statusCode(204);
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = fixtures.ask(asker, "New question number " + i + " in the topic", i == 1, slug);
        }

        JsonPath feed = notifications(follower);
        // One notification per topic and hour: one, unless the questions straddled the turn of an hour.
        long hours = fixtures.count(
                "SELECT count(DISTINCT e.batch_start) FROM notification_events e JOIN topics t ON t.id = e.topic_id"
                        + " WHERE t.slug = ?",
                slug);
        assertEquals(hours, feed.getList("items").size());
        assertEquals(
                List.of("new-question"),
                feed.getList("items.type").stream().distinct().toList());
        assertEquals(
                3,
                feed.getList("items.count", Integer.class).stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        assertEquals(slug, feed.getString("items[0].topic.slug"));
        assertEquals(last, feed.getString("items[0].question.id"));
        assertNull(feed.get("items[0].actor"));
        // The asker is not told of their own questions.
        assertEquals(List.of(), notifications(asker).getList("items"));
    }

    @Test
    void readUpToMarksWhatWasShownAndTheCountIsCacheable() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Counting unread notifications", false);
        fixtures.answer(answerer, question, "First.", false);
        fixtures.answer(answerer, question, "Second.", false);

        var count = asker.as().when().get("/api/v1/me/notifications/unread-count");
        count.then().statusCode(200).body("count", is(2));
        asker.as()
                .header("If-None-Match", count.header("ETag"))
                .when()
                .get("/api/v1/me/notifications/unread-count")
                .then()
                .statusCode(304);

        List<Number> ids = notifications(asker).getList("items.id");
        // A number past the newest event marks read only what exists: what comes later is unread.
        asker.as()
                .body(Map.of("upTo", ids.get(0).longValue() + 1_000_000))
                .when()
                .post("/api/v1/me/notifications/read")
                .then()
                .statusCode(204);
        assertEquals(0, unread(asker));
        assertEquals(List.of(true, true), notifications(asker).getList("items.read"));
        fixtures.answer(answerer, question, "Third.", false);
        assertEquals(1, unread(asker));
        assertEquals(
                1,
                asker.as()
                        .queryParam("unread", "true")
                        .when()
                        .get("/api/v1/me/notifications")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items")
                        .size());
        // The mark only moves forward.
        asker.as()
                .body(Map.of("upTo", 0))
                .when()
                .post("/api/v1/me/notifications/read")
                .then()
                .statusCode(204);
        assertEquals(1, unread(asker));
    }

    @Test
    void theInboxIsAKeysetListThatLosesNothing() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Paging through notifications", false);
        for (int i = 0; i < 5; i++) {
            fixtures.answer(answerer, question, "Answer " + i, false);
        }
        List<Object> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = asker.as()
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .when()
                    .get("/api/v1/me/notifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.answerId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
        assertEquals(
                fixtures.strings(
                        "SELECT id::text FROM answers WHERE question_id = ?::uuid ORDER BY created_at DESC, id DESC",
                        question),
                seen);
        assertProblem(
                        asker.as()
                                .queryParam("cursor", "not-a-cursor")
                                .when()
                                .get("/api/v1/me/notifications")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void theUnreadCountStopsAtAHundred() {
        Account reader = fixtures.register("reader");
        Account other = fixtures.register("other");
        String question = fixtures.ask(other, "A question with many facts about it", false);
        // 105 facts for the reader, written as Notifier would.
        fixtures.update(
                "INSERT INTO notification_events (type, created_at, actor_id, recipient_id, question_id)"
                        + " SELECT 'accepted', now(), o.id, r.id, ?::uuid FROM users o, users r, generate_series(1, 105)"
                        + " WHERE o.handle = ? AND r.handle = ?",
                question,
                other.handle(),
                reader.handle());
        assertEquals(100, unread(reader));
        assertEquals(20, notifications(reader).getList("items").size());
    }

    @Test
    void badInputIsAProblemAndSignedOutIsUnauthorized() {
        Account reader = fixtures.register("reader");
        for (Object body : List.of(Map.of(), Map.of("upTo", -1), Map.of("upTo", "many"), Map.of("upTo", 1.5))) {
            assertProblem(
                    reader.as()
                            .body(body)
                            .when()
                            .post("/api/v1/me/notifications/read")
                            .then(),
                    400,
                    "validation");
        }
        assertProblem(
                        reader.as()
                                .queryParam("unread", "maybe")
                                .when()
                                .get("/api/v1/me/notifications")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("unread"));
        given().when().get("/api/v1/me/notifications").then().statusCode(401);
        given().when().get("/api/v1/me/notifications/unread-count").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("upTo", 1))
                .when()
                .post("/api/v1/me/notifications/read")
                .then()
                .statusCode(401);
    }
}
