package dev.ladder.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Recount;
import dev.ladder.support.Sql;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the shipped jar on one database, as behind a load balancer, take votes, answers
 * and deletes at once, every user's requests spread over both: afterwards every score equals the
 * sum of its vote rows and what both instances show, every count equals what it counts, every
 * user's vote is the one their last successful request set, and no request got a 5xx.
 */
class TwoInstancesWritesIT {
    private static final Sql DB = PackagedApp.testDatabaseSql();
    private static final Recount RECOUNT = new Recount(DB);
    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // Out of reach, and unlike the defaults and the limits of TwoInstancesRateLimitIT: a bucket's
        // key holds its limit, so these requests count in buckets of their own.
        instances = TwoInstances.start(Map.of(
                "LADDER_RATE_LIMIT_AUTH_CAPACITY",
                "100000",
                "LADDER_RATE_LIMIT_LOGIN_CAPACITY",
                "100000",
                "LADDER_RATE_LIMIT_WRITES_CAPACITY",
                "100000",
                "LADDER_RATE_LIMIT_READS_CAPACITY",
                "1000000"));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    private record User(String handle, String token) {
        /** A request as this user to instance {@code n % 2}. */
        RequestSpecification on(int n) {
            return instances.on(n).auth().oauth2(token);
        }
    }

    /** A question or an answer: {@code kind} is its path segment and its table. */
    private record Post(String kind, String id) {
        String path() {
            return "/api/v1/" + kind + "/" + id;
        }

        /** Its vote rows in the database: voter's handle to value. */
        Map<String, Integer> votes() {
            return RECOUNT.votesByHandle(kind, id);
        }
    }

    /** What one participant's requests got, and for a voter the vote each post keeps from them (0: none). */
    private record Outcome(List<Response> responses, Map<Post, Integer> votes) {
        static Outcome of(Response response) {
            return new Outcome(List.of(response), Map.of());
        }
    }

