package dev.ladder.common;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.support.ContractValidator;
import dev.ladder.support.ContractValidator.Exchange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The framework's own errors are problem+json too, and the operational endpoints answer. Headers,
 * CORS and size limits: SecurityMisconfigurationTest and ResourceConsumptionTest (dev.ladder.security).
 */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void unknownRouteIs404Problem() {
        assertProblem(given().when().get("/api/v1/nothing-here").then(), 404, "not-found");
        assertProblem(given().accept("text/html").when().get("/no/such/page").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(given().when().delete("/api/v1/auth/login").then(), 405, "method-not-allowed");
    }

    @Test
    void wrongContentTypeIs415Problem() {
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body("handle=x")
                        .when()
                        .post("/api/v1/auth/login")
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void malformedJsonIs400Problem() {
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"login\": ")
                        .when()
                        .post("/api/v1/auth/login")
                        .then(),
                400,
                "malformed-json");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("[1, 2]")
                        .when()
                        .post("/api/v1/auth/login")
                        .then(),
                400,
                "malformed-json");
    }

    @Test
    void wrongTypesNameTheField() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"login\": {\"a\": 1}, \"password\": \"x\"}")
                                .when()
                                .post("/api/v1/auth/login")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("login"));
    }

    @Test
    void missingBodyIs400Problem() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .when()
                                .post("/api/v1/auth/login")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("body"));
    }

    /** An answer to a request line sent as written: no HTTP client sends these URLs, most would not even parse them. */
    private record Raw(String url, int status, String contentType, JsonNode body) {
        static Raw get(String url) throws IOException {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("GET " + url + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                String[] response =
                        new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
                String[] head = response[0].split("\r\n");
                String contentType = List.of(head).stream()
                        .filter(h -> h.regionMatches(true, 0, "content-type:", 0, 13))
                        .map(h -> h.substring("content-type:".length()).strip())
                        .findFirst()
                        .orElse(null);
                String body = response.length > 1 ? response[1] : "";
                Raw raw = new Raw(
                        url, Integer.parseInt(head[0].split(" ")[1]), contentType, new ObjectMapper().readTree(body));
                // The contract's view of the same URL, its unreadable parts quoted ('%' as %25).
                int query = url.indexOf('?');
                URI quoted = new URI(
                        null,
                        null,
                        query < 0 ? url : url.substring(0, query),
                        query < 0 ? null : url.substring(query + 1),
                        null);
                List<String> violations = ContractValidator.INSTANCE.violations(
                        new Exchange("GET", quoted, null, null, null, raw.status, contentType, body));
                assertEquals(List.of(), violations, url);
                return raw;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }

        Raw isBadRequest() {
            assertEquals(400, status, url);
            assertEquals("application/problem+json", contentType, url);
            assertEquals(
                    "https://ladder.dev/problems/bad-request", body.path("type").asText(), url);
            return this;
        }

        void names(String field) {
            assertEquals(field, body.path("errors").path(0).path("field").asText(null), url + ": " + body);
            assertEquals(1, body.path("errors").size(), url + ": " + body);
        }
    }

    @Test
    void aQueryParameterThatIsNoTextIsA400ProblemNamingIt() throws IOException {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("/api/v1/questions?cursor=%%%garbage", "cursor");
        urls.put("/api/v1/questions?limit=5&cursor=abc%", "cursor");
        urls.put("/api/v1/search?q=%zz", "q");
        urls.put("/api/v1/search?q=%C0%AF", "q"); // overlong UTF-8 for '/'
        urls.put("/api/v1/search?q=nul%00byte", "q");
        urls.put("/api/v1/search?q=%ED%A0%80", "q"); // a lone surrogate
        urls.put("/api/v1/questions?topic=%FF", "topic");
        urls.put("/api/v1/topics?li%6Dit=%G1", "limit");
        urls.put("/api/v1/topics?%zz=1", "%zz");
        for (var url : urls.entrySet()) {
            Raw.get(url.getKey()).isBadRequest().names(url.getValue());
        }
    }

    @Test
    void aPathSegmentThatIsNoTextIsA400ProblemNamingItsParameter() throws IOException {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("/api/v1/questions/%C0%AF", "id");
        urls.put("/api/v1/questions/%00/answers", "id");
        urls.put("/api/v1/answers/%ED%A0%80", "id");
        urls.put("/api/v1/users/%FF", "handle");
        urls.put("/api/v1/topics/start%00ups", "slug");
        for (var url : urls.entrySet()) {
            Raw.get(url.getKey()).isBadRequest().names(url.getValue());
        }
        // A malformed escape leaves the path unroutable, so nothing knows which parameter it is.
        for (String url : List.of("/api/v1/questions/%%%", "/api/v1/topics/%zz", "/api/v1/users/a%")) {
            Raw raw = Raw.get(url).isBadRequest();
            assertFalse(raw.body().has("errors"), url);
        }
    }

    @Test
    void aForeignOriginIsA403ProblemNamingTheSetting() {
        for (String origin : new String[] {"http://evil.example", "null", "http://localhost:5173.evil.example"}) {
            assertProblem(
                            given().header("Origin", origin)
                                    .when()
                                    .get("/api/v1/topics")
                                    .then(),
                            403,
                            "forbidden")
                    .body("detail", containsString("LADDER_CORS_ORIGINS"));
        }
        // The service's own origin needs no listing.
        given().header("Origin", "http://localhost:" + RestAssured.port)
                .when()
                .get("/api/v1/topics")
                .then()
                .statusCode(200);
    }

    @Test
    void corsLetsBrowsersReadTheCachingAndPagingHeaders() {
        given().header("Origin", "http://localhost:5173")
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/topics")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Link", containsString("rel=\"next\""));
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "if-match,if-none-match")
                .when()
                .options("/api/v1/questions/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void healthAndMetricsAnswer() {
        given().when().get("/api/v1/topics").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_active_count"), containsString("agroal_awaiting_count"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void errorsNeverLeakStackTraces() {
        given().contentType(ContentType.JSON)
                .body("{\"login\": [\"x\"], \"password\": 1}")
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("dev.ladder")));
    }
}
