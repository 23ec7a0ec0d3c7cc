package dev.ladder.qa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.Recount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Counts stored on topics, questions and users must equal what they count, however writes to one
 * question and its answers interleave. Each test races real requests, then compares every stored
 * count it touched with a fresh count of the rows.
 */
@QuarkusTest
class ConcurrentPostWritesTest {
    private static final List<String> TOPICS = List.of("startups", "interviewing", "career-growth");

    @Inject
    Fixtures fixtures;

    @Test
    void racingDeletesOfOneQuestionDeleteItOnceAndCountItOnce() throws Exception {
        Account author = fixtures.register("deleted");
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String question = fixtures.ask(author, "Which of the racing deletes wins?", false, "startups", "interviewing");
        List<Callable<Response>> deletes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Account deleter = i % 2 == 0 ? author : moderator;
            deletes.add(() -> deleter.as().when().delete("/api/v1/questions/" + question));
        }
        List<Integer> statuses = Concurrently.statuses(10, deletes);
        assertEquals(1, Collections.frequency(statuses, 204), statuses.toString());
        assertEquals(9, Collections.frequency(statuses, 404), statuses.toString());
        assertCountsExact(author);
    }

    @Test
    void racingRetopicsKeepEveryTopicCountExact() throws Exception {
        Account author = fixtures.register("retopic");
        String question = fixtures.ask(author, "Which topics does this end up in?", false, "startups");
        List<List<String>> choices = List.of(
                List.of("interviewing"),
                List.of("career-growth", "startups"),
                List.of("startups", "interviewing", "career-growth"),
                List.of("career-growth"));
        List<Callable<Response>> patches = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> topics = choices.get(i % choices.size());
            patches.add(() -> author.as().body(Map.of("topics", topics)).when().patch("/api/v1/questions/" + question));
        }
        assertEquals(Set.of(200), Set.copyOf(Concurrently.statuses(12, patches)));
        assertCountsExact(author);
    }

    @Test
    void answersRacingTheDeletionOfTheirQuestionLeaveCountsExact() throws Exception {
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "Will anybody answer before this goes?", false, "career-growth");
        List<Account> answerers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answerers.add(fixtures.register("racer" + i));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (Account answerer : answerers) {
            calls.add(() -> answerer.as()
                    .body(Map.of("body", "My answer, quick.", "anonymous", false))
                    .when()
                    .post("/api/v1/questions/" + question + "/answers"));
        }
        calls.add(4, () -> asker.as().when().delete("/api/v1/questions/" + question));
        List<Integer> statuses = Concurrently.statuses(9, calls);
        assertEquals(204, statuses.get(4));
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 204 || s == 404), statuses.toString());
        for (Account answerer : answerers) {
            assertCountsExact(answerer);
            given().when().get("/api/v1/users/" + answerer.handle()).then().body("answerCount", is(0));
        }
        assertCountsExact(asker);
        new Recount(fixtures.sql()).assertAnswerCountExact(question);
    }

    @Test
    void deletingAQuestionTakesItsAnswersOffTheirAuthorsProfiles() {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "A question that will not stay long", false);
        fixtures.answer(answerer, question, "An answer under my name", false);
        fixtures.answer(answerer, question, "An anonymous one", true);
        given().when().get("/api/v1/users/" + answerer.handle()).then().body("answerCount", is(1));
        asker.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        given().when().get("/api/v1/users/" + answerer.handle()).then().body("answerCount", is(0));
        assertCountsExact(answerer);
    }

    /** Every stored count these tests touch equals a fresh count of its rows. */
    private void assertCountsExact(Account account) {
        Recount recount = new Recount(fixtures.sql());
        TOPICS.forEach(recount::assertTopicCountExact);
        recount.assertUserCountsExact(account.handle());
    }
}
