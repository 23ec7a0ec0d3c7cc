package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.TokenUse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * API2:2023 Broken Authentication: the JWT attack set. Tokens are built by hand (Base64 and
 * java.security, the dev keys from src/test/resources/dev-keys), so each attack changes exactly
 * one thing of a token the server accepts; every one of them is the same 401 problem, never a 500
 * (past Vert.x's 20 KB header limit a token gets an empty 431 instead). Contract-wide: every
 * operation that needs a token refuses one of an account that does not exist. And refresh tokens:
 * a logout racing a refresh leaves no token of the family alive. (Credential stuffing and rate
 * limits are tested where they are made.)
 */
@QuarkusTest
class BrokenAuthenticationTest {
    private static final Path KEYS = Path.of("src/test/resources/dev-keys");
    /** The header of the tokens TokenService signs. */
    private static final Map<String, Object> RS256 = Map.of("alg", "RS256", "typ", "JWT", "kid", "ladder");

    @Inject
    Fixtures fixtures;

    private Account account;

    private Account account() {
        if (account == null) {
            account = fixtures.register("jwt");
        }
        return account;
    }

    private String subject() {
        return fixtures.string(
                "SELECT id::text FROM users WHERE handle = ?", account().handle());
    }

    /** Everything right, as TokenService issues it, until a test changes one claim. */
    private Map<String, Object> claims(String subject) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://ladder.dev");
        claims.put("aud", "ladder-api");
        claims.put("sub", subject);
        claims.put("groups", List.of("user"));
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private Map<String, Object> claims() {
        return claims(subject());
    }

    private static String rs256(Map<String, Object> claims, PrivateKey key) throws Exception {
        String signed = part(RS256) + "." + part(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + base64(rsa.sign());
    }

    private static String rs256(Map<String, Object> claims) throws Exception {
        return rs256(claims, devPrivateKey());
    }

    private static PrivateKey devPrivateKey() throws Exception {
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(pem(KEYS.resolve("private-key.pem"))));
    }

    private static byte[] pem(Path file) throws Exception {
        return Base64.getMimeDecoder().decode(Files.readString(file).replaceAll("-----[A-Z ]+-----", ""));
    }

    private static String part(Map<String, Object> json) {
        return base64(toJson(json).getBytes(StandardCharsets.UTF_8));
    }

    private static String toJson(Map<String, Object> json) {
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void assertRejected(String token) {
        assertProblem(
                        given().header("Authorization", "Bearer " + token)
                                .when()
                                .get("/api/v1/me")
                                .then(),
                        401,
                        "unauthorized")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aHandBuiltTokenSignedWithOurKeyIsAccepted() throws Exception {
        given().auth()
                .oauth2(rs256(claims()))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("handle", is(account().handle()));
    }

    @Test
    void missingTokenAndGarbageAreRejected() {
        assertProblem(given().when().get("/api/v1/me").then(), 401, "unauthorized");
        assertRejected("garbage");
        assertRejected("a.b.c");
        assertProblem(
                given().header("Authorization", "Basic dXNlcjpwYXNz")
                        .when()
                        .get("/api/v1/me")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String header = part(Map.of("alg", "none", "typ", "JWT"));
        assertRejected(header + "." + part(claims()) + ".");
        assertRejected(header + "." + part(claims()));
    }

    @Test
    void tamperedPayloadIsRejected() throws Exception {
        String[] parts = rs256(claims()).split("\\.");
        Map<String, Object> admin = claims();
        admin.put("groups", List.of("user", "moderator", "admin"));
        String forged = parts[0] + "." + part(admin) + "." + parts[2];
        assertRejected(forged);
        // Nor does the forged admin group reach an admin route.
        assertProblem(
                given().auth()
                        .oauth2(forged)
                        .contentType(ContentType.JSON)
                        .body(Map.of("role", "admin"))
                        .when()
                        .put("/api/v1/users/" + account().handle() + "/role")
                        .then(),
                401,
                "unauthorized");
        assertEquals(
                "user",
                fixtures.string(
                        "SELECT role FROM users WHERE handle = ?", account().handle()));
    }

    @Test
    void tamperedSignatureIsRejected() throws Exception {
        String token = rs256(claims());
        char last = token.charAt(token.length() - 5);
        assertRejected(token.substring(0, token.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + token.substring(token.length() - 4));
    }

    /** A token we signed, with one thing in its claims changed. */
    private void assertRejectedWhen(Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> claims = claims();
        change.accept(claims);
        assertRejected(rs256(claims));
    }

    @Test
    void expiredAndNotYetValidTokensAreRejected() throws Exception {
        long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        long inAnHour = Instant.now().plusSeconds(3600).getEpochSecond();
        assertRejectedWhen(claims -> claims.putAll(Map.of("iat", hourAgo, "exp", hourAgo + 600)));
        assertRejectedWhen(claims -> claims.putAll(Map.of("nbf", inAnHour, "exp", inAnHour + 600)));
    }

    @Test
    void wrongIssuerOrAudienceIsRejected() throws Exception {
        assertRejectedWhen(claims -> claims.put("iss", "https://evil.example"));
        assertRejectedWhen(claims -> claims.put("aud", "another-api"));
        assertRejectedWhen(claims -> claims.remove("aud"));
        assertRejectedWhen(claims -> claims.remove("exp"));
    }

    /** Algorithm confusion: a verifier that took "alg" from the token would check this HMAC with the public key it holds. */
    @Test
    void hs256SignedWithThePublicKeyIsRejected() throws Exception {
        String signed = part(Map.of("alg", "HS256", "typ", "JWT", "kid", "ladder")) + "." + part(claims());
        for (byte[] secret :
                List.of(Files.readAllBytes(KEYS.resolve("public-key.pem")), pem(KEYS.resolve("public-key.pem")))) {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            assertRejected(signed + "." + base64(hmac.doFinal(signed.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertRejected(rs256(claims(), generator.generateKeyPair().getPrivate()));
    }

    /**
     * Up to Vert.x's 20 KB header limit a token is read and refused with the problem; past it
     * Vert.x refuses the whole request with an empty 431 before the application sees it. The
     * oversized token stays small enough (24 kB) to arrive in one loopback segment: with more,
     * Vert.x closes while request bytes are still unread, the kernel answers with a reset and the
     * client sees a broken pipe instead of the 431.
     */
    @Test
    void hugeTokensAreRejectedWithoutAServerError() throws Exception {
        Map<String, Object> padded = claims();
        padded.put("pad", "x".repeat(12_000));
        assertRejected(rs256(padded).replace('x', 'y'));
        assertRejected("a".repeat(6000) + "." + "b".repeat(6000) + "." + "c".repeat(6000));
        given().header("Authorization", "Bearer " + "a".repeat(24_000))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(431);
    }

    @Test
    void aTokenOfAnAccountThatNoLongerExistsIsRejectedEverywhere() throws Exception {
        Account gone = fixtures.register("gone");
        String id = fixtures.string("SELECT id::text FROM users WHERE handle = ?", gone.handle());
        fixtures.update("DELETE FROM users WHERE id = ?::uuid", id);
        for (String token :
                List.of(gone.accessToken(), rs256(claims(UUID.randomUUID().toString())), rs256(claims("not-a-uuid")))) {
            for (Contract.Operation op : Contract.operations()) {
                if (op.secured()) {
                    assertProblem(op.send(given().auth().oauth2(token)).then(), 401, "unauthorized");
                }
            }
        }
    }

    /**
     * One rule for a token that is sent: every operation that lists bearerAuth, required or
     * optional, refuses a bad one, whether or not it asks who is calling. The /auth operations
     * ignore the header (their 400 here is the empty body's).
     */
    @Test
    void aSentTokenMustBeValidOnEveryOperationThatTakesOne() {
        for (String header : List.of("Bearer garbage", "Bearer a.b.c", "Basic dXNlcjpwYXNz")) {
            for (Contract.Operation op : Contract.operations()) {
                Response response = op.send(given().header("Authorization", header));
                if (op.token() == TokenUse.IGNORED) {
                    assertEquals(400, response.statusCode(), op.key() + " with " + header);
                } else {
                    assertProblem(response.then(), 401, "unauthorized").header("WWW-Authenticate", "Bearer");
                }
            }
        }
    }

    @Test
    void anExpiredAccessTokenSentAlongDoesNotStopARefresh() throws Exception {
        Account account = account();
        Map<String, Object> expired = claims();
        expired.put("iat", Instant.now().minusSeconds(3600).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(60).getEpochSecond());
        given().auth()
                .oauth2(rs256(expired))
                .contentType(ContentType.JSON)
                .body(Map.of("refreshToken", account.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
    }

    /**
     * A client logs out while a refresh of the same token is in flight. Logout and refresh take
     * turns on the token family, so whichever runs second sees the other: a refresh after the
     * logout fails, a logout after the refresh also revokes the token it issued.
     */
    @Test
    void afterALogoutRacingARefreshNoTokenOfTheFamilyWorks() throws Exception {
        for (int round = 0; round < 20; round++) {
            Account account = fixtures.register("race");
            Map<String, String> token = Map.of("refreshToken", account.refreshToken());
            List<Response> responses = Concurrently.send(
                    2,
                    List.of(
                            () -> given().contentType(ContentType.JSON)
                                    .body(token)
                                    .when()
                                    .post("/api/v1/auth/refresh"),
                            () -> given().contentType(ContentType.JSON)
                                    .body(token)
                                    .when()
                                    .post("/api/v1/auth/logout")));
            Response refresh = responses.get(0);
            assertEquals(204, responses.get(1).statusCode());
            if (refresh.statusCode() == 200) {
                assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("refreshToken", refresh.path("refreshToken")))
                                .when()
                                .post("/api/v1/auth/refresh")
                                .then(),
                        401,
                        "unauthorized");
            } else {
                assertProblem(refresh.then(), 401, "unauthorized");
            }
            assertEquals(
                    0,
                    fixtures.count(
                            "SELECT count(*) FROM refresh_tokens t JOIN users u ON u.id = t.user_id"
                                    + " WHERE u.handle = ? AND t.revoked_at IS NULL",
                            account.handle()),
                    "round " + round);
        }
    }
}
