package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API1:2023 Broken Object Level Authorization. Every write operation of openapi.yaml is sent by an
 * attacker (a plain user with a valid token) at what another user owns: their position, question,
 * answer, votes, account, tokens. Routes that act on something owned are refused (403 or 404
 * problem); routes that act only on the caller succeed for the attacker alone. Either way nothing
 * the owner has changes in the database. A write route added to the contract without an attack
 * here fails the test.
 */
@QuarkusTest
class BrokenObjectLevelAuthorizationTest {
    @Inject
    Fixtures fixtures;

    /** What the owner has, and a bystander whose posts the owner answered and voted on. */
    private record World(
            Account owner,
            String ownerId,
            String position,
            String question,
            String answer,
            String votedQuestion,
            String votedAnswer,
            String comment,
            String company,
            String flag,
            Account attacker) {}

    /** An attack on one route: its path parameters, its body, and the status it must get. */
    private record Attack(Map<String, String> parameters, Object body, int status) {}

    /**
     * One world for every route: each attack is refused or acts on the attacker alone, which is
     * what each test checks, so the next attack finds the owner's things as they were.
     */
    private static World shared;

    private World world() {
        if (shared == null) {
            shared = newWorld();
        }
        return shared;
    }

    private World newWorld() {
        Account owner = fixtures.register("owner");
        Account bystander = fixtures.register("bystander");
        Account attacker = fixtures.register("attacker");
        fixtures.addPosition(owner, "Ownedco", "Staff Engineer", "Big Tech", "2020-01", null);
        String position = owner.as()
                .when()
                .get("/api/v1/me/positions")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String question = fixtures.ask(owner, "A question only its owner may change", false);
        String votedQuestion = fixtures.ask(bystander, "A question the owner voted on and answered", false);
        String answer = fixtures.answer(owner, votedQuestion, "An answer only its owner may change.", false);
        String votedAnswer = fixtures.answer(bystander, votedQuestion, "An answer the owner voted on.", false);
        fixtures.voteOnQuestion(owner, votedQuestion, 1);
        // The owner accepted an answer to their question: only they may move or undo that.
        String accepted = fixtures.answer(bystander, question, "The answer the owner accepted.", false);
        owner.as()
                .body(Map.of("answerId", accepted))
                .when()
                .put("/api/v1/questions/" + question + "/accepted-answer")
                .then()
                .statusCode(200);
        fixtures.voteOnAnswer(owner, votedAnswer, 1);
        String comment = fixtures.commentOnAnswer(owner, votedAnswer, "A comment only its owner may change");
        // The owner follows and bookmarks what the attacker will follow, unfollow, bookmark and unbookmark.
        for (String path : List.of(
                "/api/v1/questions/" + question + "/bookmark",
                "/api/v1/answers/" + answer + "/bookmark",
                "/api/v1/topics/startups/follow",
                "/api/v1/users/" + bystander.handle() + "/follow")) {
            owner.as().when().put(path).then().statusCode(204);
        }
        owner.as()
                .body(Map.of("upTo", 0))
                .when()
                .post("/api/v1/me/notifications/read")
                .then()
                .statusCode(204);
        owner.as()
                .body(Map.of("emailDigest", "daily"))
                .when()
                .patch("/api/v1/me/settings")
                .then()
                .statusCode(200);
        String ownerId = fixtures.string("SELECT id::text FROM users WHERE handle = ?", owner.handle());
        // A company only moderators may change, and a code waiting for the owner's position.
        String company = fixtures.string(
                "INSERT INTO companies (id, name) VALUES (gen_random_uuid(), ?) RETURNING id::text",
                "Ownedco " + owner.handle());
        fixtures.update(
                "INSERT INTO verification_codes (position_id, domain, code_sha256, attempts_left, expires_at)"
                        + " VALUES (?::uuid, 'ownedco.example.com', sha256('x'), 5, now() + interval '15 minutes')",
                position);
        // A flag the owner raised: only a moderator may resolve it.
        String flag = owner.as()
                .body(Map.of("reason", "off-topic"))
                .when()
                .post("/api/v1/questions/" + votedQuestion + "/flags")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new World(
                owner,
                ownerId,
                position,
                question,
                answer,
                votedQuestion,
                votedAnswer,
                comment,
                company,
                flag,
                attacker);
    }

