package dev.ladder.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Recount;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client renders ../shared/seed-page.txt from the demo corpus in two requests, the question with
 * its answers and the topic card, and the forum around it is there: related questions, search
 * results, counters that agree with the rows.
 */
@QuarkusTest
@TestProfile(SeedPageTest.WithDemoData.class)
public class SeedPageTest {
    private static final String SEED_TITLE =
            "What are the commonalities and differences between tech leads and engineering managers?";

    /**
     * The demo corpus. Tests under it post nowhere in Startups, whose card must say 243 questions.
     * One-second search rankings too, for SearchRankingRefreshTest: one Quarkus start instead of two.
     */
    /** The demo corpus, with anonymous headlines as general as production makes them (a crowd of 5). */
    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ladder.demo-data", "true", "ladder.search.rankings-ttl", "1S", "ladder.anonymity.min-crowd", "5");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void theDemoQuestionHasEveryElementOfTheSeedPage() {
        JsonPath page = given().queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + seedId())
                .then()
                .statusCode(200)
                .body("title", is(SEED_TITLE))
                .body("bodyHtml", containsString("<p>"))
                .body("topics.slug", hasItem("startups"))
                .body("author.anonymous", is(true))
                .body("author.headline", is("Software Engineer at Series A Startup"))
                .body("answerCount", is(2))
                .body("answers.items.score", contains(8, 5))
                .body("answers.items[0].author.companies", contains("Robinhood", "Meta", "Course Hero", "PayPal"))
                .body("answers.items[1].author.companies", contains("Meta", "Pinterest", "Kosei"))
                .body("answers.items[0].bodyHtml", containsString("<h2>Big tech vs. smaller companies</h2>"))
                .body("answers.items[0].bodyHtml", containsString("<h2>Big tech vs. smaller companies</h2>\n<ul><li>"))
                .body("answers.items[1].bodyHtml", not(containsString("<li>")))
                .extract()
                .jsonPath();
        assertEquals(
                Set.of("anonymous", "verified", "headline"),
                page.getMap("author").keySet());

        // "2 years ago" on the question and on both answers, as the client counts years (365 days).
        assertTwoYearsOld(page.getString("createdAt"));
        page.getList("answers.items.createdAt", String.class).forEach(SeedPageTest::assertTwoYearsOld);

        given().when()
                .get("/api/v1/topics/startups")
                .then()
                .statusCode(200)
                .body("name", is("Startups"))
                .body("description", containsString("early-stage"))
                .body("questionCount", is(243));
    }

    @Test
    void theSeedQuestionHasAFullRelatedCard() {
        given().when()
                .get("/api/v1/questions/" + seedId() + "/related")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.title", everyItem(containsString("ech lead")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tech lead", "equity", "promotion"})
    void searchFindsDemoContent(String query) {
        given().queryParam("q", query)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(5));
    }

    @Test
    void theCorpusIsSpreadOverTopicsAuthorsAndThreeYears() {
        for (String topic : fixtures.sql().strings("SELECT slug FROM topics")) {
            assertTrue(fixtures.count("SELECT question_count FROM topics WHERE slug = ?", topic) >= 20, topic);
        }
        assertTrue(fixtures.count("SELECT count(*) FROM questions WHERE anonymous") >= 50, "anonymous questions");
        assertTrue(fixtures.count("SELECT count(*) FROM answers") >= 600, "answers");
        assertTrue(
                fixtures.count("SELECT count(*) FROM questions WHERE created_at < now() - interval '900 days'") >= 50,
                "questions older than two and a half years");
        assertTrue(
                fixtures.count("SELECT count(*) FROM questions WHERE created_at > now() - interval '90 days'") >= 20,
                "questions of the last three months");
        assertEquals(
                0,
                fixtures.count("SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id"
                        + " WHERE a.created_at <= q.created_at"),
                "answers older than their question");
    }

    /** Every company of the corpus can verify positions, and the current ones are verified through it. */
    @Test
    void theCorpusCompaniesAreListedWithADomainAndCurrentPositionsAreVerified() {
        given().queryParam("limit", 100)
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .body("items.find { it.name == 'Meta' }.domains", contains("meta.com"));
        // The demo's own accounts: other tests of this profile add theirs.
        String demo = " FROM positions p JOIN users u ON u.id = p.user_id WHERE u.email LIKE '%@demo.ladder.dev'";
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*)" + demo + " AND lower(p.company) NOT IN (SELECT lower(name) FROM companies)"));
        assertEquals(
                0,
                fixtures.count("SELECT count(*)" + demo + " AND (p.end_date IS NULL) <> (p.verified_at IS NOT NULL)"));
    }

    @Test
    void everyCounterEqualsARecountOfTheRows() {
        Recount recount = new Recount(fixtures.sql());
        List<String> questions = fixtures.sql().strings("SELECT id::text FROM questions");
        recount.assertScoresExact("questions", questions);
        recount.assertScoresExact("answers", fixtures.sql().strings("SELECT id::text FROM answers"));
        recount.assertAnswerCountsExact(questions);
        fixtures.sql().strings("SELECT slug FROM topics").forEach(recount::assertTopicCountExact);
        fixtures.sql().strings("SELECT handle FROM users").forEach(recount::assertUserCountsExact);
        // The corpus's own questions: other tests under this profile edit theirs, which moves last activity too.
        assertEquals(
                0,
                fixtures.count("SELECT count(*) FROM questions q JOIN users u ON u.id = q.author_id"
                        + " WHERE u.email LIKE '%@demo.ladder.dev' AND last_activity_at <> greatest(q.created_at,"
                        + " (SELECT max(created_at) FROM answers a WHERE a.question_id = q.id))"),
                "last activity");
        assertTrue(fixtures.count("SELECT count(*) FROM users WHERE reputation > 50") >= 5, "reputation was counted");
    }

    private String seedId() {
        return fixtures.string("SELECT id::text FROM questions WHERE title = ?", SEED_TITLE);
    }

    private static void assertTwoYearsOld(String createdAt) {
        long days = Duration.between(Instant.parse(createdAt), Instant.now()).toDays();
        assertTrue(days >= 2 * 365 && days < 3 * 365, createdAt + " is " + days + " days old");
    }
}
