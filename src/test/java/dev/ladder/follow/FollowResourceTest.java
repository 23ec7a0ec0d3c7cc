package dev.ladder.follow;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Following questions, topics and users: idempotent writes, the caller's list, and the marks reads carry. */
@QuarkusTest
class FollowResourceTest {
    /** {@code %test.ladder.follow.max-follows} in application.properties. */
    private static final int MAX_FOLLOWS = 10;

    @Inject
    Fixtures fixtures;

    private static JsonPath following(Account reader, String type) {
        return reader.as()
                .queryParam("type", type == null ? "" : type)
                .when()
                .get("/api/v1/me/following")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long follows(Account reader) {
        return fixtures.count(
                "SELECT count(*) FROM follows f JOIN users u ON u.id = f.user_id WHERE u.handle = ?", reader.handle());
    }

    @Test
    void followAndUnfollowEachKindIdempotentlyWithTheMarksReadsCarry() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        Account other = fixtures.register("other");
        String question = fixtures.ask(author, "Who follows this question?", false);
        List<String> paths = List.of(
                "/api/v1/questions/" + question + "/follow",
                "/api/v1/topics/startups/follow",
                "/api/v1/users/" + author.handle().toUpperCase() + "/follow");
        for (String path : paths) {
            for (int i = 0; i < 2; i++) {
                reader.as().when().put(path).then().statusCode(204);
            }
        }
        assertEquals(3, follows(reader));

        JsonPath all = following(reader, null);
        assertEquals(List.of("user", "topic", "question"), all.getList("items.type"));
        assertEquals(author.handle(), all.getString("items[0].user.handle"));
        assertEquals("startups", all.getString("items[1].topic.slug"));
        assertEquals(question, all.getString("items[2].question.id"));
        assertEquals("Who follows this question?", all.getString("items[2].question.title"));
        assertEquals(List.of("topic"), following(reader, "topic").getList("items.type"));

        reader.as().when().get("/api/v1/questions/" + question).then().body("following", is(true));
        reader.as().when().get("/api/v1/topics/startups").then().body("following", is(true));
        reader.as().when().get("/api/v1/users/" + author.handle()).then().body("following", is(true));
        reader.as()
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/topics")
                .then()
                .body("items.find { it.slug == 'startups' }.following", is(true));
        other.as().when().get("/api/v1/questions/" + question).then().body("following", is(false));
        other.as().when().get("/api/v1/users/" + author.handle()).then().body("following", is(false));
        given().when().get("/api/v1/questions/" + question).then().body("following", nullValue());
        given().when().get("/api/v1/topics/startups").then().body("following", nullValue());
        given().when().get("/api/v1/users/" + author.handle()).then().body("following", nullValue());

        for (String path : paths) {
            for (int i = 0; i < 2; i++) {
                reader.as().when().delete(path).then().statusCode(204);
            }
        }
        assertEquals(0, follows(reader));
        assertEquals(List.of(), following(reader, null).getList("items"));
        reader.as().when().get("/api/v1/questions/" + question).then().body("following", is(false));
    }

