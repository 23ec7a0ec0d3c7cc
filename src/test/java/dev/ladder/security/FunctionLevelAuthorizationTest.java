package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * API5:2023 Broken Function Level Authorization. The routes for moderators and admins are the ones
 * whose security requirement in openapi.yaml names a role; each refuses a caller without it and
 * changes nothing. And the admins cannot lock themselves out by demoting the last of them.
 */
@QuarkusTest
class FunctionLevelAuthorizationTest {
    @Inject
    Fixtures fixtures;

    /** A body each role-only operation would act on if it let the caller in: a missing check would show in the database. */
    private static Map<String, Object> attack(Contract.Operation operation, String handle) {
        return switch (operation.key()) {
            case "PUT /api/v1/users/{handle}/role" -> Map.of("role", "admin");
            case "POST /api/v1/topics" ->
                Map.of(
                        "slug",
                        "hijacked-" + handle.toLowerCase().replace('_', '-'),
                        "name",
                        "Hijacked",
                        "description",
                        "Made by someone without the role.");
            case "PATCH /api/v1/topics/{slug}" ->
                Map.of("name", "Hijacked", "description", "Changed by someone without the role.");
            case "POST /api/v1/questions/{id}/close" -> Map.of("reason", "other");
            case "DELETE /api/v1/questions/{id}/close" -> Map.of();
            case "POST /api/v1/companies" ->
                Map.of("name", "Hijacked " + handle, "domains", List.of("hijacked.example.com"));
            case "PATCH /api/v1/companies/{id}" -> Map.of("domains", List.of("hijacked.example.com"));
            case "POST /api/v1/moderation/flags/{id}/resolve" -> Map.of("action", "delete");
            case "GET /api/v1/moderation/flags", "GET /api/v1/moderation/log" -> Map.of();
            default ->
                throw new AssertionError(operation.key() + " needs a role: give it a body here so the test can try it");
        };
    }

    private String roleOnlyState() {
        return fixtures.string(
                "SELECT concat_ws('|', (SELECT string_agg(row(slug, name, description)::text, ',' ORDER BY slug) FROM topics),"
                        + " (SELECT string_agg(row(handle, role)::text, ',' ORDER BY handle) FROM users WHERE role <> 'user'),"
                        + " (SELECT string_agg(row(id, closed_reason)::text, ',' ORDER BY id) FROM questions),"
                        + " (SELECT string_agg(row(id, name)::text, ',' ORDER BY id) FROM companies),"
                        + " (SELECT string_agg(row(domain, company_id)::text, ',' ORDER BY domain) FROM company_domains),"
                        + " (SELECT string_agg(row(f.id, f.status, q.deleted_at)::text, ',' ORDER BY f.id) FROM flags f"
                        + "  LEFT JOIN questions q ON q.id = f.post_id),"
                        + " (SELECT count(*) FROM moderation_log))");
    }

    @Test
    void everyRouteForModeratorsOrAdminsRefusesCallersWithoutTheRole() {
        Account user = fixtures.register("plain");
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        List<Contract.Operation> restricted = Contract.operations().stream()
                .filter(op -> !op.roles().isEmpty())
                .toList();
        assertEquals(
                Set.of(
                        "PUT /api/v1/users/{handle}/role",
                        "POST /api/v1/topics",
                        "PATCH /api/v1/topics/{slug}",
                        "POST /api/v1/questions/{id}/close",
                        "DELETE /api/v1/questions/{id}/close",
                        "POST /api/v1/companies",
                        "PATCH /api/v1/companies/{id}",
                        "GET /api/v1/moderation/flags",
                        "POST /api/v1/moderation/flags/{id}/resolve",
                        "GET /api/v1/moderation/log"),
                restricted.stream().map(Contract.Operation::key).collect(Collectors.toSet()),
                "the role-only routes of openapi.yaml");
        // A closed question: a close that let the caller in would be a 409, a reopen would show below.
        String question = fixtures.ask(user, "Closed by a moderator, reopened by nobody else?", false);
        moderator
                .as()
                .body(Map.of("reason", "off-topic"))
                .when()
                .post("/api/v1/questions/" + question + "/close")
                .then()
                .statusCode(200);
        // An open flag on it: a resolve that let the caller in would delete the question.
        String flag = fixtures.register("flagger")
                .as()
                .body(Map.of("reason", "spam"))
                .when()
                .post("/api/v1/questions/" + question + "/flags")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (Contract.Operation operation : restricted) {
            Map<String, String> targets = Map.of(
                    "handle",
                    user.handle(),
                    "slug",
                    "startups",
                    "id",
                    operation.path().contains("/flags/") ? flag : question);
            String before = roleOnlyState();
            Map<String, Object> body = attack(operation, user.handle());
            assertProblem(operation.send(given(), targets, body).then(), 401, "unauthorized");
            assertProblem(operation.send(user.as(), targets, body).then(), 403, "forbidden");
            if (operation.roles().contains("admin")) {
                assertProblem(operation.send(moderator.as(), targets, body).then(), 403, "forbidden");
            }
            assertEquals(before, roleOnlyState(), operation.key() + " changed something for a caller without the role");
        }
    }

