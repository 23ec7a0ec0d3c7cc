package dev.ladder.comment;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /questions/{id}?include=answers,comments}: the question page with its first comments. */
@QuarkusTest
class QuestionPageCommentsTest {
    @Inject
    Fixtures fixtures;

    private static JsonPath page(String question, String include, Object... query) {
        var request = given().queryParam("include", include);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theQuestionAndEachAnswerShownCarryTheirFirstCommentsWithCursorsToTheRest() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "What did you ask the hiring manager?", false);
        List<String> onQuestion = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            onQuestion.add(fixtures.commentOnQuestion(answerer, question, "Question comment " + i));
        }
        String busy = fixtures.answer(answerer, question, "An answer with many comments.", false);
        String quiet = fixtures.answer(answerer, question, "An answer with none.", false);
        List<String> onBusy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            onBusy.add(fixtures.commentOnAnswer(asker, busy, "Answer comment " + i));
        }
        String gone = fixtures.commentOnAnswer(asker, busy, "Deleted soon.");
        asker.as().when().delete("/api/v1/comments/" + gone).then().statusCode(204);

        JsonPath page = page(question, "answers,comments");
        // Five by default, oldest first, and a cursor the question's comment list continues from.
        assertEquals(onQuestion.subList(0, 5), page.getList("comments.items.id"));
        String cursor = page.getString("comments.nextCursor");
        assertEquals(
                onQuestion.subList(5, 7),
                given().queryParam("cursor", cursor)
                        .when()
                        .get("/api/v1/questions/" + question + "/comments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id"));
        List<String> answerIds = page.getList("answers.items.id");
        assertEquals(onBusy, page.getList("answers.items[" + answerIds.indexOf(busy) + "].comments.items.id"));
        assertEquals(List.of(), page.getList("answers.items[" + answerIds.indexOf(quiet) + "].comments.items"));
        assertEquals(null, page.getString("answers.items[" + answerIds.indexOf(quiet) + "].comments.nextCursor"));

        // commentLimit pages each post; the answer list's cursor continues the answers.
        JsonPath small = page(question, "comments,answers", "commentLimit", 2, "limit", 1);
        assertEquals(onQuestion.subList(0, 2), small.getList("comments.items.id"));
        assertEquals(1, small.getList("answers.items").size());
        String first = small.getString("answers.items[0].id");
        List<String> firstComments = first.equals(busy) ? onBusy.subList(0, 2) : List.of();
        assertEquals(firstComments, small.getList("answers.items[0].comments.items.id"));
        String answerCursor = small.getString("answers.items[0].comments.nextCursor");
        if (first.equals(busy)) {
            assertEquals(
                    onBusy.subList(2, 3),
                    given().queryParam("cursor", answerCursor)
                            .queryParam("limit", 2)
                            .when()
                            .get("/api/v1/answers/" + busy + "/comments")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items.id"));
        }
        given().queryParam("cursor", small.getString("answers.nextCursor"))
                .queryParam("sort", "top")
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.size()", is(1));
    }

    @Test
    void eachIncludeAddsOnlyWhatItNames() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Does include=comments alone embed answers?", false);
        String answer = fixtures.answer(asker, question, "An answer.", false);
        fixtures.commentOnQuestion(asker, question, "On the question.");
        fixtures.commentOnAnswer(asker, answer, "On the answer.");

        given().queryParam("include", "comments")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("comments.items.size()", is(1))
                .body("$", not(hasKey("answers")));
        given().queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("comments")))
                .body("answers.items[0]", not(hasKey("comments")));
        given().when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("comments")))
                .body("$", not(hasKey("answers")));
        // Elsewhere an answer never carries comments.
        given().when().get("/api/v1/answers/" + answer).then().statusCode(200).body("$", not(hasKey("comments")));
        given().when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items[0]", not(hasKey("comments")));
        given().queryParam("include", "answers,comments")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("comments.nextCursor", nullValue())
                .body("answers.items[0].comments.items[0].body", is("On the answer."))
                .body("answers.items[0].comments.items[0].author.handle", notNullValue());
    }

    @Test
    void badIncludesAndCommentLimitsAreValidationProblems() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Which includes are refused?", false);
        for (String include :
                List.of("votes", "answers,", ",comments", "answers;comments", "ANSWERS", "answers,votes")) {
            assertProblem(
                            given().queryParam("include", include)
                                    .when()
                                    .get("/api/v1/questions/" + question)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("include"));
        }
        for (Object limit : List.of(0, 101, -1)) {
            assertProblem(
                            given().queryParam("include", "answers,comments")
                                    .queryParam("commentLimit", limit)
                                    .when()
                                    .get("/api/v1/questions/" + question)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("commentLimit"));
        }
        assertProblem(
                given().queryParam("commentLimit", "many")
                        .when()
                        .get("/api/v1/questions/" + question)
                        .then(),
                400,
                "bad-request");
    }
}