    /**
     * Every row the owner owns, without the counters and timestamps that others move by design
     * (an answer to their question raises its answerCount), plus the topics, which only
     * moderators change.
     */
    private String ownersRows(World world) {
        return fixtures.string(
                "WITH me AS (SELECT ?::uuid AS id) SELECT concat_ws(' | ',"
                        + " (SELECT row(handle, email, password_hash, display_name, avatar_url, role)::text FROM users WHERE id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, company, title, level, company_stage, start_date, end_date, verified_domain, verified_at)::text, ',' ORDER BY id)"
                        + "  FROM positions WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(c.*)::text, ',' ORDER BY c.position_id) FROM verification_codes c"
                        + "  WHERE position_id IN (SELECT id FROM positions WHERE user_id = (SELECT id FROM me))),"
                        + " (SELECT string_agg(row(id, title, body, anonymous, deleted_at, accepted_answer_id, closed_reason)::text, ',' ORDER BY id) FROM questions WHERE author_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(question_id, topic_id)::text, ',' ORDER BY question_id, topic_id) FROM question_topics"
                        + "  WHERE question_id IN (SELECT id FROM questions WHERE author_id = (SELECT id FROM me))),"
                        + " (SELECT string_agg(row(id, question_id, body, anonymous, deleted_at)::text, ',' ORDER BY id) FROM answers WHERE author_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(question_id, value)::text, ',' ORDER BY question_id) FROM question_votes WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(answer_id, value)::text, ',' ORDER BY answer_id) FROM answer_votes WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, question_id, answer_id, body, anonymous, deleted_at)::text, ',' ORDER BY id) FROM comments WHERE author_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, rotated_at, revoked_at)::text, ',' ORDER BY id) FROM refresh_tokens WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, question_id, topic_id, followee_id)::text, ',' ORDER BY id) FROM follows WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, question_id, answer_id)::text, ',' ORDER BY id) FROM bookmarks WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT read_up_to::text FROM notification_reads WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT row(digest, on_answer)::text FROM email_settings WHERE user_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, post_id, reason, detail, status)::text, ',' ORDER BY id) FROM flags WHERE flagger_id = (SELECT id FROM me)),"
                        + " (SELECT string_agg(row(id, hidden_at)::text, ',' ORDER BY id) FROM (SELECT id, hidden_at FROM questions"
                        + "  WHERE author_id = (SELECT id FROM me) UNION ALL SELECT id, hidden_at FROM answers WHERE author_id = (SELECT id FROM me)"
                        + "  UNION ALL SELECT id, hidden_at FROM comments WHERE author_id = (SELECT id FROM me)) posts),"
                        + " (SELECT string_agg(row(slug, name, description)::text, ',' ORDER BY slug) FROM topics),"
                        + " (SELECT string_agg(row(id, name)::text, ',' ORDER BY id) FROM companies),"
                        + " (SELECT string_agg(row(domain, company_id)::text, ',' ORDER BY domain) FROM company_domains))",
                world.ownerId());
    }

    /** Server-owned fields an attacker adds to every body, hoping one is applied: none may be. */
    private static Map<String, Object> withOwner(World world, Map<String, Object> body) {
        Map<String, Object> forged = new java.util.HashMap<>(body);
        forged.put("authorId", world.ownerId());
        forged.put("userId", world.ownerId());
        forged.put("author", Map.of("handle", world.owner().handle()));
        forged.put("handle", world.owner().handle());
        forged.put("email", world.owner().email());
        return forged;
    }