    @Test
    void aModeratorsTokenDoesNotOpenAdminRoutesButOpensModeratorOnes() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        String slug = "mods-" + Fixtures.uniqueHandle("t").toLowerCase().replace('_', '-');
        moderator
                .as()
                .body(Map.of("slug", slug, "name", "Moderated", "description", "Made by a moderator."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201);
        assertProblem(
                moderator
                        .as()
                        .body(Map.of("role", "admin"))
                        .when()
                        .put("/api/v1/users/" + moderator.handle() + "/role")
                        .then(),
                403,
                "forbidden");
        assertEquals("moderator", fixtures.string("SELECT role FROM users WHERE handle = ?", moderator.handle()));
    }

    /** Everyone else loses the admin role first: "the last admin" is a fact about the whole database. */
    private List<Account> theOnlyAdmins(int count) {
        List<Account> admins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            admins.add(fixtures.registerWithRole("admin", "admin"));
        }
        String mine = String.join(",", admins.stream().map(Account::handle).toList());
        fixtures.update(
                "UPDATE users SET role = 'user' WHERE role = 'admin' AND NOT handle = ANY (string_to_array(?, ','))",
                mine);
        return admins;
    }

    private long admins() {
        return fixtures.count("SELECT count(*) FROM users WHERE role = 'admin'");
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        Account admin = theOnlyAdmins(1).get(0);
        for (String role : List.of("user", "moderator")) {
            assertProblem(
                            admin.as()
                                    .body(Map.of("role", role))
                                    .when()
                                    .put("/api/v1/users/" + admin.handle() + "/role")
                                    .then(),
                            409,
                            "conflict")
                    .body("detail", is("This is the last admin: appoint another admin first."));
        }
        admin.as()
                .body(Map.of("role", "admin"))
                .when()
                .put("/api/v1/users/" + admin.handle() + "/role")
                .then()
                .statusCode(200);
        assertEquals(1, admins());

        Account second = fixtures.register("second");
        admin.as()
                .body(Map.of("role", "admin"))
                .when()
                .put("/api/v1/users/" + second.handle() + "/role")
                .then()
                .statusCode(200);
        admin.as()
                .body(Map.of("role", "user"))
                .when()
                .put("/api/v1/users/" + admin.handle() + "/role")
                .then()
                .statusCode(200)
                .body("role", is("user"));
        assertEquals(second.handle(), fixtures.string("SELECT handle FROM users WHERE role = 'admin'"));
    }

    /** Six admins demote each other in a ring, all at once: one of them must be left. */
    @Test
    void adminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        List<Account> admins = theOnlyAdmins(6);
        List<Callable<Response>> demotions = new ArrayList<>();
        for (int i = 0; i < admins.size(); i++) {
            Account admin = admins.get(i);
            Account next = admins.get((i + 1) % admins.size());
            demotions.add(() ->
                    admin.as().body(Map.of("role", "user")).when().put("/api/v1/users/" + next.handle() + "/role"));
        }
        List<Response> responses = Concurrently.send(admins.size(), demotions);
        List<Integer> statuses =
                responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 409), statuses);
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertProblem(r.then(), 409, "conflict"));
        assertEquals(1, admins());
    }
}
