package dev.ladder.ratelimit;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;

import dev.ladder.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SmallLimits.NoTrustedProxy.class)
class UntrustedForwardedForTest {
    @Inject
    Fixtures fixtures;

    @Test
    void aClientCannotPickItsOwnBucketWithXForwardedFor() {
        fixtures.registerFrom("198.51.100.1", "spoofer");
        fixtures.registerFrom("198.51.100.2", "spoofer");
        fixtures.registerFrom("198.51.100.3", "spoofer");

        assertProblem(
                        given().header("X-Forwarded-For", "198.51.100.4")
                                .contentType(ContentType.JSON)
                                .body(Map.of("login", "spoofer", "password", "whatever-password"))
                                .when()
                                .post("/api/v1/auth/login")
                                .then(),
                        429,
                        "too-many-requests")
                .header("RateLimit-Limit", "3");
    }
}
