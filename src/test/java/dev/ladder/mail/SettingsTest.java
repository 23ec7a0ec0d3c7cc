package dev.ladder.mail;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET/PATCH /me/settings, and unsubscribe links (whose mail the other tests here receive). */
@QuarkusTest
class SettingsTest {
    @Inject
    Fixtures fixtures;

    @Inject
    UnsubscribeTokens tokens;

    private static Map<String, Object> patch(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, value);
        return body;
    }

    private static io.restassured.response.ValidatableResponse update(Account reader, Object body) {
        return reader.as().body(body).when().patch("/api/v1/me/settings").then();
    }

    private static void assertSettings(Account reader, String emailDigest, boolean emailOnAnswer) {
        reader.as()
                .when()
                .get("/api/v1/me/settings")
                .then()
                .statusCode(200)
                .body("emailDigest", is(emailDigest))
                .body("emailOnAnswer", is(emailOnAnswer));
    }

    private UUID idOf(Account account) {
        return UUID.fromString(fixtures.string("SELECT id::text FROM users WHERE handle = ?", account.handle()));
    }

    @Test
    void aWeeklyDigestAndMailAboutAnswersUntilChanged() {
        Account reader = fixtures.register("reader");
        assertSettings(reader, "weekly", true);

        update(reader, Map.of("emailDigest", "daily"))
                .statusCode(200)
                .body("emailDigest", is("daily"))
                .body("emailOnAnswer", is(true));
        update(reader, Map.of("emailOnAnswer", false))
                .statusCode(200)
                .body("emailDigest", is("daily"))
                .body("emailOnAnswer", is(false));
        update(reader, Map.of()).statusCode(200).body("emailDigest", is("daily"));
        assertSettings(reader, "daily", false);

        assertProblem(given().when().get("/api/v1/me/settings").then(), 401, "unauthorized");
        assertProblem(
                given().contentType("application/json")
                        .body(Map.of("emailDigest", "off"))
                        .when()
                        .patch("/api/v1/me/settings")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void badSettingsAre400sAndChangeNothing() {
        Account reader = fixtures.register("reader");
        for (Object body : List.of(
                patch("emailDigest", "monthly"),
                patch("emailDigest", "WEEKLY"),
                patch("emailDigest", null),
                patch("emailDigest", 7),
                patch("emailOnAnswer", null),
                patch("emailOnAnswer", "yes"))) {
            update(reader, body).statusCode(400).contentType("application/problem+json");
        }
        update(reader, "[]").statusCode(400).contentType("application/problem+json");
        assertSettings(reader, "weekly", true);
    }

    @Test
    void anUnsubscribeLinkWorksSignedOutAndOnlyForWhatItNames() {
        Account reader = fixtures.register("reader");
        String digest = tokens.sign(idOf(reader), MailList.DIGEST);
        String answers = tokens.sign(idOf(reader), MailList.ANSWERS);

        // One click, as RFC 8058 mail clients send it, twice: the second changes nothing.
        for (int i = 0; i < 2; i++) {
            given().contentType("application/x-www-form-urlencoded")
                    .body("List-Unsubscribe=One-Click")
                    .queryParam("token", digest)
                    .when()
                    .post("/api/v1/unsubscribe")
                    .then()
                    .statusCode(200)
                    .body("emailDigest", is("off"))
                    .body("emailOnAnswer", is(true));
        }
        given().queryParam("token", answers)
                .when()
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(200)
                .body("emailDigest", is("off"))
                .body("emailOnAnswer", is(false));
        assertSettings(reader, "off", false);
    }

    @Test
    void theLinkOfAnAccountThatIsGoneIsA404() {
        Account reader = fixtures.register("reader");
        UUID id = idOf(reader);
        String digest = tokens.sign(id, MailList.DIGEST);
        fixtures.update("DELETE FROM users WHERE id = ?::uuid", id.toString());

        assertProblem(
                given().queryParam("token", digest)
                        .when()
                        .post("/api/v1/unsubscribe")
                        .then(),
                404,
                "not-found");
        assertEquals(0, fixtures.count("SELECT count(*) FROM email_settings WHERE user_id = ?::uuid", id.toString()));
    }

    @Test
    void anUnsubscribeTokenIsNoAccessTokenNorAnAccessTokenOne() {
        Account reader = fixtures.register("reader");
        String digest = tokens.sign(idOf(reader), MailList.DIGEST);

        assertProblem(given().auth().oauth2(digest).when().get("/api/v1/me").then(), 401, "unauthorized");
        for (String token : List.of(reader.accessToken(), "not-a-token", digest.substring(0, digest.length() - 4))) {
            assertProblem(
                    given().queryParam("token", token)
                            .when()
                            .post("/api/v1/unsubscribe")
                            .then(),
                    400,
                    "bad-request");
        }
        assertProblem(given().when().post("/api/v1/unsubscribe").then(), 400, "validation");
        assertSettings(reader, "weekly", true);
    }
}
