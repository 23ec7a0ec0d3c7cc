package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.ResponseScanner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * API3:2023 Broken Object Property Level Authorization. {@link ResponseScanner} reads every
 * response of the whole suite for password hashes, refresh tokens and other people's emails and
 * fails the test that got one; the first tests here prove it is installed and would notice. The
 * anonymous author's identity has its own test that tries every public route: AnonymityTest.
 */
@QuarkusTest
class PropertyLevelAuthorizationTest {
    @Inject
    Fixtures fixtures;

    @Test
    void everyResponseOfTheSuiteIsScanned() {
        long before = ResponseScanner.INSTANCE.scanned();
        given().when().get("/api/v1/topics").then().statusCode(200);
        assertTrue(RestAssured.filters().contains(ResponseScanner.INSTANCE));
        assertTrue(ResponseScanner.INSTANCE.scanned() > before);
    }

    @Test
    void theScannerNoticesAHashARefreshTokenAndSomeoneElsesEmail() {
        Account owner = fixtures.register("leaky");
        Account other = fixtures.register("other");
        String hash = fixtures.string("SELECT password_hash FROM users WHERE handle = ?", owner.handle());
        String asOther = "Bearer " + other.accessToken();
        ResponseScanner scanner = ResponseScanner.INSTANCE;
        assertEquals(List.of("a bcrypt hash"), scanner.leaks("{\"passwordHash\":\"" + hash + "\"}", asOther));
        assertEquals(
                List.of("a refresh token issued earlier"),
                scanner.leaks("{\"token\":\"" + owner.refreshToken() + "\"}", asOther));
        assertEquals(
                List.of("the email of another account: " + owner.email().toUpperCase(Locale.ROOT)),
                scanner.leaks("{\"email\":\"" + owner.email().toUpperCase(Locale.ROOT) + "\"}", asOther));
        assertEquals(
                1, scanner.leaks("{\"email\":\"" + owner.email() + "\"}", null).size());
        assertEquals(
                List.of(), scanner.leaks("{\"email\":\"" + other.email() + "\"}", asOther), "one's own email is fine");
    }

    @Test
    void anEmailReachesOnlyItsOwner() {
        Account author = fixtures.register("mailer");
        fixtures.addPosition(author, "Mailco", "Engineer", null, "2021-01", null);
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(author, "Can other readers ever see my email address?", false);
        String answer = fixtures.answer(author, question, "Only you can see it, in /me.", false);
        author.as().when().get("/api/v1/me").then().statusCode(200).body("email", is(author.email()));

        List<Supplier<RequestSpecification>> readers = List.of(RestAssured::given, reader::as);
        for (Supplier<RequestSpecification> as : readers) {
            for (String path : List.of(
                    "/api/v1/users/" + author.handle(),
                    "/api/v1/questions/" + question + "?include=answers",
                    "/api/v1/answers/" + answer,
                    "/api/v1/questions?author=" + author.handle(),
                    "/api/v1/questions/" + question + "/answers",
                    "/api/v1/search?q=readers+email",
                    "/api/v1/questions?company=Mailco")) {
                String body = as.get()
                        .when()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertFalse(body.toLowerCase(Locale.ROOT).contains(author.email()), path + " shows the author's email");
            }
        }
        // Nor do errors about the account repeat it.
        String duplicate = assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of(
                                        "handle",
                                        Fixtures.uniqueHandle("dup"),
                                        "email",
                                        author.email(),
                                        "password",
                                        Fixtures.PASSWORD,
                                        "displayName",
                                        "Copycat"))
                                .when()
                                .post("/api/v1/auth/register")
                                .then(),
                        409,
                        "conflict")
                .extract()
                .asString();
        assertFalse(duplicate.contains(author.email()));
        String wrongPassword = assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("login", author.email(), "password", "not-the-password"))
                                .when()
                                .post("/api/v1/auth/login")
                                .then(),
                        401,
                        "unauthorized")
                .extract()
                .asString();
        assertFalse(wrongPassword.contains(author.email()));
    }

    @Test
    void serverOwnedAccountFieldsCannotBeWritten() {
        Account account = fixtures.register("owned");
        account.as()
                .body(Map.of(
                        "displayName",
                        "Still me",
                        "role",
                        "admin",
                        "roles",
                        List.of("admin"),
                        "email",
                        "new@example.com",
                        "handle",
                        "taken_over",
                        "passwordHash",
                        "$2b$10$abcdefghijklmnopqrstuv",
                        "reputation",
                        1_000_000))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", is("Still me"))
                .body("handle", is(account.handle()))
                .body("email", is(account.email()))
                .body("roles", is(List.of("user")));
        assertEquals(
                "user|0|" + account.email(),
                fixtures.string(
                        "SELECT role || '|' || reputation || '|' || email FROM users WHERE handle = ?",
                        account.handle()));
    }
}
