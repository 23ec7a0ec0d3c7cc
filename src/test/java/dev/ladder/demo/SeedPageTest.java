package dev.ladder.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A client renders ../shared/seed-page.txt from the demo data in two requests: the question with
 * its answers, and the topic card.
 */
@QuarkusTest
@TestProfile(SeedPageTest.WithDemoData.class)
public class SeedPageTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ladder.demo-data", "true");
        }
    }

    @Test
    void theDemoQuestionHasEveryElementOfTheSeedPage() {
        String id = given().queryParam("topic", "startups").when().get("/api/v1/questions").then().statusCode(200)
                .extract().path("items.find { it.title.startsWith('What are the commonalities') }.id");

        JsonPath page = given().queryParam("include", "answers").when().get("/api/v1/questions/" + id).then()
                .statusCode(200)
                .body("title", is("What are the commonalities and differences between tech leads and engineering managers?"))
                .body("bodyHtml", containsString("<p>"))
                .body("createdAt", notNullValue())
                .body("topics.slug", hasItem("startups"))
                .body("author.anonymous", is(true))
                .body("author.headline", is("Software Engineer at Series A Startup"))
                .body("answerCount", is(2))
                .body("answers.items.score", contains(8, 5))
                .body("answers.items[0].author.companies", contains("Robinhood", "Meta", "Course Hero", "PayPal"))
                .body("answers.items[1].author.companies", contains("Meta", "Pinterest", "Kosei"))
                .body("answers.items[0].bodyHtml", containsString("<h2>"))
                .body("answers.items[0].bodyHtml", containsString("<ul>"))
                .body("answers.items[0].bodyHtml", containsString("<li>"))
                .body("answers.items[0].createdAt", notNullValue())
                .extract().jsonPath();
        assertEquals(Set.of("anonymous", "headline"), page.getMap("author").keySet());

        given().when().get("/api/v1/topics/startups").then().statusCode(200)
                .body("name", is("Startups"))
                .body("description", containsString("early-stage"))
                .body("questionCount", greaterThanOrEqualTo(1));
    }
}
