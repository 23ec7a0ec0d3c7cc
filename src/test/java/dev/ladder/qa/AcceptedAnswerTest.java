package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.Recount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The asker's accepted answer: who may mark it, where it shows, what it earns, and races on it. */
@QuarkusTest
class AcceptedAnswerTest {
    @Inject
    Fixtures fixtures;

    private static String accepted(String question) {
        return "/api/v1/questions/" + question + "/accepted-answer";
    }

    private static Map<String, Object> answerId(String answer) {
        return Map.of("answerId", answer);
    }

    private long reputation(Account account) {
        return fixtures.count("SELECT reputation FROM users WHERE handle = ?", account.handle());
    }

    @Test
    void theAskerAcceptsMovesAndUndoesAndTheAuthorsReputationFollows() {
        Account asker = fixtures.register("asker");
        Account first = fixtures.register("first");
        Account second = fixtures.register("second");
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(asker, "Which answer will the asker pick?", false);
        String low = fixtures.answer(first, question, "The modest answer.", false);
        String high = fixtures.answer(second, question, "The popular answer.", false);
        fixtures.voteOnAnswer(voter, high, 1);
        String versionBefore = versionOf(given().when().get("/api/v1/questions/" + question));

        Response accept = asker.as().body(answerId(low)).when().put(accepted(question));
        accept.then().statusCode(200).body("id", is(question)).body("acceptedAnswerId", is(low));
        // Acceptance is not an edit of the question: an If-Match read before it still applies.
        assertEquals(versionBefore, versionOf(accept));
        assertEquals(15, reputation(first));
        // Idempotent: the same acceptance again changes nothing.
        asker.as().body(answerId(low)).when().put(accepted(question)).then().statusCode(200);
        assertEquals(15, reputation(first));

        // The accepted answer comes first, above a better score, on the page and in ?sort=top.
        JsonPath page = given().when()
                .get("/api/v1/questions/" + question + "?include=answers")
                .then()
                .statusCode(200)
                .body("acceptedAnswerId", is(low))
                .extract()
                .jsonPath();
        assertEquals(List.of(low, high), page.getList("answers.items.id"));
        assertEquals(List.of(true, false), page.getList("answers.items.accepted"));
        assertEquals(
                List.of(low, high),
                given().when()
                        .get("/api/v1/questions/" + question + "/answers?sort=top")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id"));
        given().when().get("/api/v1/answers/" + low).then().body("accepted", is(true));

        // Another answer moves the mark, and the 15 with it.
        asker.as()
                .body(answerId(high))
                .when()
                .put(accepted(question))
                .then()
                .statusCode(200)
                .body("acceptedAnswerId", is(high));
        assertEquals(0, reputation(first));
        assertEquals(16, reputation(second));
        given().when().get("/api/v1/answers/" + low).then().body("accepted", is(false));

        // Undo, twice: idempotent.
        for (int i = 0; i < 2; i++) {
            asker.as().when().delete(accepted(question)).then().statusCode(200).body("acceptedAnswerId", nullValue());
        }
        assertEquals(1, reputation(second));
        assertEquals(
                List.of(false, false),
                given().when()
                        .get("/api/v1/questions/" + question + "?include=answers")
                        .then()
                        .extract()
                        .path("answers.items.accepted"));
        new Recount(fixtures.sql()).assertUserCountsExact(first.handle());
        new Recount(fixtures.sql()).assertUserCountsExact(second.handle());
    }

    @Test
    void onlyTheAskerAcceptsAndOnlyALiveAnswerOfTheQuestion() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String question = fixtures.ask(asker, "Who may accept an answer here?", false);
        String answer = fixtures.answer(answerer, question, "Only you, the asker.", false);
        String elsewhere = fixtures.answer(
                answerer, fixtures.ask(asker, "A different question entirely?", false), "Elsewhere.", false);
        String deleted = fixtures.answer(answerer, question, "Soon gone.", false);
        answerer.as().when().delete("/api/v1/answers/" + deleted).then().statusCode(204);

        given().body(answerId(answer))
                .contentType("application/json")
                .when()
                .put(accepted(question))
                .then()
                .statusCode(401);
        given().when().delete(accepted(question)).then().statusCode(401);
        for (Account other : List.of(answerer, moderator)) {
            assertProblem(
                    other.as()
                            .body(answerId(answer))
                            .when()
                            .put(accepted(question))
                            .then(),
                    403,
                    "forbidden");
            assertProblem(other.as().when().delete(accepted(question)).then(), 403, "forbidden");
        }
        for (String wrong : List.of(elsewhere, deleted, "00000000-0000-4000-8000-000000000000")) {
            assertProblem(
                            asker.as()
                                    .body(answerId(wrong))
                                    .when()
                                    .put(accepted(question))
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("answerId"));
        }
        assertProblem(asker.as().body(Map.of()).when().put(accepted(question)).then(), 400, "validation");
        assertEquals(
                0, fixtures.count("SELECT count(*) FROM answers WHERE question_id = ?::uuid AND accepted", question));

        asker.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        assertProblem(
                asker.as().body(answerId(answer)).when().put(accepted(question)).then(), 404, "not-found");
        assertProblem(asker.as().when().delete(accepted(question)).then(), 404, "not-found");
        assertEquals(0, reputation(answerer));
    }

