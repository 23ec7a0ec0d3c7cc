package dev.ladder.account;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may change roles at all, and the last admin: FunctionLevelAuthorizationTest (dev.ladder.security). */
@QuarkusTest
class RoleResourceTest {
    @Inject
    Fixtures fixtures;

    @Test
    void adminsAppointModeratorsWhoseNextTokenSaysSo() {
        Account admin = fixtures.registerWithRole("admin", "admin");
        Account user = fixtures.register("promoted");
        admin.as()
                .body(Map.of("role", "moderator"))
                .when()
                .put("/api/v1/users/" + user.handle() + "/role")
                .then()
                .statusCode(200)
                .body("handle", is(user.handle()))
                .body("role", is("moderator"))
                .body("roles", contains("user", "moderator"));
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", user.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth().oauth2(token).when().get("/api/v1/me").then().body("roles", contains("user", "moderator"));
    }

    @Test
    void unknownRolesAndUsersAreRejected() {
        Account admin = fixtures.registerWithRole("admin", "admin");
        Account user = fixtures.register("target");
        assertProblem(
                        admin.as()
                                .body(Map.of("role", "superuser"))
                                .when()
                                .put("/api/v1/users/" + user.handle() + "/role")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("role"));
        assertProblem(
                admin.as()
                        .body(Map.of("role", "moderator"))
                        .when()
                        .put("/api/v1/users/nobody-at-all/role")
                        .then(),
                404,
                "not-found");
    }
}
