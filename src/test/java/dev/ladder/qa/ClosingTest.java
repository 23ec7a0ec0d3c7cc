package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Moderators close questions, optionally as duplicates, and reopen them. */
@QuarkusTest
class ClosingTest {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Inject
    Fixtures fixtures;

    private static String close(String question) {
        return "/api/v1/questions/" + question + "/close";
    }

    private static ValidatableResponse closing(Account moderator, String question, Object body) {
        return moderator.as().body(body).when().post(close(question)).then();
    }

    private static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }

    private static Map<String, Object> duplicateOf(String original) {
        return Map.of("reason", "duplicate", "duplicateOf", original);
    }

    @Test
    void aClosedQuestionRefusesAnswersButTakesCommentsAndVotesUntilReopened() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(asker, "Is this question on topic here at all?", false);
        String answer = fixtures.answer(reader, question, "Answered before the close.", false);
        String etagBefore = given().when().get("/api/v1/questions/" + question).header("ETag");

        Response closed = moderator.as().body(reason("off-topic")).when().post(close(question));
        closed.then()
                .statusCode(200)
                .body("closed.reason", is("off-topic"))
                .body("closed.duplicateOf", nullValue())
                .body("closed.closedAt", notNullValue());
        // Closing is not an edit: the version an If-Match names stays, and no revision is kept.
        assertEquals(versionOf(etagBefore), versionOf(closed.header("ETag")));
        asker.as()
                .header("If-Match", etagBefore)
                .body(Map.of("body", "Edited after the close, with the tag read before it."))
                .when()
                .patch("/api/v1/questions/" + question)
                .then()
                .statusCode(200);
        given().when()
                .get("/api/v1/questions/" + question + "/revisions")
                .then()
                .statusCode(200)
                .body("items.size()", is(1));
        given().when().get("/api/v1/questions/" + question).then().body("closed.reason", is("off-topic"));

        assertProblem(
                        reader.as()
                                .body(Map.of("body", "Too late for this one."))
                                .when()
                                .post("/api/v1/questions/" + question + "/answers")
                                .then(),
                        409,
                        "question-closed")
                .body("title", is("Question closed"));
        fixtures.commentOnQuestion(reader, question, "Comments are still welcome.");
        fixtures.commentOnAnswer(asker, answer, "And on the answers.");
        fixtures.voteOnQuestion(reader, question, 1);
        fixtures.voteOnAnswer(asker, answer, 1);
        assertProblem(closing(moderator, question, reason("other")), 409, "conflict");

        for (int i = 0; i < 2; i++) {
            moderator.as().when().delete(close(question)).then().statusCode(200).body("closed", nullValue());
        }
        fixtures.answer(reader, question, "Answered after the reopening.", false);
        assertEquals(2, new Recount(fixtures.sql()).assertAnswerCountExact(question));
    }

    @Test
    void aDuplicateLinksToItsOriginalWhileTheOriginalIsLive() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        String original = fixtures.ask(asker, "How do tech leads and managers split the work?", false);
        String repeat = fixtures.ask(asker, "What separates a tech lead from a manager?", false);

        closing(moderator, repeat, duplicateOf(original))
                .statusCode(200)
                .body("closed.reason", is("duplicate"))
                .body("closed.duplicateOf.id", is(original))
                .body("closed.duplicateOf.title", is("How do tech leads and managers split the work?"));
        given().when()
                .get("/api/v1/questions/" + repeat + "?include=answers")
                .then()
                .statusCode(200)
                .body("closed.duplicateOf.id", is(original));
        given().when()
                .get("/api/v1/questions?sort=newest&limit=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + repeat + "' }.closed.duplicateOf.id", is(original));

        // The original goes away: the link goes with it, the closing stays.
        asker.as().when().delete("/api/v1/questions/" + original).then().statusCode(204);
        given().when()
                .get("/api/v1/questions/" + repeat)
                .then()
                .statusCode(200)
                .body("closed.reason", is("duplicate"))
                .body("closed.duplicateOf", nullValue());
    }

    @Test
    void theDuplicateRulesAreValidationProblemsOnDuplicateOf() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Which duplicate links are refused?", false);
        String other = fixtures.ask(asker, "A live question to point at", false);
        String deleted = fixtures.ask(asker, "A question that will be deleted", false);
        asker.as().when().delete("/api/v1/questions/" + deleted).then().statusCode(204);
        String chained = fixtures.ask(asker, "A question closed as a duplicate itself", false);
        closing(moderator, chained, duplicateOf(other)).statusCode(200);

        List<Map<String, Object>> refused = new ArrayList<>(List.of(
                reason("duplicate"),
                Map.of("reason", "off-topic", "duplicateOf", other),
                duplicateOf(question),
                duplicateOf(deleted),
                duplicateOf(UNKNOWN),
                duplicateOf(chained)));
        for (Map<String, Object> body : refused) {
            assertProblem(closing(moderator, question, body), 400, "validation")
                    .body("errors[0].field", is("duplicateOf"));
        }
        Map<String, Object> notAUuid = new HashMap<>(duplicateOf(other));
        notAUuid.put("duplicateOf", "not-a-uuid");
        // An empty string is no id either, not a missing one.
        Map<String, Object> empty = new HashMap<>(duplicateOf(other));
        empty.put("duplicateOf", "");
        for (Object body : List.of(
                Map.of(), reason("spam"), Map.of("reason", 3), notAUuid, empty, Map.of("reason", "DUPLICATE"))) {
            assertProblem(closing(moderator, question, body), 400, "validation");
        }
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM questions WHERE id = ?::uuid AND closed_at IS NOT NULL", question));
        // Unknown fields are ignored, as everywhere.
        closing(moderator, question, Map.of("reason", "needs-details", "note", "ignored"))
                .statusCode(200)
                .body("closed.reason", is("needs-details"));
    }

    @Test
    void onlyModeratorsCloseAndReopenLiveQuestions() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Can I close my own question?", false);

        given().contentType("application/json")
                .body(reason("other"))
                .when()
                .post(close(question))
                .then()
                .statusCode(401);
        given().when().delete(close(question)).then().statusCode(401);
        assertProblem(closing(asker, question, reason("other")), 403, "forbidden");
        assertProblem(asker.as().when().delete(close(question)).then(), 403, "forbidden");

        assertProblem(closing(moderator, UNKNOWN, reason("other")), 404, "not-found");
        assertProblem(moderator.as().when().delete(close(UNKNOWN)).then(), 404, "not-found");
        asker.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        assertProblem(closing(moderator, question, reason("other")), 404, "not-found");
        assertProblem(moderator.as().when().delete(close(question)).then(), 404, "not-found");
    }

    @Test
    void unansweredLeavesClosedQuestionsOut() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        String open = fixtures.ask(asker, "Still open and unanswered", false);
        String closed = fixtures.ask(asker, "Closed and unanswered", false);
        closing(moderator, closed, reason("opinion-based")).statusCode(200);

        List<String> unanswered = given().when()
                .get("/api/v1/questions?sort=unanswered&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(unanswered.contains(open));
        assertFalse(unanswered.contains(closed));
    }

    @Test
    void racingClosesNeverMakeADuplicateCycle() throws Exception {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account other = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        for (int round = 0; round < 5; round++) {
            String a = fixtures.ask(asker, "Race question A " + round, false);
            String b = fixtures.ask(asker, "Race question B " + round, false);
            List<Integer> statuses = Concurrently.statuses(
                    2,
                    List.of(
                            () -> moderator.as().body(duplicateOf(b)).when().post(close(a)),
                            () -> other.as().body(duplicateOf(a)).when().post(close(b))));
            assertEquals(List.of(200, 400), statuses.stream().sorted().toList(), "round " + round);
            assertEquals(
                    1,
                    fixtures.count(
                            "SELECT count(*) FROM questions WHERE id IN (?::uuid, ?::uuid) AND closed_at IS NOT NULL",
                            a,
                            b));
        }
    }

    @Test
    void answersRacingTheCloseEitherLandOrAreRefusedAndTheCountStaysExact() throws Exception {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Will the answers beat the close?", false);

        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int step = i;
            calls.add(() -> step == 10
                    ? moderator.as().body(reason("other")).when().post(close(question))
                    : answerer.as()
                            .body(Map.of("body", "Racing answer " + step))
                            .when()
                            .post("/api/v1/questions/" + question + "/answers"));
        }
        List<Integer> statuses = Concurrently.statuses(6, calls);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201 || s == 409), statuses.toString());
        long landed = statuses.stream().filter(s -> s == 201).count();
        assertEquals(landed, new Recount(fixtures.sql()).assertAnswerCountExact(question));
        // Nothing landed after the close.
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id"
                                + " WHERE q.id = ?::uuid AND a.created_at > q.closed_at",
                        question));
        new Recount(fixtures.sql()).assertUserCountsExact(answerer.handle());
    }

    private static String versionOf(String etag) {
        return etag.substring(0, etag.indexOf('.'));
    }
}