    private Map<String, Attack> attacks(World w) {
        String attackerHandle = w.attacker().handle();
        return Map.ofEntries(
                // Accounts: the owner's handle or email cannot be taken, their password not guessed in one go,
                // and the attacker's own token operations touch only the attacker's token family.
                entry(
                        "POST /api/v1/auth/register",
                        new Attack(
                                Map.of(),
                                Map.of(
                                        "handle",
                                        w.owner().handle().toUpperCase(),
                                        "email",
                                        "other-" + w.owner().email(),
                                        "password",
                                        Fixtures.PASSWORD,
                                        "displayName",
                                        "Impostor"),
                                409)),
                entry(
                        "POST /api/v1/auth/login",
                        new Attack(Map.of(), Map.of("login", w.owner().handle(), "password", "wrong-password-1"), 401)),
                entry(
                        "POST /api/v1/auth/refresh",
                        new Attack(
                                Map.of(),
                                withOwner(w, Map.of("refreshToken", w.attacker().refreshToken())),
                                200)),
                entry(
                        "POST /api/v1/auth/logout",
                        new Attack(
                                Map.of(),
                                withOwner(w, Map.of("refreshToken", w.attacker().refreshToken())),
                                204)),
                entry("PATCH /api/v1/me", new Attack(Map.of(), withOwner(w, Map.of("displayName", "Pwned")), 200)),
                // Erasing takes the caller's own password: the owner's, sent with the attacker's token, is refused.
                entry("DELETE /api/v1/me", new Attack(Map.of(), Map.of("password", Fixtures.PASSWORD + "-not"), 403)),
                entry(
                        "POST /api/v1/me/positions",
                        new Attack(Map.of(), withOwner(w, fixtures.position("Evilco", "Owner", "2021-01", null)), 201)),
                entry(
                        "PATCH /api/v1/me/positions/{id}",
                        new Attack(Map.of("id", w.position()), Map.of("company", "Evilco"), 404)),
                entry("DELETE /api/v1/me/positions/{id}", new Attack(Map.of("id", w.position()), null, 404)),
                entry(
                        "POST /api/v1/me/positions/{id}/verification",
                        new Attack(Map.of("id", w.position()), Map.of("workEmail", "x@ownedco.example.com"), 404)),
                entry(
                        "POST /api/v1/me/positions/{id}/verification/confirm",
                        new Attack(Map.of("id", w.position()), Map.of("code", "123456"), 404)),
                entry(
                        "POST /api/v1/companies",
                        new Attack(
                                Map.of(),
                                withOwner(w, Map.of("name", "Evilco", "domains", List.of("evil.example.com"))),
                                403)),
                entry(
                        "PATCH /api/v1/companies/{id}",
                        new Attack(Map.of("id", w.company()), Map.of("domains", List.of("evil.example.com")), 403)),
                entry(
                        "PUT /api/v1/users/{handle}/role",
                        new Attack(Map.of("handle", w.owner().handle()), Map.of("role", "user"), 403)),
                entry(
                        "POST /api/v1/topics",
                        new Attack(
                                Map.of(),
                                Map.of(
                                        "slug",
                                        "by-" + attackerHandle.toLowerCase().replace('_', '-'),
                                        "name",
                                        "Attack",
                                        "description",
                                        "Not a moderator."),
                                403)),
                entry(
                        "PATCH /api/v1/topics/{slug}",
                        new Attack(Map.of("slug", "startups"), Map.of("name", "Attacked"), 403)),
                // Posts: new ones belong to their writer whatever the body says; the owner's are theirs to change.
                entry(
                        "POST /api/v1/questions",
                        new Attack(
                                Map.of(),
                                withOwner(
                                        w,
                                        Map.of(
                                                "title",
                                                "Written by the attacker, claimed for the owner",
                                                "body",
                                                "Whose is this?",
                                                "topics",
                                                List.of("startups"))),
                                201)),
                entry(
                        "PATCH /api/v1/questions/{id}",
                        new Attack(Map.of("id", w.question()), Map.of("title", "Rewritten by the attacker"), 403)),
                entry("DELETE /api/v1/questions/{id}", new Attack(Map.of("id", w.question()), null, 403)),
                entry(
                        "POST /api/v1/questions/{id}/answers",
                        new Attack(
                                Map.of("id", w.question()),
                                withOwner(w, Map.of("body", "Claimed for the owner")),
                                201)),
                entry(
                        "PATCH /api/v1/answers/{id}",
                        new Attack(Map.of("id", w.answer()), Map.of("body", "Rewritten by the attacker"), 403)),
                entry("DELETE /api/v1/answers/{id}", new Attack(Map.of("id", w.answer()), null, 403)),
                entry(
                        "PUT /api/v1/questions/{id}/accepted-answer",
                        new Attack(Map.of("id", w.question()), Map.of("answerId", w.answer()), 403)),
                entry(
                        "DELETE /api/v1/questions/{id}/accepted-answer",
                        new Attack(Map.of("id", w.question()), null, 403)),
                entry(
                        "POST /api/v1/questions/{id}/close",
                        new Attack(Map.of("id", w.question()), Map.of("reason", "off-topic"), 403)),
                entry("DELETE /api/v1/questions/{id}/close", new Attack(Map.of("id", w.question()), null, 403)),
                // Votes: the attacker's vote is the attacker's; the owner's vote on the same post stays.
                entry(
                        "PUT /api/v1/questions/{id}/vote",
                        new Attack(Map.of("id", w.votedQuestion()), withOwner(w, Map.of("value", -1)), 200)),
                entry("DELETE /api/v1/questions/{id}/vote", new Attack(Map.of("id", w.votedQuestion()), null, 200)),
                entry(
                        "PUT /api/v1/answers/{id}/vote",
                        new Attack(Map.of("id", w.votedAnswer()), withOwner(w, Map.of("value", -1)), 200)),
                entry("DELETE /api/v1/answers/{id}/vote", new Attack(Map.of("id", w.votedAnswer()), null, 200)),
                // Comments: new ones belong to their writer whatever the body says; the owner's are theirs to change.
                entry(
                        "POST /api/v1/questions/{id}/comments",
                        new Attack(
                                Map.of("id", w.question()),
                                withOwner(w, Map.of("body", "Claimed for the owner")),
                                201)),
                entry(
                        "POST /api/v1/answers/{id}/comments",
                        new Attack(
                                Map.of("id", w.answer()), withOwner(w, Map.of("body", "Claimed for the owner")), 201)),
                entry(
                        "PATCH /api/v1/comments/{id}",
                        new Attack(Map.of("id", w.comment()), Map.of("body", "Rewritten by the attacker"), 403)),
                entry("DELETE /api/v1/comments/{id}", new Attack(Map.of("id", w.comment()), null, 403)),
                // Flags: the attacker's flag is the attacker's, one is not enough to hide anything, and
                // only moderators resolve flags (the owner's flag stays open).
                entry(
                        "POST /api/v1/questions/{id}/flags",
                        new Attack(Map.of("id", w.question()), withOwner(w, Map.of("reason", "spam")), 201)),
                entry(
                        "POST /api/v1/answers/{id}/flags",
                        new Attack(Map.of("id", w.answer()), withOwner(w, Map.of("reason", "spam")), 201)),
                entry(
                        "POST /api/v1/comments/{id}/flags",
                        new Attack(Map.of("id", w.comment()), withOwner(w, Map.of("reason", "spam")), 201)),
                entry(
                        "POST /api/v1/moderation/flags/{id}/resolve",
                        new Attack(Map.of("id", w.flag()), Map.of("action", "dismiss"), 403)),
                // Follows and bookmarks: the attacker's own, beside the owner's, which stay.
                entry("PUT /api/v1/questions/{id}/follow", new Attack(Map.of("id", w.question()), null, 204)),
                entry("DELETE /api/v1/questions/{id}/follow", new Attack(Map.of("id", w.question()), null, 204)),
                entry("PUT /api/v1/topics/{slug}/follow", new Attack(Map.of("slug", "startups"), null, 204)),
                entry("DELETE /api/v1/topics/{slug}/follow", new Attack(Map.of("slug", "startups"), null, 204)),
                entry(
                        "PUT /api/v1/users/{handle}/follow",
                        new Attack(Map.of("handle", w.owner().handle()), null, 204)),
                entry(
                        "DELETE /api/v1/users/{handle}/follow",
                        new Attack(Map.of("handle", w.owner().handle()), null, 204)),
                entry("PUT /api/v1/questions/{id}/bookmark", new Attack(Map.of("id", w.question()), null, 204)),
                entry("DELETE /api/v1/questions/{id}/bookmark", new Attack(Map.of("id", w.question()), null, 204)),
                entry("PUT /api/v1/answers/{id}/bookmark", new Attack(Map.of("id", w.answer()), null, 204)),
                entry("DELETE /api/v1/answers/{id}/bookmark", new Attack(Map.of("id", w.answer()), null, 204)),
                // Notifications: the attacker marks their own read, never the owner's.
                entry(
                        "POST /api/v1/me/notifications/read",
                        new Attack(Map.of(), withOwner(w, Map.of("upTo", Long.MAX_VALUE)), 204)),
                // A stream ticket is the attacker's own, whatever the body claims.
                entry(
                        "POST /api/v1/me/notifications/stream-tickets",
                        new Attack(Map.of(), withOwner(w, Map.of()), 200)),
                // Settings are the caller's own; unsubscribing takes a signed token (SettingsTest), not a body.
                entry(
                        "PATCH /api/v1/me/settings",
                        new Attack(Map.of(), withOwner(w, Map.of("emailDigest", "off")), 200)),
                entry("POST /api/v1/unsubscribe", new Attack(Map.of(), withOwner(w, Map.of()), 400)));
    }

