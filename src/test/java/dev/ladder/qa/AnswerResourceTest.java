package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnswerResourceTest {
    @Inject
    Fixtures fixtures;

    @Test
    void answerAnswers201AndCountsOnTheQuestion() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        fixtures.addPosition(answerer, "Robinhood", "Staff Engineer", "Public company", "2021-01", null);
        String question = fixtures.ask(asker, "How do I grow into a staff role?", false);
        String id = answerer.as()
                .body(Map.of("body", "## Scope\n\nFind *bigger* problems.", "anonymous", false))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/answers/"))
                .body("questionId", is(question))
                .body("bodyHtml", containsString("<h2>Scope</h2>"))
                .body("author.handle", is(answerer.handle()))
                .body("author.headline", is("Staff Engineer at Robinhood"))
                .body("score", is(0))
                .extract()
                .path("id");
        given().when().get("/api/v1/questions/" + question).then().body("answerCount", is(1));
        given().when()
                .get("/api/v1/answers/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("canEdit", is(false));
        assertEquals(1, fixtures.count("SELECT answer_count FROM users WHERE handle = ?", answerer.handle()));
    }

    @Test
    void answersListTopOrNewestAndEmbedInTheQuestion() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Which answer is best here?", false);
        String first = fixtures.answer(fixtures.register("a1"), question, "First answer", false);
        String second = fixtures.answer(fixtures.register("a2"), question, "Second answer", false);
        fixtures.voteOnAnswer(fixtures.register("voter"), first, 1);

        given().queryParam("sort", "top")
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.id", contains(first, second))
                .body("nextCursor", nullValue());
        given().queryParam("sort", "newest")
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first));
        given().queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("answers.items.id", contains(first, second))
                .body("answers.items[0].score", is(1));
        assertProblem(
                given().queryParam("sort", "oldest")
                        .when()
                        .get("/api/v1/questions/" + question + "/answers")
                        .then(),
                400,
                "validation");
    }

    @Test
    void bothSortsWalkPageByPageWithoutDuplicatesOrGaps() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "A question with many answers to page", false);
        Account answerer = fixtures.register("answerer");
        List<Account> voters = List.of(fixtures.register("v1"), fixtures.register("v2"));
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            String id = fixtures.answer(answerer, question, "Answer " + i, false);
            all.add(id);
            for (int v = 0; v < i % 3; v++) {
                fixtures.voteOnAnswer(voters.get(v), id, 1);
            }
        }
        for (String sort : List.of("top", "newest")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("sort", sort).queryParam("limit", 3);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.when()
                        .get("/api/v1/questions/" + question + "/answers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
                fixtures.answer(answerer, question, "Arrived while paging", false);
            } while (cursor != null && seen.size() < 100);
            assertEquals(seen.size(), new HashSet<>(seen).size(), sort + " repeated an answer");
            assertTrue(seen.containsAll(all), sort + " skipped an answer");
        }
    }

    @Test
    void onlyTheAuthorOrAModeratorEditsAndDeletesAndCountsFollow() {
        Account asker = fixtures.register("asker");
        Account author = fixtures.register("author");
        Account stranger = fixtures.register("stranger");
        String question = fixtures.ask(asker, "A question to answer and delete", false);
        String id = fixtures.answer(author, question, "Original", false);
        assertProblem(
                stranger.as()
                        .body(Map.of("body", "Hijacked"))
                        .when()
                        .patch("/api/v1/answers/" + id)
                        .then(),
                403,
                "forbidden");
        assertProblem(stranger.as().when().delete("/api/v1/answers/" + id).then(), 403, "forbidden");
        author.as()
                .body(Map.of("body", "Edited"))
                .when()
                .patch("/api/v1/answers/" + id)
                .then()
                .statusCode(200)
                .body("body", is("Edited"))
                .body("bodyHtml", is("<p>Edited</p>\n"));
        author.as().when().delete("/api/v1/answers/" + id).then().statusCode(204);
        assertProblem(given().when().get("/api/v1/answers/" + id).then(), 404, "not-found");
        given().when().get("/api/v1/questions/" + question).then().body("answerCount", is(0));
        given().when().get("/api/v1/questions/" + question + "/answers").then().body("items.size()", is(0));
        assertEquals(0, fixtures.count("SELECT answer_count FROM users WHERE handle = ?", author.handle()));
    }

    @Test
    void answersOnDeletedQuestionsAreGone() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "A question that will vanish", false);
        String id = fixtures.answer(fixtures.register("author"), question, "An answer", false);
        asker.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        assertProblem(given().when().get("/api/v1/answers/" + id).then(), 404, "not-found");
        assertProblem(
                given().when().get("/api/v1/questions/" + question + "/answers").then(), 404, "not-found");
        assertProblem(
                fixtures.register("late")
                        .as()
                        .body(Map.of("body", "Too late", "anonymous", false))
                        .when()
                        .post("/api/v1/questions/" + question + "/answers")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void invalidAnswersAreRejected() {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "A question for invalid answers", false);
        for (String blank : new String[] {"", "  "}) {
            assertProblem(
                            asker.as()
                                    .body(Map.of("body", blank, "anonymous", false))
                                    .when()
                                    .post("/api/v1/questions/" + question + "/answers")
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", contains("body"), "errors.message", contains("must not be blank"));
        }
        assertProblem(
                asker.as()
                        .body(Map.of("anonymous", false))
                        .when()
                        .post("/api/v1/questions/" + question + "/answers")
                        .then(),
                400,
                "validation");
        assertEquals(0, fixtures.count("SELECT count(*) FROM answers WHERE question_id = ?::uuid", question));
    }

    @Test
    void myAnswersListsMineAnonymousIncluded() {
        Account author = fixtures.register("mine");
        String question = fixtures.ask(fixtures.register("asker"), "A question for my answers", false);
        String open = fixtures.answer(author, question, "Under my name", false);
        String hidden = fixtures.answer(author, question, "Anonymously", true);
        author.as()
                .when()
                .get("/api/v1/me/answers")
                .then()
                .statusCode(200)
                .body("items.id", contains(hidden, open))
                .body("items[0].author.anonymous", is(true));
    }

    @Test
    void patchKeepsAnAbsentBodyAndRefusesANullOne() {
        Account asker = fixtures.register("asker");
        Account author = fixtures.register("author");
        String id = fixtures.answer(
                author, fixtures.ask(asker, "What does an empty answer edit do?", false), "Kept", false);
        author.as()
                .body(Map.of())
                .when()
                .patch("/api/v1/answers/" + id)
                .then()
                .statusCode(200)
                .body("body", is("Kept"));
        assertProblem(
                        author.as()
                                .body(Collections.singletonMap("body", null))
                                .when()
                                .patch("/api/v1/answers/" + id)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("body"));
        given().when().get("/api/v1/answers/" + id).then().body("body", is("Kept"));
    }

    @Test
    void bodiesCountCharactersNotUtf16Units() {
        Account asker = fixtures.register("asker");
        Account author = fixtures.register("author");
        String question = fixtures.ask(asker, "How long may an answer of emoji be?", false);
        String longest = "\uD83D\uDE80".repeat(30_000);
        String id = author.as()
                .body(Map.of("body", longest))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(30_000, fixtures.count("SELECT char_length(body) FROM answers WHERE id = ?::uuid", id));
        assertProblem(
                        author.as()
                                .body(Map.of("body", longest + "!"))
                                .when()
                                .patch("/api/v1/answers/" + id)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("body"), "errors.message", contains("size must be between 1 and 30000"));
    }
}
