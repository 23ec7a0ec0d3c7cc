package dev.ladder.vote;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoteResourceTest {
    @Inject
    Fixtures fixtures;

    private static Map<String, Object> vote(int value) {
        return Map.of("value", value);
    }

    @Test
    void voteChangeAndRetractMoveTheScoreByTheDifference() {
        Account author = fixtures.register("author");
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(author, "Is this question worth a vote?", false);
        String path = "/api/v1/questions/" + question + "/vote";

        voter.as()
                .body(vote(1))
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("score", is(1))
                .body("myVote", is(1));
        voter.as()
                .body(vote(1))
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("score", is(1))
                .body("myVote", is(1));
        voter.as()
                .body(vote(-1))
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("score", is(-1))
                .body("myVote", is(-1));
        voter.as()
                .when()
                .delete(path)
                .then()
                .statusCode(200)
                .body("score", is(0))
                .body("myVote", nullValue());
        voter.as()
                .when()
                .delete(path)
                .then()
                .statusCode(200)
                .body("score", is(0))
                .body("myVote", nullValue());
        assertEquals(0, fixtures.count("SELECT count(*) FROM question_votes WHERE question_id = ?::uuid", question));
    }

    @Test
    void myVoteShowsOnReadsForTheVoterOnly() {
        Account author = fixtures.register("author");
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(author, "Do readers see their own vote?", false);
        String answer = fixtures.answer(author, question, "An answer to vote down", false);
        fixtures.voteOnQuestion(voter, question, 1);
        fixtures.voteOnAnswer(voter, answer, -1);

        voter.as()
                .queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .body("myVote", is(1))
                .body("score", is(1))
                .body("answers.items[0].myVote", is(-1))
                .body("answers.items[0].score", is(-1));
        given().queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .body("myVote", nullValue())
                .body("answers.items[0].myVote", nullValue());
        voter.as().when().get("/api/v1/answers/" + answer).then().body("myVote", is(-1));
    }

    @Test
    void reputationFollowsVotesOnPostsUnderTheAuthorsName() {
        Account author = fixtures.register("famous");
        String question = fixtures.ask(author, "Will votes move my reputation?", false);
        fixtures.voteOnQuestion(fixtures.register("fan"), question, 1);
        given().when().get("/api/v1/users/" + author.handle()).then().body("reputation", is(1));
    }

    @Test
    void selfVotesAre403() {
        Account author = fixtures.register("self");
        String question = fixtures.ask(author, "May I vote on my own question?", true);
        assertProblem(
                author.as()
                        .body(vote(1))
                        .when()
                        .put("/api/v1/questions/" + question + "/vote")
                        .then(),
                403,
                "forbidden");
        assertEquals(0, fixtures.count("SELECT score FROM questions WHERE id = ?::uuid", question));
    }

    @Test
    void valuesOtherThanOneOrMinusOneAre400() {
        Account author = fixtures.register("author");
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(author, "What values may a vote take?", false);
        String path = "/api/v1/questions/" + question + "/vote";
        for (Object bad : List.of(0, 2, -5)) {
            assertProblem(voter.as().body(Map.of("value", bad)).when().put(path).then(), 400, "validation")
                    .body("errors[0].field", is("value"));
        }
        assertProblem(voter.as().body(Map.of("value", "up")).when().put(path).then(), 400, "validation");
        // Found by the contract fuzzing: 1.0 and "1" used to count as an upvote.
        for (Object notAnInteger : List.of(1.0, "1")) {
            assertProblem(
                            voter.as()
                                    .body(Map.of("value", notAnInteger))
                                    .when()
                                    .put(path)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("value"));
        }
        assertProblem(voter.as().body(Map.of()).when().put(path).then(), 400, "validation");
        assertEquals(0, fixtures.count("SELECT count(*) FROM question_votes WHERE question_id = ?::uuid", question));
    }

    @Test
    void votesOnDeletedOrUnknownPostsAre404AndNeedAToken() {
        Account author = fixtures.register("author");
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(author, "This one will be deleted soon", false);
        String answer = fixtures.answer(fixtures.register("answerer"), question, "An answer", false);
        author.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
        assertProblem(
                voter.as()
                        .body(vote(1))
                        .when()
                        .put("/api/v1/questions/" + question + "/vote")
                        .then(),
                404,
                "not-found");
        assertProblem(
                voter.as()
                        .body(vote(1))
                        .when()
                        .put("/api/v1/answers/" + answer + "/vote")
                        .then(),
                404,
                "not-found");
        assertProblem(
                voter.as()
                        .body(vote(1))
                        .when()
                        .put("/api/v1/answers/00000000-0000-0000-0000-000000000000/vote")
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(vote(1))
                        .when()
                        .put("/api/v1/answers/" + answer + "/vote")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void fiftyConcurrentVotersAndOneFlipperLeaveTheScoreEqualToTheVotes() throws Exception {
        Account author = fixtures.register("popular");
        String question = fixtures.ask(author, "Will concurrent votes add up?", false);
        String path = "/api/v1/questions/" + question + "/vote";
        List<Account> voters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            voters.add(fixtures.register("v" + i));
        }
        Account flipper = fixtures.register("flipper");

        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            Account voter = voters.get(i);
            int value = i % 5 == 0 ? -1 : 1;
            calls.add(() -> voter.as().body(vote(value)).when().put(path));
        }
        for (int i = 0; i < 40; i++) {
            int step = i;
            calls.add(() -> step % 3 == 2
                    ? flipper.as().when().delete(path)
                    : flipper.as().body(vote(step % 2 == 0 ? 1 : -1)).when().put(path));
        }
        assertEquals(
                List.of(200),
                Concurrently.statuses(16, calls).stream().distinct().toList());
        long sum = fixtures.count(
                "SELECT coalesce(sum(value), 0) FROM question_votes WHERE question_id = ?::uuid", question);
        long score = fixtures.count("SELECT score FROM questions WHERE id = ?::uuid", question);
        assertEquals(sum, score);
        assertEquals(
                50
                        + fixtures.count(
                                "SELECT count(*) FROM question_votes v JOIN users u ON u.id = v.user_id"
                                        + " WHERE v.question_id = ?::uuid AND u.handle = ?",
                                question,
                                flipper.handle()),
                fixtures.count("SELECT count(*) FROM question_votes WHERE question_id = ?::uuid", question));
        given().when().get("/api/v1/questions/" + question).then().body("score", is((int) sum));
        assertEquals(sum, fixtures.count("SELECT reputation FROM users WHERE handle = ?", author.handle()));
    }
}
