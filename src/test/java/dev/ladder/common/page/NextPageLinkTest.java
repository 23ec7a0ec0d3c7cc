package dev.ladder.common.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Pages with a next one say where it is in a Link header as well as in nextCursor, keeping the query. */
@QuarkusTest
class NextPageLinkTest {
    private static final Pattern NEXT = Pattern.compile("^<(/api/v1/[^>]+)>; rel=\"next\"$");

    @Inject
    Fixtures fixtures;

    @Test
    void followingLinksVisitsWhatFollowingNextCursorDoes() {
        Account author = fixtures.register("linkwalk");
        fixtures.addPosition(author, "Course Hero", "Staff Engineer", null, "2021-01", null);
        for (int i = 0; i < 5; i++) {
            fixtures.ask(author, "Link header walk question " + i, false);
        }
        // "Course Hero" needs encoding: the link must carry it over as the client sent it.
        String first = "/api/v1/questions?company=Course%20Hero&author=" + author.handle() + "&sort=newest&limit=2";

        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().urlEncodingEnabled(false)
                    .when()
                    .get(first + (cursor == null ? "" : "&cursor=" + cursor))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byCursor.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        List<String> byLink = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String next = first;
        while (next != null) {
            Response response = given().urlEncodingEnabled(false).when().get(next);
            assertEquals(200, response.statusCode());
            byLink.addAll(response.jsonPath().getList("items.id"));
            String link = response.header("Link");
            next = link == null ? null : target(link);
            if (next != null) {
                links.add(next);
            }
            assertEquals(
                    response.jsonPath().getString("nextCursor") == null, link == null, "Link and nextCursor agree");
        }

        assertEquals(5, byCursor.size());
        assertEquals(byCursor, byLink);
        assertEquals(2, links.size());
        for (String link : links) {
            assertTrue(
                    link.contains("company=Course%20Hero")
                            && link.contains("author=" + author.handle())
                            && link.contains("sort=newest")
                            && link.contains("limit=2")
                            && link.contains("cursor="),
                    link);
        }
    }

    @Test
    void everyPagedListLinksItsNextPageAndTheLastPageDoesNot() {
        Account author = fixtures.register("linklists");
        String question = fixtures.ask(author, "Do all the lists link their next page?", false);
        fixtures.answer(author, question, "One answer.", false);
        fixtures.answer(author, question, "Another answer.", true);
        for (String list :
                new String[] {"/api/v1/questions/" + question + "/answers", "/api/v1/topics", "/api/v1/questions"}) {
            String link = given().queryParam("limit", 1)
                    .when()
                    .get(list)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("Link");
            assertNotNull(link, list);
            assertTrue(target(link).startsWith(list + "?"), link);
        }
        author.as()
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/me/answers")
                .then()
                .statusCode(200)
                .header("Link", startsWith("</api/v1/me/answers?"));
        given().queryParam("limit", 100)
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .header("Link", nullValue());
    }

    private static String target(String link) {
        Matcher matcher = NEXT.matcher(link);
        assertTrue(matcher.matches(), link);
        return matcher.group(1);
    }
}
