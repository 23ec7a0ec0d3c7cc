package dev.ladder.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.demo.SeedPageTest;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query asked again and again never waits for its ranking: half-way through its time the ranking
 * is made again in the background while the old one is served. Rankings last one second in the
 * demo profile, so the test sees a refresh within a second.
 */
@QuarkusTest
@TestProfile(SeedPageTest.WithDemoData.class)
class SearchRankingRefreshTest {
    /** Not Startups: the demo profile's seed page counts its questions. */
    private static final String TOPIC = "career-growth";

    @Inject
    Fixtures fixtures;

    @Inject
    MeterRegistry registry;

    /** The search service registers the meter when it is first used. */
    private double rankingsComputedForARequest() {
        FunctionCounter misses = registry.find("cache.gets")
                .tag("cache", "search.rankings")
                .tag("result", "miss")
                .functionCounter();
        return misses == null ? 0 : misses.count();
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.question.id");
    }

    @Test
    void aPopularQueryIsRankedAgainInTheBackgroundWithoutAnyRequestWaiting() {
        String word = SearchResourceTest.word();
        Account author = fixtures.register("refresh");
        String first = fixtures.ask(author, "Asked before the ranking about " + word, false, TOPIC);
        double before = rankingsComputedForARequest();
        assertEquals(List.of(first), search(word));

        String later = fixtures.ask(author, "Asked after the ranking about " + word, false, TOPIC);
        // Searched again and again: the old ranking answers until the new one replaces it.
        await("the newer question showing up")
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> search(word), hasItem(later));
        assertEquals(before + 1, rankingsComputedForARequest(), "a request waited for a ranking after the first");
    }
}
