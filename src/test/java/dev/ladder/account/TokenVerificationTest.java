package dev.ladder.account;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every way a bearer token can be wrong gets the same 401 problem; only a token we signed gets in. */
@QuarkusTest
class TokenVerificationTest {
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
        return fixtures.string("SELECT id::text FROM users WHERE handle = ?", account().handle());
    }

    /** Signed with the test key: everything right unless a test changes it. */
    private JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.subject(subject()).issuer("https://ladder.dev").audience("ladder-api")
                .groups(Set.of("user")).issuedAt(now).expiresAt(now.plusSeconds(300));
    }

    private static void assertRejected(String authorization) {
        assertProblem(given().header("Authorization", authorization).when().get("/api/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenSignedWithOurKeyIsAccepted() {
        given().auth().oauth2(claims().jws().sign()).when().get("/api/v1/me").then()
                .statusCode(200).body("handle", is(account().handle()));
    }

    @Test
    void missingTokenIsRejected() {
        assertProblem(given().when().get("/api/v1/me").then(), 401, "unauthorized");
    }

    @Test
    void garbageIsRejected() {
        assertRejected("Bearer garbage");
        assertRejected("Bearer a.b.c");
        assertRejected("Basic dXNlcjpwYXNz");
    }

    @Test
    void expiredTokenIsRejected() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRejected("Bearer " + claims().issuedAt(past).expiresAt(past.plusSeconds(600)).jws().sign());
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = claims().jws().sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRejected("Bearer " + forged);
    }

    @Test
    void tamperedSignatureIsRejected() {
        String token = claims().jws().sign();
        char last = token.charAt(token.length() - 5);
        assertRejected("Bearer " + token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4));
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String[] parts = claims().jws().sign().split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected("Bearer " + header + "." + parts[1] + ".");
    }

    @Test
    void wrongIssuerIsRejected() {
        assertRejected("Bearer " + claims().issuer("https://evil.example").jws().sign());
    }

    @Test
    void wrongAudienceIsRejected() {
        assertRejected("Bearer " + claims().audience("another-api").jws().sign());
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        assertRejected("Bearer " + claims().jws().sign(otherKey));
    }

    @Test
    void hugeTokenIsRejectedCleanly() {
        assertRejected("Bearer " + "a".repeat(4000) + "." + "b".repeat(4000) + "." + "c".repeat(4000));
    }
}
