package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionResourceTest {
    private static final String QUESTIONS = "/api/v1/questions";

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> question(String title, List<String> topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("body", "I lead a team of five.\n\n- first\n- second");
        body.put("topics", topics);
        body.put("anonymous", false);
        return body;
    }

    @Test
    void askAnswers201WithTheQuestionAsAClientWouldGetIt() {
        Account author = fixtures.register("asker");
        fixtures.addPosition(author, "Meta", "Engineering Manager", "Big Tech", "2020-01", null);
        fixtures.addPosition(author, "Pinterest", "Senior Engineer", null, "2016-01", "2019-12");
        Response created = author.as()
                .body(question("How do tech leads and managers differ?", List.of("startups", "career-growth")))
                .when()
                .post(QUESTIONS)
                .then()
                .statusCode(201)
                .header("Location", containsString(QUESTIONS + "/"))
                .body("title", is("How do tech leads and managers differ?"))
                .body("bodyHtml", containsString("<li>first</li>"))
                .body("topics.slug", contains("career-growth", "startups"))
                .body("author.handle", is(author.handle()))
                .body("author.anonymous", is(false))
                .body("author.headline", is("Engineering Manager at Meta"))
                .body("author.companies", contains("Meta", "Pinterest"))
                .body("score", is(0))
                .body("answerCount", is(0))
                .body("myVote", nullValue())
                .body("canEdit", is(true))
                .extract()
                .response();
        String id = created.path("id");
        given().when()
                .get(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("createdAt", is(created.<String>path("createdAt")))
                .body("canEdit", is(false))
                .body("myVote", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("answers")));
    }

    @Test
    void clientsCannotSetServerOwnedFields() {
        Account author = fixtures.register("owned");
        Map<String, Object> body = question("Can I set my own score here?", List.of("startups"));
        body.put("score", 1000);
        body.put("answerCount", 7);
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("author", Map.of("handle", "someone_else"));
        author.as()
                .body(body)
                .when()
                .post(QUESTIONS)
                .then()
                .statusCode(201)
                .body("score", is(0))
                .body("answerCount", is(0))
                .body("createdAt", not(containsString("2001")))
                .body("author.handle", is(author.handle()));
    }

    @Test
    void invalidQuestionsAreRejectedAndNothingIsWritten() {
        Account author = fixtures.register("invalid");
        long before = fixtures.count("SELECT count(*) FROM questions");
        assertProblem(
                        author.as()
                                .body(question("short", List.of("startups")))
                                .when()
                                .post(QUESTIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("title"));
        assertProblem(
                        author.as()
                                .body(question("A long enough title", List.of()))
                                .when()
                                .post(QUESTIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("topics"));
        assertProblem(
                        author.as()
                                .body(question("A long enough title", List.of("a", "b", "c", "d", "e", "f")))
                                .when()
                                .post(QUESTIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("topics"));
        assertProblem(
                        author.as()
                                .body(question("A long enough title", List.of("startups", "no-such-topic")))
                                .when()
                                .post(QUESTIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("topics"))
                .body("errors[0].message", containsString("no-such-topic"));
        Map<String, Object> longBody = question("A long enough title", List.of("startups"));
        longBody.put("body", "x".repeat(30_001));
        assertProblem(author.as().body(longBody).when().post(QUESTIONS).then(), 400, "validation")
                .body("errors.field", contains("body"));
        assertEquals(before, fixtures.count("SELECT count(*) FROM questions"));
    }

    /** Found by the contract fuzzing: Jackson turned 42 into "42" and 1 into true, and read past the end of a document. */
    @Test
    void wrongJsonTypesAndTrailingTextAreRejectedNotConverted() {
        Account author = fixtures.register("types");
        String mine = "SELECT count(*) FROM questions q JOIN users u ON u.id = q.author_id WHERE u.handle = ?";
        for (String field : List.of("body", "title", "anonymous")) {
            Map<String, Object> wrong = question("A long enough title", List.of("startups"));
            wrong.put(field, field.equals("anonymous") ? 1 : 42);
            assertProblem(author.as().body(wrong).when().post(QUESTIONS).then(), 400, "validation")
                    .body("errors.field", contains(field));
        }
        assertProblem(
                author.as()
                        .body("{\"title\":\"A long enough title\",\"body\":\"Body\",\"topics\":[\"startups\"]}}")
                        .when()
                        .post(QUESTIONS)
                        .then(),
                400,
                "malformed-json");
        assertEquals(0, fixtures.count(mine, author.handle()));
    }

    /** The contract lists the sorts in lower case; another case used to be taken too. */
    @Test
    void sortsAreTheDocumentedValuesExactly() {
        assertProblem(given().queryParam("sort", "TOP").when().get(QUESTIONS).then(), 400, "validation")
                .body("errors[0].field", is("sort"));
        given().queryParam("sort", "top").when().get(QUESTIONS).then().statusCode(200);
    }

    @Test
    void askingNeedsAToken() {
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(question("A long enough title", List.of("startups")))
                        .when()
                        .post(QUESTIONS)
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void topicCountsStayExactThroughAskRetopicAndDelete() {
        Account author = fixtures.register("counts");
        long startups = topicCount("startups");
        long interviewing = topicCount("interviewing");
        String id = fixtures.ask(author, "Should I join an early startup?", false, "startups");
        assertEquals(startups + 1, topicCount("startups"));
        author.as()
                .body(Map.of("topics", List.of("interviewing")))
                .when()
                .patch(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("topics.slug", contains("interviewing"));
        assertEquals(startups, topicCount("startups"));
        assertEquals(interviewing + 1, topicCount("interviewing"));
        author.as().when().delete(QUESTIONS + "/" + id).then().statusCode(204);
        assertEquals(interviewing, topicCount("interviewing"));
        given().when().get("/api/v1/topics/interviewing").then().body("questionCount", is((int) interviewing));
    }

    @Test
    void onlyTheAuthorOrAModeratorEditsAndDeletes() {
        Account author = fixtures.register("owner");
        Account stranger = fixtures.register("stranger");
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String id = fixtures.ask(author, "Who may edit this question?", false);
        assertProblem(
                stranger.as()
                        .body(Map.of("title", "Hijacked title here"))
                        .when()
                        .patch(QUESTIONS + "/" + id)
                        .then(),
                403,
                "forbidden");
        assertProblem(stranger.as().when().delete(QUESTIONS + "/" + id).then(), 403, "forbidden");
        author.as()
                .body(Map.of("body", "Edited *body*"))
                .when()
                .patch(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("<em>body</em>"))
                .body("title", is("Who may edit this question?"));
        moderator
                .as()
                .body(Map.of("title", "Moderator fixed the title"))
                .when()
                .patch(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("canEdit", is(true));
        assertEquals(
                "Moderator fixed the title", fixtures.string("SELECT title FROM questions WHERE id = ?::uuid", id));
    }

    @Test
    void deletedQuestionsAre404ForEveryoneButModerators() {
        Account author = fixtures.register("deleter");
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String id = fixtures.ask(author, "This question will be deleted", false);
        author.as().when().delete(QUESTIONS + "/" + id).then().statusCode(204);
        assertProblem(given().when().get(QUESTIONS + "/" + id).then(), 404, "not-found");
        assertProblem(author.as().when().get(QUESTIONS + "/" + id).then(), 404, "not-found");
        assertProblem(author.as().when().delete(QUESTIONS + "/" + id).then(), 404, "not-found");
        moderator
                .as()
                .when()
                .get(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("deletedAt", org.hamcrest.Matchers.notNullValue());
        given().queryParam("author", author.handle())
                .when()
                .get(QUESTIONS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        assertEquals(0, fixtures.count("SELECT question_count FROM users WHERE handle = ?", author.handle()));
    }

    @Test
    void unknownAndMalformedIdsAreClean4xx() {
        assertProblem(
                given().when()
                        .get(QUESTIONS + "/00000000-0000-0000-0000-000000000000")
                        .then(),
                404,
                "not-found");
        assertProblem(given().when().get(QUESTIONS + "/42").then(), 400, "bad-request");
        assertProblem(given().queryParam("sort", "best").when().get(QUESTIONS).then(), 400, "validation")
                .body("errors[0].field", is("sort"));
        assertProblem(
                given().queryParam("topic", "no-such-topic")
                        .when()
                        .get(QUESTIONS)
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().queryParam("include", "everything")
                        .when()
                        .get(QUESTIONS + "/00000000-0000-0000-0000-000000000000")
                        .then(),
                400,
                "validation");
    }

    @Test
    void filtersByTopicAndAuthor() {
        Account author = fixtures.register("filter");
        String topicSlug = "tech-leadership";
        String inTopic = fixtures.ask(author, "A question about leading without authority", false, topicSlug);
        String other = fixtures.ask(author, "A question about salary negotiation", false, "compensation");
        given().queryParam("topic", topicSlug)
                .queryParam("limit", 100)
                .when()
                .get(QUESTIONS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(inTopic))
                .body("items.id", not(hasItem(other)))
                .body("items.findAll { !it.topics.slug.contains('" + topicSlug + "') }.size()", is(0));
        given().queryParam("author", author.handle().toUpperCase())
                .when()
                .get(QUESTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(other, inTopic));
        given().queryParam("author", "nobody_at_all_here")
                .when()
                .get(QUESTIONS)
                .then()
                .statusCode(200)
                .body("items.size()", is(0));
    }

    @Test
    void myQuestionsListsMineAnonymousIncluded() {
        Account author = fixtures.register("mine");
        String open = fixtures.ask(author, "My question under my name", false);
        String hidden = fixtures.ask(author, "My question asked anonymously", true);
        fixtures.ask(fixtures.register("someone"), "Somebody else's question", false);
        author.as()
                .when()
                .get("/api/v1/me/questions")
                .then()
                .statusCode(200)
                .body("items.id", contains(hidden, open))
                .body("items[0].author.anonymous", is(true))
                .body("items[0].canEdit", is(true));
        assertProblem(given().when().get("/api/v1/me/questions").then(), 401, "unauthorized");
    }

    @Test
    void titlesAreMeasuredTrimmedAndInCharactersAsStored() {
        Account author = fixtures.register("emoji");
        // Ten UTF-16 units but five characters: short, like a title padded with spaces.
        for (String shortTitle :
                List.of("\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80", "   short      ")) {
            assertProblem(
                            author.as()
                                    .body(question(shortTitle, List.of("startups")))
                                    .when()
                                    .post(QUESTIONS)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", contains("title"));
        }
        String rockets = "\uD83D\uDE80".repeat(200);
        author.as()
                .body(question(rockets, List.of("startups")))
                .when()
                .post(QUESTIONS)
                .then()
                .statusCode(201)
                .body("title", is(rockets));
    }

    @Test
    void valuesTheDatabaseCannotHoldAre400NotErrors() {
        Account author = fixtures.register("nul");
        long before = fixtures.count("SELECT count(*) FROM questions");
        assertProblem(
                author.as()
                        .body(question("A title with a \u0000 NUL in it", List.of("startups")))
                        .when()
                        .post(QUESTIONS)
                        .then(),
                400,
                "bad-request");
        assertEquals(before, fixtures.count("SELECT count(*) FROM questions"));
        assertProblem(
                given().queryParam("topic", "start\u0000ups")
                        .when()
                        .get(QUESTIONS)
                        .then(),
                400,
                "bad-request");
        assertProblem(
                given().queryParam("author", "x\u0000y").when().get(QUESTIONS).then(), 400, "bad-request");
        String farFuture = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        "[\"NEWEST\",\"+999999-01-01T00:00:00Z\",\"00000000-0000-0000-0000-000000000000\"]".getBytes());
        assertProblem(
                        given().queryParam("sort", "newest")
                                .queryParam("cursor", farFuture)
                                .when()
                                .get(QUESTIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void anEmptyPatchChangesNothing() {
        Account author = fixtures.register("noop");
        String id = fixtures.ask(author, "Does an empty edit count as activity?", false);
        String updatedAt =
                given().when().get(QUESTIONS + "/" + id).then().extract().path("updatedAt");
        author.as()
                .body(Map.of())
                .when()
                .patch(QUESTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("updatedAt", is(updatedAt))
                .body("lastActivityAt", is(updatedAt));
    }

    @Test
    void aTokenWhoseAccountIsGoneIs401ForWrites() {
        Account gone = fixtures.register("gone");
        fixtures.update("DELETE FROM users WHERE handle = ?", gone.handle());
        assertProblem(
                gone.as()
                        .body(question("Does my account still exist?", List.of("startups")))
                        .when()
                        .post(QUESTIONS)
                        .then(),
                401,
                "unauthorized");
    }

    private long topicCount(String slug) {
        return fixtures.count("SELECT question_count FROM topics WHERE slug = ?", slug);
    }

    @Test
    void patchRefusesNullForEveryField() {
        Account author = fixtures.register("nullq");
        String id = fixtures.ask(author, "Can an edit clear the title of a question?", false);
        for (String field : List.of("title", "body", "topics")) {
            assertProblem(
                            author.as()
                                    .body(Collections.singletonMap(field, null))
                                    .when()
                                    .patch(QUESTIONS + "/" + id)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", contains(field));
        }
        given().when().get(QUESTIONS + "/" + id).then().body("title", is("Can an edit clear the title of a question?"));
    }
}
