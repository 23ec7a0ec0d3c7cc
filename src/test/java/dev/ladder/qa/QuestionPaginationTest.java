package dev.ladder.qa;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every sort walked page by page with a cursor, while new questions arrive between pages: every
 * question that was there at the start shows up exactly once, in order.
 */
@QuarkusTest
class QuestionPaginationTest {
    @Inject
    Fixtures fixtures;

    private record Walked(List<String> ids, List<JsonPath> pages) {}

    @Test
    void everySortWalksWithoutDuplicatesOrGapsWhilePostsArrive() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String topic = "paging-" + Fixtures.uniqueHandle("t").toLowerCase().replace('_', '-');
        moderator
                .as()
                .body(Map.of("slug", topic, "name", "Paging " + topic, "description", "For the paging test."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        Account author = fixtures.register("pager");
        List<Account> voters = List.of(fixtures.register("pv1"), fixtures.register("pv2"), fixtures.register("pv3"));
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String id = fixtures.ask(author, "Paging question number " + i, false, topic);
            all.add(id);
            for (int v = 0; v < i % 4; v++) {
                fixtures.voteOnQuestion(voters.get(v), id, 1);
            }
            if (i % 3 == 0) {
                fixtures.answer(voters.get(0), id, "An answer", false);
            }
        }
        Set<String> unanswered = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 3 != 0) {
                unanswered.add(all.get(i));
            }
        }

        for (String sort : List.of("newest", "top", "active", "unanswered")) {
            Walked walked = walk(sort, topic, author);
            assertEquals(walked.ids().size(), new HashSet<>(walked.ids()).size(), sort + " repeated a question");
            Set<String> expected = sort.equals("unanswered") ? unanswered : new HashSet<>(all);
            assertTrue(walked.ids().containsAll(expected), sort + " skipped a question that was there from the start");
            assertOrdered(sort, walked.pages());
        }
    }

    private Walked walk(String sort, String topic, Account author) {
        List<String> ids = new ArrayList<>();
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request =
                    given().queryParam("topic", topic).queryParam("sort", sort).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/questions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            pages.add(page);
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            // A newcomer between pages must not push anything already listed onto the next page.
            fixtures.ask(author, "Arrived while paging " + sort + " " + pages.size(), false, topic);
        } while (cursor != null && pages.size() < 50);
        return new Walked(ids, pages);
    }

    private static void assertOrdered(String sort, List<JsonPath> pages) {
        String key = switch (sort) {
            case "top" -> "score";
            case "active" -> "lastActivityAt";
            default -> "createdAt";
        };
        List<Comparable<Object>> keys = new ArrayList<>();
        for (JsonPath page : pages) {
            keys.addAll(page.getList("items." + key));
        }
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) >= 0, sort + " is out of order at " + i + ": " + keys);
        }
    }

    @Test
    void aCursorOfOneSortIsRejectedByAnother() {
        Account author = fixtures.register("cursor");
        for (int i = 0; i < 3; i++) {
            fixtures.ask(author, "Cursor question number " + i, false);
        }
        String cursor = given().queryParam("sort", "newest")
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        assertProblem(
                given().queryParam("sort", "top")
                        .queryParam("cursor", cursor)
                        .when()
                        .get("/api/v1/questions")
                        .then(),
                400,
                "validation");
        for (String forged : List.of("WyJORVdFU1QiLCJub3QtYS1kYXRlIiwieCJd", "WyJUT1AiLCJ4IiwieSJd", "bm90LWpzb24")) {
            assertProblem(
                    given().queryParam("cursor", forged)
                            .when()
                            .get("/api/v1/questions")
                            .then(),
                    400,
                    "validation");
        }
    }
}
