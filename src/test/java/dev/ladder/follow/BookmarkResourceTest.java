package dev.ladder.follow;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bookmarks of questions and answers: idempotent writes, the caller's list, the marks reads carry. */
@QuarkusTest
class BookmarkResourceTest {
    /** {@code %test.ladder.follow.max-bookmarks} in application.properties. */
    private static final int MAX_BOOKMARKS = 10;

    @Inject
    Fixtures fixtures;

    private static JsonPath bookmarks(Account reader) {
        return reader.as()
                .when()
                .get("/api/v1/me/bookmarks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void bookmarkQuestionsAndAnswersIdempotentlyWithTheMarksReadsCarry() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(author, "Worth keeping at hand?", false);
        String answer = fixtures.answer(author, question, "An answer worth keeping.", false);
        String other = fixtures.answer(author, question, "Another answer.", false);

        for (String path :
                List.of("/api/v1/questions/" + question + "/bookmark", "/api/v1/answers/" + answer + "/bookmark")) {
            for (int i = 0; i < 2; i++) {
                reader.as().when().put(path).then().statusCode(204);
            }
        }
        JsonPath list = bookmarks(reader);
        assertEquals(List.of(question, question), list.getList("items.question.id"));
        assertEquals(Arrays.asList(answer, null), list.getList("items.answerId"));
        assertEquals("Worth keeping at hand?", list.getString("items[0].question.title"));

        JsonPath page = reader.as()
                .queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("bookmarked", is(true))
                .extract()
                .jsonPath();
        List<String> answerIds = page.getList("answers.items.id");
        assertEquals(true, page.getBoolean("answers.items[" + answerIds.indexOf(answer) + "].bookmarked"));
        assertEquals(false, page.getBoolean("answers.items[" + answerIds.indexOf(other) + "].bookmarked"));
        reader.as().when().get("/api/v1/answers/" + answer).then().body("bookmarked", is(true));
        given().when().get("/api/v1/answers/" + answer).then().body("bookmarked", nullValue());
        given().when().get("/api/v1/questions/" + question).then().body("bookmarked", nullValue());
        author.as().when().get("/api/v1/questions/" + question).then().body("bookmarked", is(false));

        // A deleted answer leaves the list; removing the question's bookmark empties it.
        author.as().when().delete("/api/v1/answers/" + answer).then().statusCode(204);
        assertEquals(Arrays.asList((Object) null), bookmarks(reader).getList("items.answerId"));
        for (int i = 0; i < 2; i++) {
            reader.as()
                    .when()
                    .delete("/api/v1/questions/" + question + "/bookmark")
                    .then()
                    .statusCode(204);
        }
        assertEquals(List.of(), bookmarks(reader).getList("items"));
        reader.as().when().get("/api/v1/questions/" + question).then().body("bookmarked", is(false));
    }

    @Test
    void unknownPostsAreNotFoundAndTheLimitIsAConflict() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(author, "Bookmarked up to the limit", false);
        for (String path : List.of(
                "/api/v1/questions/00000000-0000-4000-8000-000000000000/bookmark",
                "/api/v1/answers/00000000-0000-4000-8000-000000000000/bookmark")) {
            assertProblem(reader.as().when().put(path).then(), 404, "not-found");
            assertProblem(reader.as().when().delete(path).then(), 404, "not-found");
        }
        given().when().put("/api/v1/questions/" + question + "/bookmark").then().statusCode(401);
        given().when().get("/api/v1/me/bookmarks").then().statusCode(401);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i <= MAX_BOOKMARKS; i++) {
            answers.add(fixtures.answer(author, question, "Answer " + i, false));
        }
        for (String answer : answers.subList(0, MAX_BOOKMARKS)) {
            reader.as()
                    .when()
                    .put("/api/v1/answers/" + answer + "/bookmark")
                    .then()
                    .statusCode(204);
        }
        assertProblem(
                reader.as()
                        .when()
                        .put("/api/v1/answers/" + answers.get(MAX_BOOKMARKS) + "/bookmark")
                        .then(),
                409,
                "conflict");
        reader.as()
                .when()
                .put("/api/v1/answers/" + answers.get(0) + "/bookmark")
                .then()
                .statusCode(204);
        assertEquals(
                MAX_BOOKMARKS,
                fixtures.count(
                        "SELECT count(*) FROM bookmarks b JOIN users u ON u.id = b.user_id WHERE u.handle = ?",
                        reader.handle()));
    }
}
