package dev.ladder.topic;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicResourceTest {
    private static final String TOPICS = "/api/v1/topics";

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> topic(String slug) {
        return Map.of("slug", slug, "name", "Topic " + slug, "description", "All about " + slug + ".");
    }

    private static String uniqueSlug(String prefix) {
        return prefix + "-" + Fixtures.uniqueHandle("t").toLowerCase().replace("_", "-");
    }

    @Test
    void aFreshInstallHasTheStartupsTopic() {
        given().when()
                .get(TOPICS + "/startups")
                .then()
                .statusCode(200)
                .body("slug", is("startups"))
                .body("name", is("Startups"))
                .body("description", containsString("early-stage"))
                // Exact: the stored counter equals the live questions tagged with the topic.
                .body("questionCount", is((int) fixtures.count("SELECT count(*) FROM question_topics qt"
                        + " JOIN questions q ON q.id = qt.question_id JOIN topics t ON t.id = qt.topic_id"
                        + " WHERE t.slug = 'startups' AND q.deleted_at IS NULL")));
    }

    @Test
    void walkingAllPagesGivesEveryTopicOnceInNameOrder() {
        List<Map<String, Object>> topics = walk("name");
        List<String> names = topics.stream().map(t -> (String) t.get("name")).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
    }

    @Test
    void walkingAllPagesGivesEveryTopicOnceMostQuestionsFirst() {
        fixtures.ask(fixtures.register("popular"), "A question that makes startups more popular", false, "startups");
        List<Map<String, Object>> topics = walk("popular");
        for (int i = 1; i < topics.size(); i++) {
            int before = (Integer) topics.get(i - 1).get("questionCount");
            int after = (Integer) topics.get(i).get("questionCount");
            assertTrue(
                    before > after
                            || before == after
                                    && ((String) topics.get(i - 1).get("slug")).compareTo((String)
                                                    topics.get(i).get("slug"))
                                            < 0,
                    topics.toString());
        }
        assertEquals(fixtures.count("SELECT max(question_count) FROM topics"), (long)
                (Integer) topics.get(0).get("questionCount"));
        assertProblem(given().queryParam("sort", "oldest").when().get(TOPICS).then(), 400, "validation")
                .body("errors[0].field", is("sort"));
    }

    /** Every page of the list in the given sort, three topics a page; asserts each topic comes once. */
    private List<Map<String, Object>> walk(String sort) {
        List<Map<String, Object>> topics = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3).queryParam("sort", sort);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.when().get(TOPICS).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= 3);
            topics.addAll(items);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        List<Object> slugs = topics.stream().map(t -> t.get("slug")).toList();
        assertEquals(fixtures.count("SELECT count(*) FROM topics"), slugs.size());
        assertEquals(slugs.size(), new HashSet<>(slugs).size());
        return topics;
    }

    @Test
    void defaultPageIsTwentyAndLimitsOutsideOneToHundredAre400() {
        given().when().get(TOPICS).then().statusCode(200).body("items.size()", is((int)
                Math.min(20, fixtures.count("SELECT count(*) FROM topics"))));
        assertProblem(given().queryParam("limit", 101).when().get(TOPICS).then(), 400, "validation")
                .body("errors[0].field", is("limit"));
        assertProblem(given().queryParam("limit", 0).when().get(TOPICS).then(), 400, "validation");
        assertProblem(given().queryParam("limit", "abc").when().get(TOPICS).then(), 400, "bad-request");
    }

    @Test
    void forgedCursorsAre400() {
        for (String cursor : List.of("zzz", "WyJhIl0", "eyJ4IjoxfQ", "%%%", "W251bGwsbnVsbF0")) {
            assertProblem(
                            given().queryParam("cursor", cursor)
                                    .when()
                                    .get(TOPICS)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("cursor"));
        }
    }

    @Test
    void unknownSlugIs404() {
        assertProblem(given().when().get(TOPICS + "/no-such-topic").then(), 404, "not-found");
    }

    @Test
    void moderatorsCreateTopics() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String slug = uniqueSlug("remote-work");
        moderator
                .as()
                .body(topic(slug))
                .when()
                .post(TOPICS)
                .then()
                .statusCode(201)
                .header("Location", containsString(TOPICS + "/" + slug))
                .body("slug", is(slug))
                .body("questionCount", is(0));
        given().when().get(TOPICS + "/" + slug).then().statusCode(200).body("name", is("Topic " + slug));
    }

    @Test
    void usersCannotCreateOrEditTopics() {
        Account user = fixtures.register("user");
        String slug = uniqueSlug("nope");
        assertProblem(user.as().body(topic(slug)).when().post(TOPICS).then(), 403, "forbidden");
        assertProblem(
                user.as()
                        .body(Map.of("name", "Hacked"))
                        .when()
                        .patch(TOPICS + "/startups")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(topic(slug))
                        .when()
                        .post(TOPICS)
                        .then(),
                401,
                "unauthorized");
        assertEquals(0, fixtures.count("SELECT count(*) FROM topics WHERE slug = ?", slug));
        given().when().get(TOPICS + "/startups").then().body("name", is("Startups"));
    }

    @Test
    void duplicateSlugIs409() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        assertProblem(moderator.as().body(topic("startups")).when().post(TOPICS).then(), 409, "conflict");
    }

    @Test
    void slugsAreLowerCaseWords() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        for (String slug : List.of("Upper", "two  spaces", "-lead", "trail-", "a", "x".repeat(51))) {
            assertProblem(moderator.as().body(topic(slug)).when().post(TOPICS).then(), 400, "validation")
                    .body("errors.field", hasItem("slug"));
        }
    }

    @Test
    void moderatorsEditNameAndDescriptionButNotTheSlug() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String slug = uniqueSlug("edit");
        moderator.as().body(topic(slug)).when().post(TOPICS).then().statusCode(201);
        moderator
                .as()
                .body(Map.of("description", "Updated.", "slug", "renamed"))
                .when()
                .patch(TOPICS + "/" + slug)
                .then()
                .statusCode(200)
                .body("slug", is(slug))
                .body("name", is("Topic " + slug))
                .body("description", is("Updated."));
        assertProblem(
                moderator
                        .as()
                        .body(Map.of("name", " "))
                        .when()
                        .patch(TOPICS + "/" + slug)
                        .then(),
                400,
                "validation");
        assertProblem(
                moderator
                        .as()
                        .body(Map.of("name", "X"))
                        .when()
                        .patch(TOPICS + "/missing-" + slug)
                        .then(),
                404,
                "not-found");
    }

    @Test
    void topicsCarryAllFieldsTheTopicCardNeeds() {
        given().when()
                .get(TOPICS)
                .then()
                .statusCode(200)
                .body("items[0].slug", notNullValue())
                .body("items[0].name", notNullValue())
                .body("items[0].description", notNullValue())
                .body("items[0].questionCount", notNullValue());
    }

    @Test
    void patchRefusesNullAndCountsCharacters() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String slug = uniqueSlug("null");
        moderator.as().body(topic(slug)).when().post(TOPICS).then().statusCode(201);
        for (String field : List.of("name", "description")) {
            assertProblem(
                            moderator
                                    .as()
                                    .body(Collections.singletonMap(field, null))
                                    .when()
                                    .patch(TOPICS + "/" + slug)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", contains(field));
        }
        String eighty = "\uD83D\uDE80".repeat(80);
        moderator
                .as()
                .body(Map.of("name", eighty))
                .when()
                .patch(TOPICS + "/" + slug)
                .then()
                .statusCode(200)
                .body("name", is(eighty));
        assertProblem(
                        moderator
                                .as()
                                .body(Map.of("name", eighty + "!"))
                                .when()
                                .patch(TOPICS + "/" + slug)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("name"));
    }
}
