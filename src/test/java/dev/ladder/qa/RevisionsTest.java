package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void editsKeepTheVersionsTheyReplacedNumberedAsTheirETags() {
        Account author = fixtures.register("rv");
        String id = fixtures.ask(author, "How do revisions keep versions?", false);
        String question = "/api/v1/questions/" + id;
        ValidatableResponse first = given().when().get(question).then().statusCode(200);
        String etag0 = first.extract().header("ETag");
        String createdAt = first.extract().path("createdAt");

        String etag1 = edit(author, question, etag0, Map.of("title", "How do revisions keep old versions?"));
        String etag2 = edit(author, question, etag1, Map.of("body", "Second body"));
        // A PATCH that sends nothing changes nothing, and keeps nothing.
        author.as().body(Map.of()).when().patch(question).then().statusCode(200).header("ETag", is(etag2));

        ValidatableResponse revisions = given().when()
                .get(question + "/revisions")
                .then()
                .statusCode(200)
                .body("items.version", is(List.of(1, 0)))
                .body(
                        "items.title",
                        is(List.of("How do revisions keep old versions?", "How do revisions keep versions?")))
                .body("items[0].body", is("Some **context** for: How do revisions keep versions?"))
                .body("items[1].bodyHtml", startsWith("<p>Some <strong>context</strong>"))
                .body("items[1].editedAt", is(createdAt))
                .body("items[0].editor.handle", is(author.handle()))
                .body("items[0].editor.asker", is(true))
                .body("items[0].editor.postAuthor", nullValue())
                .body("nextCursor", nullValue());
        // Revision N is the post as it was while its ETag carried version N.
        assertThat(etag0, startsWith("\"" + revisions.extract().path("items[1].version") + "."));
        assertThat(etag1, startsWith("\"" + revisions.extract().path("items[0].version") + "."));

        // Each revision's version is a replaced one: If-Match naming it no longer passes.
        for (String stale : List.of(etag0, etag1)) {
            assertProblem(
                    author.as()
                            .header("If-Match", stale)
                            .body(Map.of("body", "An edit over a stale version"))
                            .when()
                            .patch(question)
                            .then(),
                    412,
                    "precondition-failed");
        }
        given().when().get(question + "/revisions").then().body("items.version", is(List.of(1, 0)));
    }

    @Test
    void answerRevisionsHaveNoTitleAndMarkTheAnswersAuthor() {
        Account asker = fixtures.register("ra");
        Account answerer = fixtures.register("rb");
        String id = fixtures.answer(
                answerer, fixtures.ask(asker, "Which answer gets revised?", false), "First answer body", false);
        String answer = "/api/v1/answers/" + id;
        edit(answerer, answer, null, Map.of("body", "Second answer body"));
        edit(answerer, answer, null, Map.of("body", "Third answer body"));

        ValidatableResponse revisions = given().when()
                .get(answer + "/revisions")
                .then()
                .statusCode(200)
                .body("items.version", is(List.of(1, 0)))
                .body("items.body", is(List.of("Second answer body", "First answer body")))
                .body("items[0].editor.handle", is(answerer.handle()))
                .body("items[0].editor.postAuthor", is(true))
                .body("items[0].editor.asker", nullValue());
        assertFalse(revisions.extract().jsonPath().getMap("items[0]").containsKey("title"));
        given().when().get(answer).then().header("ETag", startsWith("\"2."));
    }

    @Test
    void anAnonymousAuthorsEditShowsOnlyThePostsHeadline() {
        Account author = fixtures.register("rn");
        fixtures.addPosition(author, "Hidden Revision Co", "Staff Engineer", "Series B Startup", "2021-03", null);
        String question = "/api/v1/questions/" + fixtures.ask(author, "An anonymous question, then edited", true);
        edit(author, question, null, Map.of("body", "Edited behind the headline"));

        ValidatableResponse revisions = given().when()
                .get(question + "/revisions")
                .then()
                .statusCode(200)
                .body("items.version", is(List.of(0)));
        assertEquals(
                Map.of(
                        "anonymous",
                        true,
                        "verified",
                        false,
                        "headline",
                        "Staff Engineer at Series B Startup",
                        "asker",
                        true),
                revisions.extract().jsonPath().getMap("items[0].editor"));
        String body = revisions.extract().asString();
        for (String secret : List.of(author.handle(), author.email(), "Hidden Revision Co")) {
            assertFalse(body.contains(secret), "revisions reveal " + secret);
        }
    }

    @Test
    void aModeratorsEditShowsModeratorAndNobodyElse() {
        Account author = fixtures.register("ro");
        Account moderator = fixtures.registerWithRole("rm", "moderator");
        String questionId = fixtures.ask(author, "A question a moderator tidies up", true);
        String question = "/api/v1/questions/" + questionId;
        edit(moderator, question, null, Map.of("title", "A question a moderator tidied up"));
        edit(author, question, null, Map.of("body", "The asker edits after the moderator"));
        String answer = "/api/v1/answers/" + fixtures.answer(author, questionId, "An anonymous answer", true);
        edit(moderator, answer, null, Map.of("body", "A moderator's answer fix"));
        edit(author, answer, null, Map.of("body", "The answerer edits after the moderator"));

        // Version 1 is the moderator's; version 0 is the author's, as the post shows them.
        ValidatableResponse ofQuestion = given().when()
                .get(question + "/revisions")
                .then()
                .statusCode(200)
                .body("items.version", is(List.of(1, 0)))
                .body("items[0].title", is("A question a moderator tidied up"));
        assertEquals(
                Map.of("anonymous", true, "moderator", true),
                ofQuestion.extract().jsonPath().getMap("items[0].editor"));
        assertEquals(
                Set.of("anonymous", "verified", "asker"),
                ofQuestion.extract().jsonPath().getMap("items[1].editor").keySet());
        ValidatableResponse ofAnswer = given().when()
                .get(answer + "/revisions")
                .then()
                .statusCode(200)
                .body("items.body", is(List.of("A moderator's answer fix", "An anonymous answer")));
        assertEquals(
                Map.of("anonymous", true, "moderator", true),
                ofAnswer.extract().jsonPath().getMap("items[0].editor"));
        assertEquals(
                Map.of("anonymous", true, "verified", false, "postAuthor", true),
                ofAnswer.extract().jsonPath().getMap("items[1].editor"));
        for (String body :
                List.of(ofQuestion.extract().asString(), ofAnswer.extract().asString())) {
            assertFalse(body.contains(moderator.handle()), "revisions name the moderator");
            assertFalse(body.contains(author.handle()), "revisions name the author");
        }
    }

    @Test
    void aDeletedPostsRevisionsAreForModeratorsOnly() {
        Account author = fixtures.register("rd");
        Account moderator = fixtures.registerWithRole("rdm", "moderator");
        String questionId = fixtures.ask(author, "A question that gets deleted", false);
        String question = "/api/v1/questions/" + questionId;
        String answer = "/api/v1/answers/" + fixtures.answer(author, questionId, "An answer that goes too", false);
        edit(author, question, null, Map.of("body", "Edited before deletion"));
        edit(author, answer, null, Map.of("body", "Edited before deletion"));
        author.as().when().delete(question).then().statusCode(204);

        for (String post : List.of(question, answer)) {
            assertProblem(given().when().get(post + "/revisions").then(), 404, "not-found");
            assertProblem(author.as().when().get(post + "/revisions").then(), 404, "not-found");
            moderator
                    .as()
                    .when()
                    .get(post + "/revisions")
                    .then()
                    .statusCode(200)
                    .body("items.version", is(List.of(0)));
        }
        assertProblem(
                given().when()
                        .get("/api/v1/questions/00000000-0000-4000-8000-000000000000/revisions")
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().when()
                        .get("/api/v1/answers/00000000-0000-4000-8000-000000000000/revisions")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void revisionsComeInKeysetPagesNewestFirst() {
        Account author = fixtures.register("rp");
        String question = "/api/v1/questions/" + fixtures.ask(author, "A question edited five times", false);
        for (int i = 1; i <= 5; i++) {
            edit(author, question, null, Map.of("body", "Body number " + i));
        }
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page =
                    request.when().get(question + "/revisions").then().statusCode(200);
            seen.addAll(page.extract().path("items.version"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(4, 3, 2, 1, 0), seen);

        assertProblem(
                given().queryParam("cursor", "bm90LWEtY3Vyc29y")
                        .when()
                        .get(question + "/revisions")
                        .then(),
                400,
                "validation");
        assertProblem(
                given().queryParam("limit", 0)
                        .when()
                        .get(question + "/revisions")
                        .then(),
                400,
                "validation");
    }

    /** A PATCH (with If-Match when {@code etag} is given) that succeeds, and the new ETag. */
    private static String edit(Account editor, String post, String etag, Map<String, Object> body) {
        var request = editor.as().body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().patch(post).then().statusCode(200).extract().header("ETag");
    }
}
