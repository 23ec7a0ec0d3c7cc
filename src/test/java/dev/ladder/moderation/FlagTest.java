package dev.ladder.moderation;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.Recount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Readers flag posts, enough flags hide one, moderators resolve the queue, and the log keeps it all. */
@QuarkusTest
class FlagTest {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Inject
    Fixtures fixtures;

    private static Response flag(Account reader, String kind, String id, String reason) {
        return reader.as().body(Map.of("reason", reason)).when().post("/api/v1/" + kind + "/" + id + "/flags");
    }

    private static ValidatableResponse resolve(Account moderator, String flagId, String action) {
        return moderator
                .as()
                .body(Map.of("action", action))
                .when()
                .post("/api/v1/moderation/flags/" + flagId + "/resolve")
                .then();
    }

    /** The moderation log's entries about one post or company, newest first. */
    private List<String> logged(String targetId) {
        return fixtures.strings(
                "SELECT action || ':' || coalesce((SELECT handle FROM users WHERE id = moderator_id), '-')"
                        + " FROM moderation_log WHERE target_id = CAST(? AS uuid) ORDER BY at DESC, id DESC",
                targetId);
    }

    @Test
    void threeReadersFlagsHideAnAnswerFromAllButItsAuthorAndModeratorsUntilDismissed() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Should I flag answers that just advertise a course?", false);
        String answer = fixtures.answer(answerer, question, "Buy my course on getting promoted!", false);
        Recount recount = new Recount(fixtures.sql());

