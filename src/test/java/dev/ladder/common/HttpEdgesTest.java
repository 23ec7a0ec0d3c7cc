package dev.ladder.common;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        assertProblem(given().contentType(ContentType.TEXT).body("handle=x").when().post("/api/v1/auth/login").then(),
                415, "unsupported-media-type");
    }

    @Test
    void malformedJsonIs400Problem() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"login\": ").when().post("/api/v1/auth/login").then(),
                400, "malformed-json");
        assertProblem(given().contentType(ContentType.JSON).body("[1, 2]").when().post("/api/v1/auth/login").then(),
                400, "malformed-json");
    }

    @Test
    void wrongTypesNameTheField() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"login\": {\"a\": 1}, \"password\": \"x\"}")
                .when().post("/api/v1/auth/login").then(), 400, "validation")
                .body("errors[0].field", is("login"));
    }

    @Test
    void missingBodyIs400Problem() {
        assertProblem(given().contentType(ContentType.JSON).when().post("/api/v1/auth/login").then(), 400, "validation")
                .body("errors[0].field", is("body"));
    }

    @Test
    void corsLetsBrowsersReadTheCachingAndPagingHeaders() {
        given().header("Origin", "http://localhost:5173").queryParam("limit", 1).when().get("/api/v1/topics").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Link", containsString("rel=\"next\""));
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "if-match,if-none-match")
                .when().options("/api/v1/questions/00000000-0000-0000-0000-000000000000").then()
                .statusCode(200)
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void healthAndMetricsAnswer() {
        given().when().get("/api/v1/topics").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/metrics").then().statusCode(200)
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
        given().contentType(ContentType.JSON).body("{\"login\": [\"x\"], \"password\": 1}")
                .when().post("/api/v1/auth/login").then()
                .statusCode(400)
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("dev.ladder")));
    }
}