    static List<String> writeRoutes() {
        return Contract.writes().stream().map(Contract.Operation::key).toList();
    }

    @Test
    void everyWriteRouteOfTheContractIsAttacked() {
        World world = world();
        assertEquals(
                new TreeSet<>(writeRoutes()),
                new TreeSet<>(attacks(world).keySet()),
                "every write route of openapi.yaml needs an attack here, and every attack a route");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeRoutes")
    void anotherUsersTokenChangesNothingTheOwnerHas(String route) {
        World world = world();
        Attack attack = attacks(world).get(route);
        assertNotNull(attack, route + " is a write route of openapi.yaml with no attack in this test");
        Contract.Operation operation = Contract.writes().stream()
                .filter(op -> op.key().equals(route))
                .findFirst()
                .orElseThrow();
        String before = ownersRows(world);

        ValidatableResponse response = operation
                .send(world.attacker().as(), attack.parameters(), attack.body())
                .then();
        switch (attack.status()) {
            case 403 -> assertProblem(response, 403, "forbidden");
            case 404 -> assertProblem(response, 404, "not-found");
            case 409 -> assertProblem(response, 409, "conflict");
            case 401 -> assertProblem(response, 401, "unauthorized");
            default -> response.statusCode(attack.status());
        }
        assertEquals(before, ownersRows(world), route + " changed what the owner has");
    }
}
