package dev.ladder.common.http;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reads carry a strong ETag (a hash of the body), answer a matching If-None-Match with a bodiless
 * 304, and tell caches what they may keep: signed-out reads briefly by anyone, signed-in reads
 * only privately after revalidation, account data, tokens, writes and errors never.
 */
@QuarkusTest
class HttpCachingTest {
    private static final String PUBLIC = "public, max-age=10";
    private static final String POST_TAG = "\"\\d+\\.[A-Za-z0-9_-]{22}\"";
    private static final String LIST_TAG = "\"[A-Za-z0-9_-]{22}\"";

    @Inject
    Fixtures fixtures;

    private static String etag(RequestSpecification request, String path) {
        return request.when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String signedOutEtag(String path) {
        return etag(given(), path);
    }

    @Test
    void aQuestionHasAStrongTagThatStaysWhileNothingChanges() {
        Account author = fixtures.register("etag");
        String path = "/api/v1/questions/" + fixtures.ask(author, "Does this question keep its ETag?", false);
        String first = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("ETag", matchesPattern(POST_TAG))
                .header("Cache-Control", PUBLIC)
                .header("Vary", containsString("Authorization"))
                .extract()
                .header("ETag");
        assertEquals(first, signedOutEtag(path));
    }

    @Test
    void ifNoneMatchWithTheCurrentTagIsA304WithoutBody() {
        Account author = fixtures.register("etag304");
        String path = "/api/v1/questions/" + fixtures.ask(author, "Is my copy of this question still good?", false);
        String etag = signedOutEtag(path);
        for (String ifNoneMatch : new String[] {etag, "\"stale\", " + etag, "*", "W/" + etag}) {
            given().header("If-None-Match", ifNoneMatch)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .body(is(emptyString()))
                    .header("Content-Type", nullValue())
                    .header("ETag", etag)
                    .header("Cache-Control", PUBLIC)
                    .header("Vary", containsString("Authorization"));
        }
        given().header("If-None-Match", "\"stale\"")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("title", is("Is my copy of this question still good?"));
    }

    @Test
    void theTagChangesWithAVoteANewAnswerAndAnEdit() {
        Account author = fixtures.register("etagchg");
        Account reader = fixtures.register("etagvoter");
        String id = fixtures.ask(author, "What changes the tag of this question?", false);
        String path = "/api/v1/questions/" + id;
        String asked = signedOutEtag(path);

        fixtures.voteOnQuestion(reader, id, 1);
        String voted = signedOutEtag(path);
        assertNotEquals(asked, voted, "a vote changes the score");

        fixtures.answer(reader, id, "An answer changes the answer count.", false);
        String answered = signedOutEtag(path);
        assertNotEquals(voted, answered, "a new answer changes answerCount");

        author.as()
                .body(Map.of("title", "What changes the tag of this question, really?"))
                .when()
                .patch(path)
                .then()
                .statusCode(200);
        String edited = signedOutEtag(path);
        assertNotEquals(answered, edited, "an edit changes the title");
        assertEquals("\"0.", answered.substring(0, 3), "votes and answers leave the version alone");
        assertEquals("\"1.", edited.substring(0, 3), "an edit moves the version");
        given().header("If-None-Match", asked).when().get(path).then().statusCode(200);
    }

    @Test
    void signedInAndSignedOutReadersGetDifferentTagsAndCacheRules() {
        Account author = fixtures.register("etagauthor");
        Account reader = fixtures.register("etagreader");
        String id = fixtures.ask(author, "Who sees which copy of this question?", false);
        String path = "/api/v1/questions/" + id;
        fixtures.voteOnQuestion(reader, id, 1);

        String signedIn = reader.as()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .header("Vary", containsString("Authorization"))
                .body("myVote", is(1))
                .extract()
                .header("ETag");
        String signedOut = signedOutEtag(path);
        assertNotEquals(signedIn, signedOut);
        given().header("If-None-Match", signedIn)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("myVote", nullValue());
        reader.as()
                .header("If-None-Match", signedIn)
                .when()
                .get(path)
                .then()
                .statusCode(304)
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    void listsProfilesAndAnswersHaveTagsToo() {
        Account author = fixtures.register("etaglist");
        String id = fixtures.ask(author, "Is a list of questions tagged too?", false);
        String answer = fixtures.answer(author, id, "Lists, profiles and answers all are.", false);
        String list = "/api/v1/questions?author=" + author.handle();
        for (String path : new String[] {
            list,
            "/api/v1/users/" + author.handle(),
            "/api/v1/answers/" + answer,
            "/api/v1/questions/" + id + "/answers",
            "/api/v1/topics"
        }) {
            String etag = given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", matchesPattern(path.contains("/answers/") ? POST_TAG : LIST_TAG))
                    .header("Cache-Control", PUBLIC)
                    .extract()
                    .header("ETag");
            given().header("If-None-Match", etag)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .body(is(emptyString()));
        }
        String before = signedOutEtag(list);
        fixtures.ask(author, "Does a second question change the list's tag?", false);
        assertNotEquals(before, signedOutEtag(list));
    }

    @Test
    void accountDataTokensWritesAndErrorsAreNeverStored() {
        String handle = Fixtures.uniqueHandle("nostore");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handle",
                        handle,
                        "email",
                        handle + "@example.com",
                        "password",
                        Fixtures.PASSWORD,
                        "displayName",
                        "No Store"))
                .when()
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("login", handle, "password", Fixtures.PASSWORD))
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");

        Account account = fixtures.register("nostoreme");
        String etag = account.as()
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", matchesPattern(LIST_TAG))
                .extract()
                .header("ETag");
        account.as()
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(304)
                .header("Cache-Control", "no-store");
        account.as()
                .body(Map.of(
                        "title",
                        "Is the answer to a write stored anywhere?",
                        "body",
                        "No.",
                        "topics",
                        List.of("startups"),
                        "anonymous",
                        false))
                .when()
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("ETag", matchesPattern(POST_TAG));

        assertProblem(
                        given().when()
                                .get("/api/v1/questions/" + UUID.randomUUID())
                                .then(),
                        404,
                        "not-found")
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        assertProblem(given().when().get("/api/v1/nothing-here").then(), 404, "not-found")
                .header("Cache-Control", "no-store");
        assertProblem(given().when().get("/api/v1/me").then(), 401, "unauthorized")
                .header("Cache-Control", "no-store");
    }
}
