package dev.ladder.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API8:2023 Security Misconfiguration: every response, errors and unknown paths included, tells
 * browsers not to sniff its type and names no server or version; CORS answers only the origins it
 * is configured with. (The prod profile's empty origin list is checked on the packaged jar:
 * PackagedAppIT.)
 */
@QuarkusTest
class SecurityMisconfigurationTest {
    @Inject
    Fixtures fixtures;

    /** One response of each kind the API gives: success, every error status, the framework's own pages. */
    private Map<String, Response> responsesOfEveryKind() {
        Account user = fixtures.register("headers");
        String question = fixtures.ask(user, "Which headers does every response carry?", false);
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("200", given().when().get("/api/v1/topics"));
        responses.put(
                "201",
                user.as().body(Map.of("body", "An answer.")).when().post("/api/v1/questions/" + question + "/answers"));
        responses.put("204", user.as().when().delete("/api/v1/questions/" + question));
        responses.put("400", given().queryParam("limit", 500).when().get("/api/v1/questions"));
        responses.put("401", given().when().get("/api/v1/me"));
        responses.put("403", user.as().body(Map.of("name", "x")).when().patch("/api/v1/topics/startups"));
        responses.put("404 api", given().when().get("/api/v1/nothing-here"));
        responses.put("404 elsewhere", given().accept("text/html").when().get("/no/such/page"));
        responses.put("405", given().when().delete("/api/v1/auth/login"));
        responses.put(
                "413",
                given().contentType(ContentType.JSON)
                        .body("{\"login\":\"" + "a".repeat(1_100_000) + "\"}")
                        .when()
                        .post("/api/v1/auth/login"));
        responses.put(
                "415", given().contentType(ContentType.TEXT).body("x").when().post("/api/v1/auth/login"));
        responses.put("openapi", given().when().get("/q/openapi"));
        responses.put("swagger-ui", given().when().get("/q/swagger-ui/"));
        responses.put("health", given().when().get("/q/health/ready"));
        responses.put("metrics", given().when().get("/q/metrics"));
        responses.put(
                "preflight",
                given().header("Origin", "http://localhost:5173")
                        .header("Access-Control-Request-Method", "POST")
                        .when()
                        .options("/api/v1/questions"));
        return responses;
    }

    @Test
    void everyResponseForbidsSniffingAndNamesNoServer() {
        responsesOfEveryKind().forEach((kind, response) -> {
            assertEquals("nosniff", response.header("X-Content-Type-Options"), kind);
            assertNull(response.header("Server"), kind);
            assertNull(response.header("X-Powered-By"), kind);
            String headers = response.getHeaders().toString().toLowerCase(Locale.ROOT);
            for (String banner : new String[] {"quarkus", "vert.x", "netty", "resteasy"}) {
                assertFalse(headers.contains(banner), kind + " names " + banner + ": " + headers);
            }
        });
    }

    @Test
    void corsAnswersConfiguredOriginsOnly() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when()
                .options("/api/v1/questions")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Max-Age", "86400");
        for (String origin :
                new String[] {"http://evil.example", "null", "http://localhost:5173.evil.example", "http://localhost"
                }) {
            Response preflight = given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .when()
                    .options("/api/v1/topics");
            Response read = given().header("Origin", origin).when().get("/api/v1/topics");
            for (Response response : new Response[] {preflight, read}) {
                assertNull(response.header("Access-Control-Allow-Origin"), origin);
                assertFalse("true".equals(response.header("Access-Control-Allow-Credentials")), origin);
            }
        }
    }
}
