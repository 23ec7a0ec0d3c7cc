package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedQuestionsTest {
    @Inject
    Fixtures fixtures;

    private static String related(String id) {
        return "/api/v1/questions/" + id + "/related";
    }

    @Test
    void theClosestTitleInTheTopicComesFirstNeverItselfNeverDeleted() {
        Account author = fixtures.register("related");
        // A made-up word in every title keeps other tests' questions from being the closest.
        String word = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String question = fixtures.ask(
                author, "How do " + word + " tech leads and managers split the work?", false, "tech-leadership");
        String twin = fixtures.ask(
                author, "How do " + word + " tech leads and managers split work?", false, "tech-leadership");
        String cousin = fixtures.ask(
                author, "How do " + word + " tech leads split work at startups?", false, "tech-leadership");
        String elsewhere = fixtures.ask(
                author, "How do " + word + " tech leads and managers split the work?", false, "compensation");
        given().when()
                .get(related(question))
                .then()
                .statusCode(200)
                .body("items[0].id", is(twin))
                .body("items[1].id", is(cousin))
                .body("items.id", not(hasItem(question)))
                .body("items.id", not(hasItem(elsewhere)))
                .body("items[0].author.handle", is(author.handle()))
                .body("nextCursor", nullValue());
        author.as().when().delete("/api/v1/questions/" + twin).then().statusCode(204);
        given().queryParam("limit", 20)
                .when()
                .get(related(question))
                .then()
                .statusCode(200)
                .body("items[0].id", is(cousin))
                .body("items.id", not(hasItem(twin)));
    }

    @Test
    void eachSharedTopicCountsForMore() {
        Account author = fixtures.register("ties");
        String word = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String question =
                fixtures.ask(author, "Should I " + word + " leave my job now?", false, "career-growth", "job-search");
        String oneTopic = fixtures.ask(author, "Should I " + word + " leave my job soon?", false, "career-growth");
        String twoTopics =
                fixtures.ask(author, "Should I " + word + " leave my job late?", false, "career-growth", "job-search");
        given().when()
                .get(related(question))
                .then()
                .statusCode(200)
                .body("items[0].id", is(twoTopics))
                .body("items[1].id", is(oneTopic));
    }

    @Test
    void unknownQuestionsAndBadLimitsAreClean4xx() {
        assertProblem(
                given().when()
                        .get(related("00000000-0000-0000-0000-000000000000"))
                        .then(),
                404,
                "not-found");
        String id = fixtures.ask(fixtures.register("limits"), "A question to relate to others", false);
        assertProblem(given().queryParam("limit", 0).when().get(related(id)).then(), 400, "validation");
        assertProblem(given().queryParam("limit", 21).when().get(related(id)).then(), 400, "validation");
    }
}