        List<String> flags = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/answers/" + answer).then().statusCode(200);
            Response flagged = flag(fixtures.register("flagger"), "answers", answer, "spam");
            flagged.then()
                    .statusCode(201)
                    .body("post.type", is("answer"))
                    .body("post.id", is(answer))
                    .body("post.questionId", is(question))
                    .body("reason", is("spam"))
                    .body("status", is("open"));
            flags.add(flagged.path("id"));
        }

        // The third flag hid it: gone for readers, flaggers and the list; its author and moderators still see it.
        given().when().get("/api/v1/answers/" + answer).then().statusCode(404);
        flag(fixtures.register("late"), "answers", answer, "spam").then().statusCode(404);
        given().when().get("/api/v1/questions/" + question + "/answers").then().body("items.size()", is(0));
        answerer.as()
                .when()
                .get("/api/v1/answers/" + answer)
                .then()
                .statusCode(200)
                .body("hiddenAt", notNullValue())
                .body("deletedAt", nullValue())
                .body("canEdit", is(false));
        moderator
                .as()
                .when()
                .get("/api/v1/answers/" + answer)
                .then()
                .statusCode(200)
                .body("hiddenAt", notNullValue());
        assertEquals(0, recount.assertAnswerCountExact(question));
        recount.assertUserCountsExact(answerer.handle());
        assertEquals(List.of("post.hidden-by-flags:-"), logged(answer));

        // The queue, oldest first, names the flaggers to moderators only.
        List<String> queued = moderator
                .as()
                .when()
                .get("/api/v1/moderation/flags?status=open&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.post.id == '" + answer + "' }.id");
        assertEquals(flags, queued);
        assertProblem(answerer.as().when().get("/api/v1/moderation/flags").then(), 403, "forbidden");

        // Dismissing brings it back as it was, resolves the three flags together, and is logged.
        resolve(moderator, flags.get(1), "dismiss")
                .statusCode(200)
                .body("status", is("dismissed"))
                .body("resolvedAt", notNullValue())
                .body("post.hiddenAt", nullValue());
        given().when().get("/api/v1/answers/" + answer).then().statusCode(200).body("hiddenAt", nullValue());
        assertEquals(1, recount.assertAnswerCountExact(question));
        recount.assertUserCountsExact(answerer.handle());
        assertEquals(
                3,
                fixtures.count(
                        "SELECT count(*) FROM flags WHERE post_id = CAST(? AS uuid) AND status = 'dismissed'", answer));
        assertEquals(List.of("flags.dismiss:" + moderator.handle(), "post.hidden-by-flags:-"), logged(answer));
        assertProblem(resolve(moderator, flags.get(0), "hide"), 409, "conflict");
    }

    @Test
    void aReaderFlagsAPostOnceAndNeverTheirOwn() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(author, "How do I say no to a manager who asks for weekends?", false);

        assertProblem(flag(author, "questions", question, "spam").then(), 403, "forbidden");
        flag(reader, "questions", question, "off-topic").then().statusCode(201);
        assertProblem(flag(reader, "questions", question, "spam").then(), 409, "conflict");
        assertProblem(flag(reader, "questions", question, "rude").then(), 400, "validation");
        assertProblem(
                reader.as()
                        .body(Map.of("reason", "other", "detail", " ".repeat(3)))
                        .when()
                        .post("/api/v1/questions/" + question + "/flags")
                        .then(),
                400,
                "validation");
        assertProblem(flag(reader, "answers", UNKNOWN, "spam").then(), 404, "not-found");
        assertProblem(
                given().contentType("application/json")
                        .body(Map.of("reason", "spam"))
                        .when()
                        .post("/api/v1/questions/" + question + "/flags")
                        .then(),
                401,
                "unauthorized");
        assertEquals(1, fixtures.count("SELECT count(*) FROM flags WHERE post_id = CAST(? AS uuid)", question));
    }

    @Test
    void moderatorsHideOrDeleteWhatFewerFlagsPointAt() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(author, "Is it fine to post my coworker's salary here?", false);
        String comment = fixtures.commentOnQuestion(author, question, "Their salary is in the attached sheet.");

        String commentFlag = reader.as()
                .body(Map.of("reason", "personal-info", "detail", "  Names a coworker's pay.  "))
                .when()
                .post("/api/v1/comments/" + comment + "/flags")
                .then()
                .statusCode(201)
                .body("detail", is("Names a coworker's pay."))
                .extract()
                .path("id");
        given().when().get("/api/v1/comments/" + comment).then().statusCode(200);
        resolve(moderator, commentFlag, "hide").statusCode(200).body("status", is("hidden"));
        given().when().get("/api/v1/comments/" + comment).then().statusCode(404);
        reader.as().when().get("/api/v1/comments/" + comment).then().statusCode(404);
        author.as()
                .when()
                .get("/api/v1/comments/" + comment)
                .then()
                .statusCode(200)
                .body("hiddenAt", notNullValue());
        given().when().get("/api/v1/questions/" + question + "/comments").then().body("items.size()", is(0));

        String questionFlag =
                flag(reader, "questions", question, "personal-info").path("id");
        resolve(moderator, questionFlag, "delete").statusCode(200).body("status", is("deleted"));
        given().when().get("/api/v1/questions/" + question).then().statusCode(404);
        author.as().when().get("/api/v1/questions/" + question).then().statusCode(404);
        moderator
                .as()
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("deletedAt", notNullValue())
                .body("hiddenAt", nullValue());
        new Recount(fixtures.sql()).assertTopicCountExact("startups");
        assertEquals(List.of("flags.delete:" + moderator.handle()), logged(question));
        assertEquals(List.of("flags.hide:" + moderator.handle()), logged(comment));
        moderator
                .as()
                .when()
                .get("/api/v1/moderation/flags?status=deleted&limit=100")
                .then()
                .body("items.findAll { it.id == '" + questionFlag + "' }.size()", is(1));
    }

    @Test
    void flaggersNeverLearnAnAnonymousAuthorNorAuthorsTheirFlaggers() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account author = fixtures.register("anon");
        String question = fixtures.ask(author, "Anonymous: my manager takes credit for my work", true);
        List<Account> flaggers = List.of(fixtures.register("fa"), fixtures.register("fb"), fixtures.register("fc"));

        for (Account flagger : flaggers) {
            flag(flagger, "questions", question, "harassment")
                    .then()
                    .statusCode(201)
                    .body(not(containsString(author.handle())));
        }
        String seenByAuthor = author.as()
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("hiddenAt", notNullValue())
                .extract()
                .asString();
        String queue =
                moderator.as().when().get("/api/v1/moderation/flags?limit=100").asString();
        for (Account flagger : flaggers) {
            assertFalse(seenByAuthor.contains(flagger.handle()), "the author's view names a flagger");
            assertTrue(queue.contains(flagger.handle()), "moderators see who flagged");
        }
        assertFalse(queue.contains(author.handle()), "the queue names the anonymous author");
    }

    @Test
    void concurrentFlagsHideThePostOnce() throws Exception {
        Account author = fixtures.register("author");
        String question = fixtures.ask(author, "Is a counter-offer ever worth accepting?", false);
        List<Account> flaggers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            flaggers.add(fixtures.register("crowd"));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        flaggers.forEach(flagger -> calls.add(() -> flag(flagger, "questions", question, "spam")));

        List<Integer> statuses = Concurrently.statuses(6, calls);

        // Each flag is counted under the question's lock: exactly three land, the rest find it hidden.
        assertEquals(3, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(status -> status == 404).count(), statuses.toString());
        assertEquals(List.of("post.hidden-by-flags:-"), logged(question));
        given().when().get("/api/v1/questions/" + question).then().statusCode(404);
    }

    @Test
    void flagsAreRateLimitedPerReader() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("eager");
        String question = fixtures.ask(author, "Which comments here break the rules, if any?", false);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String comment = fixtures.commentOnQuestion(author, question, "Comment number " + i);
            statuses.add(flag(reader, "comments", comment, "other").statusCode());
        }
        // %test.ladder.rate-limit.flags.capacity=5
        assertEquals(List.of(201, 201, 201, 201, 201, 429), statuses);
    }

    /** Every page of a moderators' list, following nextCursor, as one list of the items' {@code field}. */
    private static List<String> allPages(Account moderator, String list, String field) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = moderator.as().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(list);
            page.then().statusCode(200);
            seen.addAll(page.path("items." + field));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return seen;
    }

    @Test
    void theQueueAndTheLogPageByCursorOldestAndNewestFirst() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account author = fixtures.register("author");
        String question = fixtures.ask(author, "Which of these answers should the moderators look at?", false);
        for (int i = 0; i < 4; i++) {
            String answer = fixtures.answer(author, question, "Answer number " + i + " to flag.", false);
            flag(fixtures.register("flagger"), "answers", answer, "other")
                    .then()
                    .statusCode(201);
        }

        List<String> created = allPages(moderator, "/api/v1/moderation/flags", "createdAt");
        assertEquals(created.stream().sorted().toList(), created, "the queue is oldest first");
        assertEquals(
                created.size(), new java.util.HashSet<>(allPages(moderator, "/api/v1/moderation/flags", "id")).size());
        assertTrue(created.size() >= 4);

        moderator.as().body(Map.of("reason", "other")).when().post("/api/v1/questions/" + question + "/close");
        moderator.as().when().delete("/api/v1/questions/" + question + "/close");
        List<String> at = allPages(moderator, "/api/v1/moderation/log", "at");
        assertEquals(at.stream().sorted(java.util.Comparator.reverseOrder()).toList(), at, "the log is newest first");
        assertEquals(at.size(), new java.util.HashSet<>(allPages(moderator, "/api/v1/moderation/log", "id")).size());
    }

    @Test
    void moderatorActionsLandInALogNobodyCanChange() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account author = fixtures.register("author");
        String question = fixtures.ask(author, "Is a two-week notice enough for a team lead?", false);
        String answer = fixtures.answer(author, question, "Depends on the contract you signed.", false);

        moderator.as().body(Map.of("reason", "off-topic")).when().post("/api/v1/questions/" + question + "/close");
        moderator.as().when().delete("/api/v1/questions/" + question + "/close");
        moderator
                .as()
                .body(Map.of("body", "Edited by a moderator."))
                .when()
                .patch("/api/v1/answers/" + answer)
                .then()
                .statusCode(200);
        author.as().body(Map.of("body", "Edited by its author.")).when().patch("/api/v1/answers/" + answer);

        assertEquals(
                List.of("question.reopen:" + moderator.handle(), "question.close:" + moderator.handle()),
                logged(question));
        assertEquals(List.of("post.edit:" + moderator.handle()), logged(answer));
        moderator
                .as()
                .when()
                .get("/api/v1/moderation/log?limit=100")
                .then()
                .statusCode(200)
                .body("items.find { it.target.id == '" + question + "' }.action", is("question.reopen"))
                .body("items.find { it.target.id == '" + question + "' }.moderator.handle", is(moderator.handle()));
        assertProblem(author.as().when().get("/api/v1/moderation/log").then(), 403, "forbidden");

        assertThrows(RuntimeException.class, () -> fixtures.update("UPDATE moderation_log SET detail = 'changed'"));
        assertThrows(RuntimeException.class, () -> fixtures.update("DELETE FROM moderation_log"));
        assertEquals(2, logged(question).size());
    }
}