    @Test
    void theListsAreKeysetPagesThatLoseNothing() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String question = fixtures.ask(author, "Paged question " + i, false);
            questions.add(0, question);
            reader.as()
                    .when()
                    .put("/api/v1/questions/" + question + "/follow")
                    .then()
                    .statusCode(204);
            reader.as()
                    .when()
                    .put("/api/v1/questions/" + question + "/bookmark")
                    .then()
                    .statusCode(204);
        }
        for (String list : List.of("/api/v1/me/following", "/api/v1/me/bookmarks")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = reader.as()
                        .queryParam("limit", 2)
                        .queryParam("cursor", cursor == null ? "" : cursor)
                        .when()
                        .get(list)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                seen.addAll(page.getList("items.question.id"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertEquals(questions, seen, list);
            assertProblem(
                            reader.as()
                                    .queryParam("cursor", "not-a-cursor")
                                    .when()
                                    .get(list)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("cursor"));
            assertProblem(reader.as().queryParam("limit", 101).when().get(list).then(), 400, "validation");
        }
    }

    @Test
    void askingAndAnsweringFollowTheQuestion() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Does asking follow my question?", true);
        fixtures.answer(answerer, question, "And answering follows it too.", true);

        for (Account poster : List.of(asker, answerer)) {
            poster.as().when().get("/api/v1/questions/" + question).then().body("following", is(true));
            assertEquals(List.of(question), following(poster, "question").getList("items.question.id"));
        }
        // A deleted question leaves the list.
        asker.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        assertEquals(List.of(), following(answerer, "question").getList("items"));
    }

    @Test
    void unknownTargetsAreNotFoundAndNobodyFollowsThemselves() {
        Account reader = fixtures.register("reader");
        Account author = fixtures.register("author");
        String deleted = fixtures.ask(author, "A question that goes away", false);
        author.as().when().delete("/api/v1/questions/" + deleted).then().statusCode(204);
        for (String path : List.of(
                "/api/v1/questions/00000000-0000-4000-8000-000000000000/follow",
                "/api/v1/questions/" + deleted + "/follow",
                "/api/v1/topics/no-such-topic/follow",
                "/api/v1/users/nobody_by_that_name/follow")) {
            assertProblem(reader.as().when().put(path).then(), 404, "not-found");
            assertProblem(reader.as().when().delete(path).then(), 404, "not-found");
        }
        assertProblem(
                reader.as()
                        .when()
                        .put("/api/v1/users/" + reader.handle().toUpperCase() + "/follow")
                        .then(),
                403,
                "forbidden");
        given().when().put("/api/v1/topics/startups/follow").then().statusCode(401);
        given().when().get("/api/v1/me/following").then().statusCode(401);
        assertProblem(
                        reader.as()
                                .queryParam("type", "answer")
                                .when()
                                .get("/api/v1/me/following")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("type"));
        assertEquals(0, follows(reader));
    }

    @Test
    void anAccountFollowsAtMostTheLimitAndPostingStillWorksThere() {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        List<String> questions = new ArrayList<>();
        for (int i = 0; i <= MAX_FOLLOWS; i++) {
            questions.add(fixtures.ask(author, "Question number " + i + " to follow", false));
        }
        for (String question : questions.subList(0, MAX_FOLLOWS)) {
            reader.as()
                    .when()
                    .put("/api/v1/questions/" + question + "/follow")
                    .then()
                    .statusCode(204);
        }
        String lastOne = "/api/v1/questions/" + questions.get(MAX_FOLLOWS) + "/follow";
        assertProblem(reader.as().when().put(lastOne).then(), 409, "conflict");
        // Idempotent at the limit, and unfollowing makes room.
        reader.as()
                .when()
                .put("/api/v1/questions/" + questions.get(0) + "/follow")
                .then()
                .statusCode(204);
        assertEquals(MAX_FOLLOWS, follows(reader));

        // Asking at the limit works; the question is simply not followed.
        String asked = fixtures.ask(reader, "Asked at the limit of follows", false);
        reader.as().when().get("/api/v1/questions/" + asked).then().body("following", is(false));
        assertEquals(MAX_FOLLOWS, follows(reader));

        reader.as()
                .when()
                .delete("/api/v1/questions/" + questions.get(0) + "/follow")
                .then()
                .statusCode(204);
        reader.as().when().put(lastOne).then().statusCode(204);
    }

    @Test
    void racingFollowsNeverPassTheLimitOrFollowTwice() throws Exception {
        Account author = fixtures.register("author");
        Account reader = fixtures.register("reader");
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 2 * MAX_FOLLOWS; i++) {
            questions.add(fixtures.ask(author, "Raced question " + i, false));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (String question : questions) {
            // Each twice: the same follow racing itself is still one row.
            for (int i = 0; i < 2; i++) {
                calls.add(() -> reader.as().when().put("/api/v1/questions/" + question + "/follow"));
            }
        }
        List<Integer> statuses = Concurrently.statuses(8, calls);
        assertTrue(statuses.stream().allMatch(s -> s == 204 || s == 409), statuses.toString());
        assertEquals(MAX_FOLLOWS, follows(reader));
        assertEquals(
                MAX_FOLLOWS,
                fixtures.count(
                        "SELECT count(DISTINCT question_id) FROM follows f JOIN users u ON u.id = f.user_id"
                                + " WHERE u.handle = ?",
                        reader.handle()));
    }

    @Test
    void followingAUserShowsNothingOfTheirAnonymousPosts() {
        String company = "Hiddenco" + Fixtures.uniqueHandle("c");
        Account author = fixtures.register("secret");
        fixtures.addPosition(author, company, "Staff Engineer", "Series B Startup", "2021-01", null);
        Account follower = fixtures.register("follower");
        String anonymous = fixtures.ask(author, "An anonymous question by someone followed", true);
        follower.as()
                .when()
                .put("/api/v1/users/" + author.handle() + "/follow")
                .then()
                .statusCode(204);

        String list = follower.as()
                .when()
                .get("/api/v1/me/following")
                .then()
                .extract()
                .asString();
        assertTrue(!list.contains(anonymous) && !list.contains(company), list);
        follower.as()
                .when()
                .get("/api/v1/users/" + author.handle())
                .then()
                .body("following", is(true))
                .body("questionCount", is(0));
    }
}
