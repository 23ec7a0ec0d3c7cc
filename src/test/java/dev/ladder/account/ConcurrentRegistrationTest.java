package dev.ladder.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentRegistrationTest {
    @Inject
    Fixtures fixtures;

    @Test
    void twentyRacingRegistrationsOfOneHandleMakeExactlyOneAccount() throws Exception {
        String handle = Fixtures.uniqueHandle("race");
        int racers = 20;
        List<Callable<Response>> registrations = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            // Each racer spells the handle differently and has its own email: only the handle collides.
            String spelling = i % 2 == 0 ? handle.toUpperCase(Locale.ROOT) : handle.toLowerCase(Locale.ROOT);
            String variant =
                    i < 2 ? spelling : spelling.substring(0, 1).toUpperCase(Locale.ROOT) + spelling.substring(1);
            Map<String, Object> body = Map.of(
                    "handle",
                    i % 3 == 0 ? variant : spelling,
                    "email",
                    "racer" + i + "-" + handle.toLowerCase(Locale.ROOT) + "@example.com",
                    "password",
                    Fixtures.PASSWORD,
                    "displayName",
                    "Racer " + i);
            registrations.add(() ->
                    given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/register"));
        }
        int created = 0;
        int conflicts = 0;
        for (Response response : Concurrently.send(racers, registrations)) {
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() == 409 && response.contentType().startsWith("application/problem+json")) {
                conflicts++;
            }
        }
        assertEquals(1, created);
        assertEquals(racers - 1, conflicts);
        assertEquals(1, fixtures.count("SELECT count(*) FROM users WHERE lower(handle) = lower(?)", handle));
    }
}
