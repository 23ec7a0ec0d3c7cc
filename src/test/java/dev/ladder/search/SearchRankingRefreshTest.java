package dev.ladder.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A query asked again and again never waits for its ranking: half-way through its time the ranking
 * is made again in the background while the old one is served. One-second rankings here, so the
 * test sees a refresh within a second.
 */
@QuarkusTest
@TestProfile(SearchRankingRefreshTest.OneSecondRankings.class)
class SearchRankingRefreshTest {
    public static class OneSecondRankings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ladder.search.rankings-ttl", "1S");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    MeterRegistry registry;

    /** The search service registers the meter when it is first used. */
    private double rankingsComputedForARequest() {
        FunctionCounter misses = registry.find("cache.gets").tag("cache", "search.rankings").tag("result", "miss").functionCounter();
        return misses == null ? 0 : misses.count();
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).extract().path("items.question.id");
    }

    @Test
    void aPopularQueryIsRankedAgainInTheBackgroundWithoutAnyRequestWaiting() {
        String word = SearchResourceTest.word();
        Account author = fixtures.register("refresh");
        String first = fixtures.ask(author, "Asked before the ranking about " + word, false);
        double before = rankingsComputedForARequest();
        assertEquals(List.of(first), search(word));

        String later = fixtures.ask(author, "Asked after the ranking about " + word, false);
        // Searched without pause: the old ranking answers until the new one replaces it.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> found;
        do {
            found = search(word);
        } while (!found.contains(later) && System.nanoTime() < deadline);

        assertTrue(found.contains(later), "the newer question never showed up: " + found);
        assertEquals(before + 1, rankingsComputedForARequest(), "a request waited for a ranking after the first");
    }
}
