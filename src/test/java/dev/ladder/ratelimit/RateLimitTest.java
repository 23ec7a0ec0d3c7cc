package dev.ladder.ratelimit;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SmallLimits.class)
class RateLimitTest {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    Fixtures fixtures;

    @Inject
    ManualClock clock;

    @Inject
    ReadCounts readCounts;

    @Inject
    BucketStore shared;

    @Inject
    RateLimitConfig config;

    /** An address no other request of the run comes from (198.18.0.0/15 is reserved for tests). */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
    }

    private static Response login(String address, String login, String password) {
        return from(address)
                .body(Map.of("login", login, "password", password))
                .when()
                .post("/api/v1/auth/login");
    }

    private static ValidatableResponse assertRateLimited(Response response, String detail) {
        return assertProblem(response.then(), 429, "too-many-requests")
                .header("Retry-After", "20")
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60")
                .body("detail", containsString(detail));
    }

    @Test
    void loginNameIsLimitedWhateverTheAddressAndIsAllowedAgainAfterTheRefill() {
        Account victim = fixtures.registerFrom(newAddress(), "victim");
        // A botnet: every attempt from another address, the name in any case.
        login(newAddress(), victim.handle(), "wrong-password-1").then().statusCode(401);
        login(newAddress(), victim.handle().toUpperCase(), "wrong-password-2")
                .then()
                .statusCode(401);
        login(newAddress(), victim.handle(), "wrong-password-3").then().statusCode(401);

        assertRateLimited(
                login(newAddress(), victim.handle(), Fixtures.PASSWORD), "Too many login attempts with this login");

        clock.advance(Duration.ofSeconds(20));
        login(newAddress(), victim.handle(), Fixtures.PASSWORD).then().statusCode(200);
        login(newAddress(), victim.handle(), Fixtures.PASSWORD).then().statusCode(429);
    }

    /** DELETE /me takes the password, so it must not be a way around the login limit to guess it. */
    @Test
    void erasingAnAccountCountsAsALoginAttemptOnItsHandle() {
        Account victim = fixtures.registerFrom(newAddress(), "erasable");
        login(newAddress(), victim.handle(), "wrong-password-1").then().statusCode(401);
        login(newAddress(), victim.handle(), "wrong-password-2").then().statusCode(401);
        victim.as()
                .header("X-Forwarded-For", newAddress())
                .body(Map.of("password", "wrong-password-3"))
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(403);

        assertRateLimited(
                victim.as()
                        .header("X-Forwarded-For", newAddress())
                        .body(Map.of("password", Fixtures.PASSWORD))
                        .when()
                        .delete("/api/v1/me"),
                "Too many login attempts with this login");
        victim.as()
                .header("X-Forwarded-For", newAddress())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedByTheAddressLimit() {
        String stuffer = newAddress();
        for (int i = 0; i < 3; i++) {
            login(stuffer, Fixtures.uniqueHandle("leaked"), "leaked-password")
                    .then()
                    .statusCode(401)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        assertRateLimited(
                login(stuffer, Fixtures.uniqueHandle("leaked"), "leaked-password"),
                "Too many sign-in requests from your address");
    }

    @Test
    void registerIsLimitedPerAddress() {
        String classroom = newAddress();
        for (int i = 0; i < 3; i++) {
            fixtures.registerFrom(classroom, "pupil");
        }
        Map<String, String> body = Map.of(
                "handle",
                Fixtures.uniqueHandle("pupil"),
                "email",
                "late-pupil@example.com",
                "password",
                Fixtures.PASSWORD,
                "displayName",
                "Late pupil");
        assertRateLimited(
                from(classroom).body(body).when().post("/api/v1/auth/register"),
                "Too many sign-in requests from your address");

        from(newAddress())
                .body(body)
                .when()
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
    }

    @Test
    void refreshIsLimitedPerAddress() {
        String address = newAddress();
        String refreshToken = fixtures.registerFrom(newAddress(), "refresher").refreshToken();
        for (int i = 0; i < 3; i++) {
            refreshToken = from(address)
                    .body(Map.of("refreshToken", refreshToken))
                    .when()
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("refreshToken");
        }
        assertRateLimited(
                from(address).body(Map.of("refreshToken", refreshToken)).when().post("/api/v1/auth/refresh"),
                "Too many sign-in requests from your address");
    }

    @Test
    void writesAreLimitedPerUserAndOneUsersExhaustionLeavesAnotherAlone() {
        Account busy = fixtures.registerFrom(newAddress(), "busy");
        Account calm = fixtures.registerFrom(newAddress(), "calm");
        for (int i = 0; i < 3; i++) {
            busy.as()
                    .body(Map.of("displayName", "Busy " + i))
                    .when()
                    .patch("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        assertRateLimited(
                busy.as().body(Map.of("displayName", "Busy again")).when().patch("/api/v1/me"),
                "Too many changes from your account");

        calm.as()
                .body(Map.of("displayName", "Calm"))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "2");
    }

    @Test
    void commentsAreWritesAndCountInTheUsersBucket() {
        Account asker = fixtures.registerFrom(newAddress(), "asker");
        Account chatty = fixtures.registerFrom(newAddress(), "chatty");
        String comments =
                "/api/v1/questions/" + fixtures.ask(asker, "A question drawing many comments", false) + "/comments";
        for (int i = 0; i < 3; i++) {
            chatty.as()
                    .body(Map.of("body", "Comment " + i))
                    .when()
                    .post(comments)
                    .then()
                    .statusCode(201)
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        assertRateLimited(
                chatty.as().body(Map.of("body", "One more")).when().post(comments),
                "Too many changes from your account");
    }

    @Test
    void readsAreLimitedPerAddressSignedInOrNot() {
        String reader = newAddress();
        Account account = fixtures.registerFrom(newAddress(), "reader");
        for (int i = 0; i < 5; i++) {
            RequestSpecification read = i == 2 ? from(reader).auth().oauth2(account.accessToken()) : from(reader);
            read.when()
                    .get("/api/v1/topics")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(4 - i))
                    .header("RateLimit-Reset", String.valueOf(12 * (i + 1)));
        }
        assertProblem(from(reader).when().get("/api/v1/topics").then(), 429, "too-many-requests")
                .header("Retry-After", "12")
                .header("RateLimit-Remaining", "0")
                .body("detail", is("Too many requests from your address; try again in 12 s."));

        from(newAddress()).when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void instancesCountReadsInMemoryAndShareThemThroughTheSharedBucket() {
        String reader = newAddress();
        String key = RateLimits.key(LimitKind.READS, config.reads(), reader);
        from(reader).when().get("/api/v1/topics").then().statusCode(200).header("RateLimit-Remaining", "4");
        // Another instance served this address two reads and added them to the shared bucket,
        // which does not know of this instance's read yet.
        assertEquals(3, shared.add(key, config.reads(), 2));

        readCounts.sync();
        from(reader).when().get("/api/v1/topics").then().statusCode(200).header("RateLimit-Remaining", "1");
        from(reader).when().get("/api/v1/topics").then().statusCode(200).header("RateLimit-Remaining", "0");
        from(reader).when().get("/api/v1/topics").then().statusCode(429);

        // And the other instance learns of this one's three reads at the next sync.
        readCounts.sync();
        assertEquals(-1, shared.add(key, config.reads(), 1));
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        for (int i = 1; i <= 5; i++) {
            from("[2001:db8:7:1::" + i + "]")
                    .when()
                    .get("/api/v1/topics")
                    .then()
                    .statusCode(200);
        }
        from("[2001:db8:7:1:ffff::6]").when().get("/api/v1/topics").then().statusCode(429);
        from("[2001:db8:7:2::1]").when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void racingRequestsGetExactlyTheCapacity() throws Exception {
        Account racer = fixtures.registerFrom(newAddress(), "racer");
        List<Callable<Response>> writes = Collections.nCopies(
                12, () -> racer.as().body(Map.of("displayName", "Racer")).when().patch("/api/v1/me"));
        List<Callable<Response>> logins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String address = newAddress();
            logins.add(() -> login(address, racer.email(), "wrong-password"));
        }

        List<Integer> writeStatuses = Concurrently.statuses(12, writes);
        assertEquals(3, Collections.frequency(writeStatuses, 200), writeStatuses.toString());
        assertEquals(9, Collections.frequency(writeStatuses, 429), writeStatuses.toString());
        List<Integer> loginStatuses = Concurrently.statuses(12, logins);
        assertEquals(3, Collections.frequency(loginStatuses, 401), loginStatuses.toString());
        assertEquals(9, Collections.frequency(loginStatuses, 429), loginStatuses.toString());
    }

    @Test
    void browsersOnOtherOriginsCanReadTheHeaders() {
        from(newAddress())
                .header("Origin", "http://localhost:5173")
                .when()
                .get("/api/v1/topics")
                .then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }
}