    /** Registers {@code count} users at once, through both instances. */
    private static List<User> register(String prefix, int count) throws Exception {
        List<Callable<User>> registrations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            registrations.add(() -> {
                String handle = Fixtures.uniqueHandle(prefix);
                return new User(handle, instances.register(n, handle));
            });
        }
        return Concurrently.send(4, registrations);
    }

    private static Post ask(User asker, String title) {
        return new Post(
                "questions",
                asker.on(0)
                        .body(Map.of(
                                "title",
                                title,
                                "body",
                                "Context for: " + title,
                                "topics",
                                List.of("career-growth"),
                                "anonymous",
                                false))
                        .when()
                        .post("/api/v1/questions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
    }

    private static Response postAnswer(User author, int n, Post question, boolean anonymous) {
        return author.on(n)
                .body(Map.of(
                        "body",
                        "Answered by " + author.handle() + " through instance " + n % 2,
                        "anonymous",
                        anonymous))
                .when()
                .post(question.path() + "/answers");
    }

    private static Post answer(User author, Post question, boolean anonymous) {
        return new Post(
                "answers",
                postAnswer(author, 1, question, anonymous)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
    }

    /**
     * One voter's script: {@code count} random votes up, down or retracted on {@code posts}, one
     * after another, each through the other instance than the last. Every one answers 200 with the
     * vote it set, or 404 when the post is deleted by then, which changes nothing. {@code cast} is
     * counted down after every response, for the requests that must come halfway through.
     */
    private static Callable<Outcome> voter(User voter, int n, List<Post> posts, int count, CountDownLatch cast) {
        return () -> {
            Random random = new Random(n);
            Map<Post, Integer> votes = new HashMap<>();
            List<Response> responses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Post post = posts.get(random.nextInt(posts.size()));
                int value = random.nextInt(3) - 1;
                Response response = value == 0
                        ? voter.on(n + i).when().delete(post.path() + "/vote")
                        : voter.on(n + i).body(Map.of("value", value)).when().put(post.path() + "/vote");
                responses.add(response);
                cast.countDown();
                if (response.statusCode() == 200) {
                    assertEquals(value == 0 ? null : value, response.path("myVote"), response.asString());
                    votes.put(post, value);
                }
            }
            return new Outcome(responses, votes);
        };
    }

    private static List<Callable<Outcome>> voters(List<User> voters, List<Post> posts, int count, CountDownLatch cast) {
        List<Callable<Outcome>> scripts = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            scripts.add(voter(voters.get(i), i, posts, count, cast));
        }
        return scripts;
    }

    /** Waits until the votes are halfway through, then sends one request. */
    private static Callable<Outcome> halfwayThrough(CountDownLatch cast, Callable<Response> request) {
        return () -> {
            assertTrue(cast.await(2, TimeUnit.MINUTES), "the votes did not get halfway");
            return Outcome.of(request.call());
        };
    }

    private static List<Integer> statuses(List<Outcome> outcomes) {
        return outcomes.stream()
                .flatMap(o -> o.responses().stream())
                .map(Response::statusCode)
                .toList();
    }

    /** Each post's vote rows are exactly the votes the voters' last successful requests set, and its score their sum. */
    private static void assertVotesExact(List<Post> posts, List<User> voters, List<Outcome> outcomes) {
        for (Post post : posts) {
            Map<String, Integer> expected = new HashMap<>();
            for (int i = 0; i < voters.size(); i++) {
                int value = outcomes.get(i).votes().getOrDefault(post, 0);
                if (value != 0) {
                    expected.put(voters.get(i).handle(), value);
                }
            }
            assertEquals(expected, post.votes(), "vote rows of " + post);
            assertEquals(
                    expected.values().stream().mapToLong(Integer::longValue).sum(),
                    RECOUNT.assertScoreExact(post.kind(), post.id()),
                    "score of " + post);
        }
    }

    /** Both instances show a live post with its stored score. */
    private static void assertShownByBoth(Post post) {
        long score = RECOUNT.assertScoreExact(post.kind(), post.id());
        for (int n = 0; n < 2; n++) {
            Response shown = instances.on(n).when().get(post.path());
            assertEquals(200, shown.statusCode(), shown.asString());
            assertEquals(score, shown.<Integer>path("score").longValue(), post + " through instance " + n);
        }
    }

    /** Each voter sees, on the question's page, the vote they left on it and on each of its live answers. */
    private static void assertMyVotesShown(
            Post question, List<Post> answers, List<User> voters, List<Outcome> outcomes) {
        for (int i = 0; i < voters.size(); i++) {
            Response page = voters.get(i).on(i).when().get(question.path() + "?include=answers");
            assertEquals(200, page.statusCode(), page.asString());
            Map<Post, Integer> votes = outcomes.get(i).votes();
            assertEquals(
                    myVote(votes, question),
                    page.path("myVote"),
                    "myVote of " + voters.get(i).handle());
            for (Post answer : answers) {
                assertEquals(
                        myVote(votes, answer),
                        page.path("answers.items.find { it.id == '" + answer.id() + "' }.myVote"),
                        "myVote on " + answer + " of " + voters.get(i).handle());
            }
        }
    }

    private static Integer myVote(Map<Post, Integer> votes, Post post) {
        int value = votes.getOrDefault(post, 0);
        return value == 0 ? null : value;
    }

    /** Votes on a deleted post, set or retracted, through either instance: 404 problem. */
    private static void assertVotesRefused(Post post, User voter) {
        for (int n = 0; n < 2; n++) {
            for (Response refused : List.of(
                    voter.on(n).body(Map.of("value", 1)).when().put(post.path() + "/vote"),
                    voter.on(n).when().delete(post.path() + "/vote"))) {
                assertEquals(404, refused.statusCode(), post + ": " + refused.asString());
                assertEquals("application/problem+json", refused.contentType());
            }
        }
    }

    @Test
    void thirtyVotersSwitchingVotesThroughBothInstancesLeaveEveryScoreExact() throws Exception {
        List<User> authors = register("tiauthor", 3);
        List<User> voters = register("tivoter", 30);
        Post question = ask(authors.get(0), "Which of my thirty colleagues' votes will count?");
        List<Post> answers = List.of(
                answer(authors.get(1), question, false),
                answer(authors.get(2), question, false),
                answer(authors.get(2), question, true));
        List<Post> posts = new ArrayList<>(answers);
        posts.add(question);

        List<Outcome> outcomes = Concurrently.send(voters.size(), voters(voters, posts, 16, new CountDownLatch(0)));

        List<Integer> statuses = statuses(outcomes);
        assertEquals(30 * 16, Collections.frequency(statuses, 200), statuses.toString());
        assertVotesExact(posts, voters, outcomes);
        posts.forEach(TwoInstancesWritesIT::assertShownByBoth);
        assertMyVotesShown(question, answers, voters, outcomes);
        for (User author : authors) {
            RECOUNT.assertUserCountsExact(author.handle());
            for (int n = 0; n < 2; n++) {
                assertEquals(
                        DB.count("SELECT reputation FROM users WHERE handle = ?", author.handle()),
                        instances
                                .on(n)
                                .when()
                                .get("/api/v1/users/" + author.handle())
                                .<Integer>path("reputation")
                                .longValue());
            }
        }
    }

    @Test
    void sixtyAnswersToOneQuestionThroughBothInstancesAreAllCounted() throws Exception {
        User asker = register("tiasker", 1).get(0);
        List<User> answerers = register("tianswer", 30);
        Post question = ask(asker, "Thirty people answer twice at once: does the count keep up?");
        List<Callable<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            answers.add(() -> postAnswer(answerers.get(n / 2), n, question, n % 4 == 0));
        }

        List<Response> created = Concurrently.send(30, answers);

        assertEquals(
                Collections.nCopies(60, 201),
                created.stream().map(Response::statusCode).toList());
        assertEquals(60, RECOUNT.assertAnswerCountExact(question.id()));
        for (int n = 0; n < 2; n++) {
            assertEquals(60, instances.on(n).when().get(question.path()).<Integer>path("answerCount"));
            List<String> listed = instances
                    .on(n)
                    .when()
                    .get(question.path() + "/answers?limit=100")
                    .path("items.id");
            assertEquals(
                    created.stream().map(r -> r.<String>path("id")).sorted().toList(),
                    listed.stream().sorted().toList());
        }
        for (User answerer : answerers) {
            RECOUNT.assertUserCountsExact(answerer.handle());
        }
    }

    /**
     * Halfway through twenty voters' votes on two questions and their answers, both instances get
     * at once: two deletes of each of two answers of the first question, two deletes of the second
     * question and one of its answer, and eight new answers. Each post is deleted at most once,
     * what was refused changed nothing, and votes on every deleted post are refused from then on.
     */
    @Test
    void deletesRacingVotesAndNewAnswersOnBothInstancesLeaveNothingHalfDone() throws Exception {
        List<User> authors = register("tideleter", 6);
        List<User> voters = register("tivoter", 20);
        List<User> latecomers = register("tilate", 8);
        Post kept = ask(authors.get(0), "Which answers will still be here at the end?");
        Post doomed = ask(authors.get(1), "This question is deleted while people vote on it");
        List<Post> keptAnswers = List.of(
                answer(authors.get(2), kept, false),
                answer(authors.get(3), kept, false),
                answer(authors.get(4), kept, false),
                answer(authors.get(5), kept, true));
        List<Post> doomedAnswers =
                List.of(answer(authors.get(2), doomed, false), answer(authors.get(4), doomed, false));
        List<Post> posts = new ArrayList<>(List.of(kept, doomed));
        posts.addAll(keptAnswers);
        posts.addAll(doomedAnswers);

        int votesEach = 12;
        CountDownLatch cast = new CountDownLatch(voters.size() * votesEach / 2);
        List<Callable<Outcome>> calls = voters(voters, posts, votesEach, cast);
        // Indexes of the deletes in `calls`, by the post they delete.
        Map<Post, List<Integer>> deletes = new HashMap<>();
        for (int n = 0; n < 2; n++) {
            int instance = n;
            for (int a = 0; a < 2; a++) {
                Post answer = keptAnswers.get(a);
                User author = authors.get(2 + a);
                deletes.computeIfAbsent(answer, p -> new ArrayList<>()).add(calls.size());
                calls.add(halfwayThrough(cast, () -> author.on(instance).when().delete(answer.path())));
            }
            deletes.computeIfAbsent(doomed, p -> new ArrayList<>()).add(calls.size());
            calls.add(halfwayThrough(
                    cast, () -> authors.get(1).on(instance).when().delete(doomed.path())));
        }
        deletes.put(doomedAnswers.get(0), List.of(calls.size()));
        calls.add(halfwayThrough(
                cast,
                () -> authors.get(2).on(1).when().delete(doomedAnswers.get(0).path())));
        int firstLatecomer = calls.size();
        for (int i = 0; i < latecomers.size(); i++) {
            int n = i;
            calls.add(halfwayThrough(cast, () -> postAnswer(latecomers.get(n), n, n % 2 == 0 ? kept : doomed, false)));
        }

        List<Outcome> outcomes = Concurrently.send(calls.size(), calls);

        List<Integer> statuses = statuses(outcomes);
        assertTrue(statuses.stream().allMatch(s -> List.of(200, 201, 204, 404).contains(s)), statuses.toString());
        for (Map.Entry<Post, List<Integer>> entry : deletes.entrySet()) {
            List<Integer> answered = entry.getValue().stream()
                    .map(i -> outcomes.get(i).responses().get(0).statusCode())
                    .toList();
            boolean deleted = DB.count(
                            "SELECT count(*) FROM " + entry.getKey().kind()
                                    + " WHERE id = ?::uuid AND deleted_at IS NOT NULL",
                            entry.getKey().id())
                    == 1;
            assertEquals(
                    deleted ? 1 : 0, Collections.frequency(answered, 204), entry.getKey() + " deleted: " + answered);
        }
        assertEquals(
                List.of(204, 404),
                deletes.get(doomed).stream()
                        .map(i -> outcomes.get(i).responses().get(0).statusCode())
                        .sorted()
                        .toList());
        List<Post> liveAnswers = new ArrayList<>(keptAnswers.subList(2, 4));
        for (int i = 0; i < latecomers.size(); i++) {
            Response response = outcomes.get(firstLatecomer + i).responses().get(0);
            Post question = i % 2 == 0 ? kept : doomed;
            long stored = DB.count(
                    "SELECT count(*) FROM answers a JOIN users u ON u.id = a.author_id"
                            + " WHERE u.handle = ? AND a.question_id = ?::uuid",
                    latecomers.get(i).handle(),
                    question.id());
            assertEquals(
                    response.statusCode() == 201 ? 1 : 0,
                    stored,
                    latecomers.get(i).handle() + ": " + response.asString());
            if (question == kept) {
                assertEquals(201, response.statusCode(), response.asString());
                liveAnswers.add(new Post("answers", response.path("id")));
            }
        }

        for (Post gone :
                List.of(doomed, doomedAnswers.get(0), doomedAnswers.get(1), keptAnswers.get(0), keptAnswers.get(1))) {
            assertVotesRefused(gone, voters.get(0));
        }
        assertVotesExact(posts, voters, outcomes);
        assertEquals(liveAnswers.size(), RECOUNT.assertAnswerCountExact(kept.id()));
        RECOUNT.assertAnswerCountExact(doomed.id());
        assertShownByBoth(kept);
        keptAnswers.subList(2, 4).forEach(TwoInstancesWritesIT::assertShownByBoth);
        for (int n = 0; n < 2; n++) {
            assertEquals(
                    liveAnswers.size(), instances.on(n).when().get(kept.path()).<Integer>path("answerCount"));
        }
        assertMyVotesShown(kept, keptAnswers.subList(2, 4), voters, outcomes);
        for (User user : authors) {
            RECOUNT.assertUserCountsExact(user.handle());
        }
        for (User user : latecomers) {
            RECOUNT.assertUserCountsExact(user.handle());
        }
    }

    @Test
    void anErasedAccountsTokenIsRefusedOnTheOtherInstanceAtOnce() {
        String handle = Fixtures.uniqueHandle("leaver");
        String token = instances.register(0, handle);
        instances.on(1).auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        instances
                .on(0)
                .auth()
                .oauth2(token)
                .body(Map.of("password", Fixtures.PASSWORD))
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(204);

        // The other instance hears of it through PostgreSQL's NOTIFY, in milliseconds; not waiting
        // for the token to expire (15 minutes) is what this checks.
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> instances
                                .on(1)
                                .auth()
                                .oauth2(token)
                                .when()
                                .get("/api/v1/me")
                                .statusCode()
                        == 401);
        instances.on(0).auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }
}