    @Test
    void deletingTheAcceptedAnswerUndoesTheAcceptance() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "What if the accepted answer goes away?", false);
        String answer = fixtures.answer(answerer, question, "I will delete this.", false);
        asker.as().body(answerId(answer)).when().put(accepted(question)).then().statusCode(200);
        assertEquals(15, reputation(answerer));

        answerer.as().when().delete("/api/v1/answers/" + answer).then().statusCode(204);
        given().when().get("/api/v1/questions/" + question).then().body("acceptedAnswerId", nullValue());
        assertEquals(0, reputation(answerer));
        new Recount(fixtures.sql()).assertUserCountsExact(answerer.handle());
    }

    @Test
    void anAnonymousAskerAcceptsWithoutShowingAndAnAnonymousAnswerEarnsNothingPublic() {
        String company = "Acceptco" + Fixtures.uniqueHandle("c");
        Account asker = fixtures.register("secret");
        fixtures.addPosition(asker, company, "Software Engineer", "Series A Startup", "2022-01", null);
        Account named = fixtures.register("named");
        Account hidden = fixtures.register("hidden");
        String question = fixtures.ask(asker, "Should I accept the anonymous one?", true);
        String namedAnswer = fixtures.answer(named, question, "Under my name.", false);
        String hiddenAnswer = fixtures.answer(hidden, question, "Without my name.", true);

        String body = asker.as()
                .body(answerId(namedAnswer))
                .when()
                .put(accepted(question))
                .then()
                .statusCode(200)
                .body("author.anonymous", is(true))
                .extract()
                .asString();
        assertEquals(15, reputation(named));
        asker.as()
                .body(answerId(hiddenAnswer))
                .when()
                .put(accepted(question))
                .then()
                .statusCode(200);
        assertEquals(0, reputation(named));
        given().when()
                .get("/api/v1/users/" + hidden.handle())
                .then()
                .statusCode(200)
                .body("reputation", is(0));
        assertEquals(0, reputation(hidden));

        for (String shown : List.of(
                body,
                given().when()
                        .get("/api/v1/questions/" + question + "?include=answers")
                        .then()
                        .body("answers.items[0].id", is(hiddenAnswer))
                        .body("answers.items[0].author.anonymous", is(true))
                        .extract()
                        .asString())) {
            for (String secret : List.of(asker.handle(), asker.email(), company, hidden.handle(), hidden.email())) {
                assertFalse(shown.contains(secret), "reveals " + secret);
            }
        }
    }

    @Test
    void keysetPagesOfTopKeepTheAcceptedAnswerFirstAndLoseNothing() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        List<Account> voters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            voters.add(fixtures.register("voter"));
        }
        String question = fixtures.ask(asker, "Does paging keep the accepted answer first?", false);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(fixtures.answer(answerer, question, "Answer number " + i, false));
        }
        // Scores 3, 2, 1, 0, 0, 0, -1; the asker accepts the lowest.
        for (int i = 0; i < 3; i++) {
            for (int v = 0; v < 3 - i; v++) {
                fixtures.voteOnAnswer(voters.get(v), answers.get(i), 1);
            }
        }
        fixtures.voteOnAnswer(voters.get(0), answers.get(6), -1);
        asker.as()
                .body(answerId(answers.get(6)))
                .when()
                .put(accepted(question))
                .then()
                .statusCode(200);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .when()
                    .get("/api/v1/questions/" + question + "/answers?sort=top")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(answers.get(6), seen.get(0));
        assertEquals(answers.subList(0, 3), seen.subList(1, 4));
        assertEquals(7, seen.size());
        assertEquals(7, seen.stream().distinct().count());
    }

    @Test
    void racingAcceptsMovesAndUndoesLeaveOneMarkAndExactReputation() throws Exception {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Which of you gets the mark in the end?", false);
        List<Account> authors = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            authors.add(fixtures.register("racer"));
            answers.add(fixtures.answer(authors.get(i), question, "Racing answer " + i, false));
        }
        // One author holds two answers, one of them anonymous: moving between them must stay exact.
        answers.add(fixtures.answer(authors.get(0), question, "My second, named.", false));
        answers.add(fixtures.answer(authors.get(0), question, "My third, anonymous.", true));

        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int step = i;
            calls.add(() -> step % 4 == 3
                    ? asker.as().when().delete(accepted(question))
                    : asker.as()
                            .body(answerId(answers.get(step % answers.size())))
                            .when()
                            .put(accepted(question)));
        }
        assertEquals(
                List.of(200),
                Concurrently.statuses(12, calls).stream().distinct().toList());

        String mark = fixtures.string("SELECT accepted_answer_id::text FROM questions WHERE id = ?::uuid", question);
        assertEquals(
                mark == null ? 0 : 1,
                fixtures.count("SELECT count(*) FROM answers WHERE question_id = ?::uuid AND accepted", question));
        if (mark != null) {
            assertTrue(answers.contains(mark));
            assertEquals(
                    mark,
                    fixtures.string("SELECT id::text FROM answers WHERE question_id = ?::uuid AND accepted", question));
        }
        Recount recount = new Recount(fixtures.sql());
        for (Account author : authors) {
            recount.assertUserCountsExact(author.handle());
        }
    }

    private static String versionOf(Response response) {
        String etag = response.header("ETag");
        return etag.substring(0, etag.indexOf('.'));
    }
}
