package dev.ladder.account;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {
    @Inject
    Fixtures fixtures;

    private static Map<String, Object> registration(String handle) {
        Map<String, Object> body = new HashMap<>();
        body.put("handle", handle);
        body.put("email", handle.toLowerCase() + "@example.com");
        body.put("password", Fixtures.PASSWORD);
        body.put("displayName", "Maria Chen");
        return body;
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/auth/" + path)
                .then();
    }

    @Test
    void registerAnswers201WithTokensAndThePrivateAccount() {
        String handle = Fixtures.uniqueHandle("maria");
        post("register", registration(handle))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/me"))
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(900))
                .body("accessToken", containsString("."))
                .body("refreshToken.length()", is(43))
                .body("user.handle", is(handle))
                .body("user.email", is(handle.toLowerCase() + "@example.com"))
                .body("user.displayName", is("Maria Chen"))
                .body("user.roles", contains("user"))
                .body("user", not(hasKey("password")))
                .body("user", not(hasKey("passwordHash")))
                .body(not(containsString(Fixtures.PASSWORD)));
    }

    @Test
    void passwordIsStoredOnlyAsABcryptHash() {
        Account account = fixtures.register("hash");
        String hash = fixtures.string("SELECT password_hash FROM users WHERE handle = ?", account.handle());
        // The test profile's cost; the shipped jar's (10) is checked by PackagedAppIT.
        assertTrue(hash.startsWith("$2b$04$"), hash);
        assertTrue(!hash.contains(Fixtures.PASSWORD));
    }

    @Test
    void accessTokenCarriesTheStandardClaimsAndLivesFifteenMinutes() throws Exception {
        Account account = fixtures.register("claims");
        JsonNode header = decodePart(account.accessToken(), 0);
        JsonNode claims = decodePart(account.accessToken(), 1);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("https://ladder.dev", claims.get("iss").asText());
        assertEquals(
                "ladder-api",
                claims.get("aud").isArray()
                        ? claims.get("aud").get(0).asText()
                        : claims.get("aud").asText());
        assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(claims.hasNonNull("jti"));
        assertEquals(
                fixtures.string("SELECT id::text FROM users WHERE handle = ?", account.handle()),
                claims.get("sub").asText());
        assertEquals("[\"user\"]", claims.get("groups").toString());
    }

    @Test
    void clientsCannotAssignThemselvesRolesOrIds() {
        String handle = Fixtures.uniqueHandle("sneaky");
        Map<String, Object> body = registration(handle);
        body.put("roles", List.of("admin"));
        body.put("role", "admin");
        body.put("groups", List.of("admin"));
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("reputation", 1000);
        post("register", body).statusCode(201).body("user.roles", contains("user"));
        assertEquals("user", fixtures.string("SELECT role FROM users WHERE handle = ?", handle));
        assertEquals(0, fixtures.count("SELECT reputation FROM users WHERE handle = ?", handle));
        assertEquals(0, fixtures.count("SELECT count(*) FROM users WHERE id = '00000000-0000-0000-0000-000000000001'"));
    }

    @Test
    void handlesAreUniqueWhateverTheirCase() {
        String handle = Fixtures.uniqueHandle("Case");
        post("register", registration(handle)).statusCode(201);
        Map<String, Object> again = registration(handle.toUpperCase());
        again.put("email", "other-" + handle.toLowerCase() + "@example.com");
        assertProblem(post("register", again), 409, "conflict").body("detail", is("That handle is taken."));
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        String handle = Fixtures.uniqueHandle("mail");
        post("register", registration(handle)).statusCode(201);
        Map<String, Object> again = registration(Fixtures.uniqueHandle("mail"));
        again.put("email", handle.toUpperCase() + "@EXAMPLE.COM");
        assertProblem(post("register", again), 409, "conflict").body("detail", containsString("email"));
    }

    @Test
    void invalidRegistrationListsEveryBadField() {
        Map<String, Object> body =
                Map.of("handle", "a b", "email", "not-an-email", "password", "short", "displayName", " ");
        assertProblem(post("register", body), 400, "validation")
                .body("errors.field", containsInAnyOrder("handle", "email", "password", "displayName"));
    }

    @Test
    void passwordsAreTenToOneHundredTwentyEightCharacters() {
        Map<String, Object> tooLong = registration(Fixtures.uniqueHandle("long"));
        tooLong.put("password", "x".repeat(129));
        assertProblem(post("register", tooLong), 400, "validation").body("errors.field", contains("password"));

        // Eight characters, thirteen UTF-16 units: characters are what counts.
        Map<String, Object> emoji = registration(Fixtures.uniqueHandle("emoji"));
        emoji.put("password", "🚀👩‍💻🏳️‍🌈");
        assertProblem(post("register", emoji), 400, "validation").body("errors.field", contains("password"));
        emoji.put("password", "🚀".repeat(128));
        post("register", emoji).statusCode(201);
        post("login", Map.of("login", emoji.get("handle"), "password", "🚀".repeat(128)))
                .statusCode(200);

        Map<String, Object> longest = registration(Fixtures.uniqueHandle("long"));
        String password = "y".repeat(127) + "z";
        longest.put("password", password);
        post("register", longest).statusCode(201);
        // Past bcrypt's 72 bytes every character still counts.
        post("login", Map.of("login", longest.get("handle"), "password", "y".repeat(128)))
                .statusCode(401);
        post("login", Map.of("login", longest.get("handle"), "password", password))
                .statusCode(200);
    }

    @Test
    void handlesOutsideTheAllowedAlphabetAreRejected() {
        for (String handle : List.of("ab", "x".repeat(31), "héllo", "dot.name", "semi;colon")) {
            Map<String, Object> body = registration(Fixtures.uniqueHandle("valid"));
            body.put("handle", handle);
            assertProblem(post("register", body), 400, "validation").body("errors.field", contains("handle"));
        }
    }

    @Test
    void loginAcceptsHandleOrEmailInAnyCase() {
        Account account = fixtures.register("login");
        for (String login : List.of(
                account.handle(),
                account.handle().toUpperCase(),
                account.email().toUpperCase())) {
            post("login", Map.of("login", login, "password", Fixtures.PASSWORD))
                    .statusCode(200)
                    .body("user.handle", is(account.handle()))
                    .body("tokenType", is("Bearer"));
        }
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSame401() {
        Account account = fixtures.register("wrong");
        assertProblem(
                        post("login", Map.of("login", account.handle(), "password", "not-the-password")),
                        401,
                        "unauthorized")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", is("Wrong login or password."));
        assertProblem(
                        post("login", Map.of("login", "nobody_" + account.handle(), "password", "not-the-password")),
                        401,
                        "unauthorized")
                .body("detail", is("Wrong login or password."));
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Account account = fixtures.register("rotate");
        ValidatableResponse refreshed = post("refresh", Map.of("refreshToken", account.refreshToken()))
                .statusCode(200)
                .body("user.handle", is(account.handle()))
                .body("expiresIn", is(900));
        String next = refreshed.extract().path("refreshToken");
        assertNotEquals(account.refreshToken(), next);
        given().auth()
                .oauth2(refreshed.extract().<String>path("accessToken"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        post("refresh", Map.of("refreshToken", next)).statusCode(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Account account = fixtures.register("reuse");
        String second = post("refresh", Map.of("refreshToken", account.refreshToken()))
                .statusCode(200)
                .extract()
                .path("refreshToken");
        String third = post("refresh", Map.of("refreshToken", second))
                .statusCode(200)
                .extract()
                .path("refreshToken");

        assertProblem(post("refresh", Map.of("refreshToken", account.refreshToken())), 401, "unauthorized");
        // The thief's replay also locked out the newest token of that login.
        assertProblem(post("refresh", Map.of("refreshToken", third)), 401, "unauthorized");
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM refresh_tokens t JOIN users u ON u.id = t.user_id "
                                + "WHERE u.handle = ? AND t.revoked_at IS NULL",
                        account.handle()));
    }

    @Test
    void anotherLoginIsAnotherFamilyAndSurvivesRevocation() {
        Account account = fixtures.register("family");
        String otherDevice = post("login", Map.of("login", account.handle(), "password", Fixtures.PASSWORD))
                .statusCode(200)
                .extract()
                .path("refreshToken");
        post("logout", Map.of("refreshToken", account.refreshToken())).statusCode(204);
        post("refresh", Map.of("refreshToken", otherDevice)).statusCode(200);
    }

    @Test
    void logoutRevokesTheRefreshTokenAndIsIdempotent() {
        Account account = fixtures.register("logout");
        post("logout", Map.of("refreshToken", account.refreshToken())).statusCode(204);
        post("logout", Map.of("refreshToken", account.refreshToken())).statusCode(204);
        post("logout", Map.of("refreshToken", "never-issued")).statusCode(204);
        assertProblem(post("refresh", Map.of("refreshToken", account.refreshToken())), 401, "unauthorized");
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        Account account = fixtures.register("stored");
        assertEquals(
                0, fixtures.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ?", account.refreshToken()));
        assertEquals(
                1,
                fixtures.count(
                        "SELECT count(*) FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE u.handle = ?",
                        account.handle()));
    }

    @Test
    void unknownOrBlankRefreshTokensAre401Or400() {
        assertProblem(post("refresh", Map.of("refreshToken", "made-up")), 401, "unauthorized");
        assertProblem(post("refresh", Map.of("refreshToken", "")), 400, "validation")
                .body("errors.field", contains("refreshToken"));
        assertProblem(post("refresh", Map.of()), 400, "validation");
    }

    @Test
    void meIsPrivateAndEditable() {
        Account account = fixtures.register("me");
        account.as()
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("handle", is(account.handle()))
                .body("email", is(account.email()))
                .body("avatarUrl", nullValue());
        account.as()
                .body(Map.of(
                        "displayName", "  New Name ", "avatarUrl", "https://cdn.example.com/a.png", "handle", "hijack"))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", is("New Name"))
                .body("avatarUrl", is("https://cdn.example.com/a.png"))
                .body("handle", is(account.handle()));
        account.as()
                .body(Map.of("avatarUrl", ""))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("avatarUrl", nullValue())
                .body("displayName", is("New Name"));
    }

    @Test
    void meRejectsBadEditsAndLeavesTheAccountAsItWas() {
        Account account = fixtures.register("badme");
        assertProblem(
                        account.as()
                                .body(Map.of("avatarUrl", "javascript:alert(1)", "displayName", "Changed"))
                                .when()
                                .patch("/api/v1/me")
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("avatarUrl"));
        assertProblem(
                account.as()
                        .body(Map.of("displayName", "   "))
                        .when()
                        .patch("/api/v1/me")
                        .then(),
                400,
                "validation");
        account.as().when().get("/api/v1/me").then().body("displayName", is("User " + account.handle()));
    }

    @Test
    void meNeedsAToken() {
        assertProblem(given().when().get("/api/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("displayName", "x"))
                        .when()
                        .patch("/api/v1/me")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void aTokenOfADeletedAccountIsRejected() {
        Account account = fixtures.register("gone");
        fixtures.update("DELETE FROM users WHERE handle = ?", account.handle());
        assertProblem(account.as().when().get("/api/v1/me").then(), 401, "unauthorized");
        assertProblem(post("refresh", Map.of("refreshToken", account.refreshToken())), 401, "unauthorized");
    }

    private static JsonNode decodePart(String jwt, int index) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    @Test
    void rolesListItsGroupsInTheToken() {
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        moderator.as().when().get("/api/v1/me").then().body("roles", contains("user", "moderator"));
        Account admin = fixtures.registerWithRole("adm", "admin");
        admin.as().when().get("/api/v1/me").then().body("roles", hasItem("admin"));
    }

    @Test
    void mePatchClearsTheAvatarWithNullAndRefusesANullName() {
        Account account = fixtures.register("nullme");
        account.as()
                .body(Map.of("avatarUrl", "https://cdn.example.com/a.png"))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        account.as()
                .body(Collections.singletonMap("avatarUrl", null))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("avatarUrl", nullValue())
                .body("displayName", is("User " + account.handle()));
        assertProblem(
                        account.as()
                                .body(Collections.singletonMap("displayName", null))
                                .when()
                                .patch("/api/v1/me")
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("displayName"));
        account.as().when().get("/api/v1/me").then().body("displayName", is("User " + account.handle()));
    }
}
