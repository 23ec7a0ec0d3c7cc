package dev.ladder.privacy;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.Recount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** DELETE /me: the person goes, what others rely on (posts, scores) stays, and nothing of them shows. */
@QuarkusTest
class ErasureTest {
    @Inject
    Fixtures fixtures;

    private static io.restassured.response.ValidatableResponse erase(Account account, String password) {
        return account.as()
                .body(Map.of("password", password))
                .when()
                .delete("/api/v1/me")
                .then();
    }

    @Test
    void anErasedAccountLeavesItsPostsAndScoresButNothingOfThePerson() {
        Account leaver = fixtures.register("leaver");
        Account reader = fixtures.register("reader");
        fixtures.addPosition(leaver, "Pinterest", "Staff Engineer", "Big Tech", "2019-01", null);
        String named = fixtures.ask(leaver, "How do I leave a company on good terms?", false);
        String anonymous = fixtures.ask(leaver, "Is my manager quietly pushing me out?", true);
        String readersQuestion = fixtures.ask(reader, "Which skills matter most for staff promotions?", false);
        String answer = fixtures.answer(leaver, readersQuestion, "Writing things down, mostly.", false);
        fixtures.commentOnQuestion(leaver, readersQuestion, "Good question, following along.");
        fixtures.voteOnQuestion(leaver, readersQuestion, 1);
        fixtures.voteOnQuestion(reader, named, 1);
        leaver.as()
                .when()
                .put("/api/v1/users/" + reader.handle() + "/follow")
                .then()
                .statusCode(204);
        reader.as()
                .when()
                .put("/api/v1/users/" + leaver.handle() + "/follow")
                .then()
                .statusCode(204);
        leaver.as()
                .when()
                .put("/api/v1/questions/" + readersQuestion + "/bookmark")
                .then()
                .statusCode(204);
        String anonymousHeadline =
                given().when().get("/api/v1/questions/" + anonymous).path("author.headline");
        String displayName = "User " + leaver.handle();

        assertProblem(erase(leaver, "not-the-password-1"), 403, "forbidden");
        assertProblem(leaver.as().body(Map.of()).when().delete("/api/v1/me").then(), 400, "validation");
        leaver.as().when().get("/api/v1/me").then().statusCode(200);

        erase(leaver, Fixtures.PASSWORD).statusCode(204);

        // Every token is dead, the account cannot be signed into, its profile is gone.
        assertProblem(leaver.as().when().get("/api/v1/me").then(), 401, "unauthorized");
        assertProblem(leaver.as().when().get("/api/v1/questions").then(), 401, "unauthorized");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("refreshToken", leaver.refreshToken()))
                        .when()
                        .post("/api/v1/auth/refresh")
                        .then(),
                401,
                "unauthorized");
        for (String login : List.of(leaver.handle(), leaver.email())) {
            assertProblem(
                    given().contentType(ContentType.JSON)
                            .body(Map.of("login", login, "password", Fixtures.PASSWORD))
                            .when()
                            .post("/api/v1/auth/login")
                            .then(),
                    401,
                    "unauthorized");
        }
        assertProblem(given().when().get("/api/v1/users/" + leaver.handle()).then(), 404, "not-found");

        // Named posts stay as a deleted user's, anonymous ones keep their headline, scores stay exact.
        given().when()
                .get("/api/v1/questions/" + named)
                .then()
                .statusCode(200)
                .body("author.displayName", is("Deleted user"))
                .body("author.handle", startsWith("deleted-"))
                .body("author.headline", nullValue())
                .body("author.companies", empty())
                .body("score", is(1));
        given().when()
                .get("/api/v1/questions/" + anonymous)
                .then()
                .statusCode(200)
                .body("author.anonymous", is(true))
                .body("author.headline", is(anonymousHeadline));
        String deletedHandle = given().when().get("/api/v1/answers/" + answer).path("author.handle");
        assertProblem(given().when().get("/api/v1/users/" + deletedHandle).then(), 404, "not-found");
        Recount recount = new Recount(fixtures.sql());
        assertEquals(1, recount.assertScoreExact("questions", readersQuestion));
        // Nobody writes to the erased account any more: a comment on its post notifies no one.
        fixtures.commentOnQuestion(reader, named, "Thanks for asking this before you left.");
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM notification_events e JOIN users u ON u.id = e.recipient_id"
                                + " WHERE u.handle = ?",
                        deletedHandle));
        assertEquals(1, recount.assertScoreExact("questions", named));

        // Nothing of the person in any public response, nor in what the reader sees signed in.
        List<String> responses = List.of(
                given().when()
                        .get("/api/v1/questions/" + named + "?include=answers,comments")
                        .asString(),
                given().when()
                        .get("/api/v1/questions/" + anonymous + "?include=answers,comments")
                        .asString(),
                given().when()
                        .get("/api/v1/questions/" + readersQuestion + "?include=answers,comments")
                        .asString(),
                given().when().get("/api/v1/questions?limit=100").asString(),
                given().when()
                        .get("/api/v1/questions?author=" + leaver.handle())
                        .asString(),
                given().when().get("/api/v1/search?q=promotions").asString(),
                given().when().get("/api/v1/users/" + reader.handle()).asString(),
                reader.as().when().get("/api/v1/me/notifications?limit=100").asString(),
                reader.as().when().get("/api/v1/me/following").asString());
        for (String response : responses) {
            for (String secret : List.of(leaver.handle(), leaver.email(), displayName, "Pinterest")) {
                assertFalse(response.contains(secret), "a response still shows '" + secret + "': " + response);
            }
        }

        // The email is free again at once; the handle never is, in any case.
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "handle",
                                leaver.handle().toUpperCase(),
                                "email",
                                "new-" + leaver.email(),
                                "password",
                                Fixtures.PASSWORD,
                                "displayName",
                                "Someone else"))
                        .when()
                        .post("/api/v1/auth/register")
                        .then(),
                409,
                "conflict");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handle",
                        Fixtures.uniqueHandle("again"),
                        "email",
                        leaver.email(),
                        "password",
                        Fixtures.PASSWORD,
                        "displayName",
                        "Back again"))
                .when()
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
        assertNull(fixtures.string("SELECT email FROM users WHERE handle = ?", deletedHandle));
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM positions p JOIN users u ON u.id = p.user_id WHERE u.handle = ?",
                        deletedHandle));
    }

    @Test
    void theLastAdminCannotLeaveButAnotherAdminCan() {
        Account first = fixtures.registerWithRole("admin", "admin");
        Account second = fixtures.registerWithRole("admin", "admin");
        fixtures.update(
                "UPDATE users SET role = 'user' WHERE role = 'admin' AND handle NOT IN (?, ?)",
                first.handle(),
                second.handle());

        erase(first, Fixtures.PASSWORD).statusCode(204);
        assertProblem(erase(second, Fixtures.PASSWORD), 409, "conflict");
        second.as().when().get("/api/v1/me").then().statusCode(200).body("roles", hasItem("admin"));
    }

    /**
     * Every column that points at an account is either cleared by erasure or kept on purpose: a new
     * table holding a user's data fails here until ErasureRepository (and the export) say what
     * becomes of it.
     */
    @Test
    void everyTablePointingAtAccountsIsErasedOrKeptOnPurpose() {
        Set<String> erased = Set.of(
                "positions.user_id",
                "follows.user_id",
                "follows.followee_id",
                "bookmarks.user_id",
                "comment_mentions.user_id",
                "notification_events.recipient_id",
                "notification_reads.user_id",
                "notification_stream_tickets.user_id",
                "email_settings.user_id",
                "email_digests.user_id",
                // the account's own refresh tokens go in AccountService.erase
                "refresh_tokens.user_id");
        Set<String> kept = Set.of(
                // posts stay (named ones lose their credentials), and what others did with them
                "questions.author_id",
                "answers.author_id",
                "comments.author_id",
                "notification_events.actor_id",
                "post_revisions.replaced_by",
                "questions.closed_by",
                // scores stay exact
                "question_votes.user_id",
                "answer_votes.user_id",
                // the moderators' record
                "flags.flagger_id",
                "flags.resolved_by",
                "moderation_log.moderator_id");
        Set<String> pointing =
                new TreeSet<>(fixtures.strings("SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c"
                        + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                        + " WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass"));
        Set<String> known = new TreeSet<>(erased);
        known.addAll(kept);
        assertEquals(known, pointing);
    }
}
