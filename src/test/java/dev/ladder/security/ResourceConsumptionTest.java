package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API4:2023 Unrestricted Resource Consumption: every input that costs the server in proportion to
 * its size has a cap, and going over it is a 4xx problem, never a 500 or a hung request. (Title,
 * body length and the number of topics of a question: QuestionResourceTest; positions per
 * account: PositionResourceTest.)
 */
@QuarkusTest
class ResourceConsumptionTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Fixtures fixtures;

    @Test
    void everyListRefusesALimitOutsideItsRange() {
        Account reader = fixtures.register("lister");
        // The moderators' lists (the flag queue, the log) are read as one.
        Account moderator = fixtures.registerWithRole("lister", "moderator");
        List<Contract.Operation> lists = Contract.operations().stream()
                .filter(op -> op.query().contains("limit"))
                .toList();
        assertTrue(lists.size() >= 8, "the lists of openapi.yaml: " + lists);
        for (Contract.Operation list : lists) {
            Account caller = list.roles().isEmpty() ? reader : moderator;
            for (int limit : List.of(0, 101, -1)) {
                assertProblem(
                                list.send(caller.as().queryParam("limit", limit).queryParam("q", "x"))
                                        .then(),
                                400,
                                "validation")
                        .body("errors[0].field", is("limit"));
            }
            assertProblem(
                    list.send(caller.as().queryParam("limit", "9".repeat(30)).queryParam("q", "x"))
                            .then(),
                    400,
                    "bad-request");
        }
    }

    @Test
    void aCursorThatIsNotOneIsA400WhateverItsLength() {
        for (String cursor : List.of("x".repeat(10_000), "eyJ" + "A".repeat(5000))) {
            assertProblem(
                            given().queryParam("cursor", cursor)
                                    .when()
                                    .get("/api/v1/questions")
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("cursor"));
        }
    }

    /** 1,000 characters is the cap, in any script: the request line has room for it percent-encoded. */
    @Test
    void searchQueriesAreCappedAt1000Characters() {
        given().queryParam("q", "工".repeat(1000))
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200);
        assertProblem(
                        given().queryParam("q", "工".repeat(1001))
                                .when()
                                .get("/api/v1/search")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("q"));
        assertProblem(
                given().queryParam("q", "x".repeat(1001))
                        .when()
                        .get("/api/v1/search")
                        .then(),
                400,
                "validation");
    }

    @Test
    void aBodyOverOneMegabyteIs413Problem() {
        String huge = "{\"login\": \"" + "a".repeat(1_100_000) + "\", \"password\": \"x\"}";
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(huge)
                        .when()
                        .post("/api/v1/auth/login")
                        .then(),
                413,
                "payload-too-large");
    }

    /** A chunked body announces no length, so it is counted as it is read: the same problem, not Vert.x's empty 413. */
    @Test
    void aChunkedBodyOverOneMegabyteIs413ProblemAndASmallOneIsRead() throws Exception {
        for (int size : List.of(1_100_000, 5_000_000)) {
            HttpResponse<String> response =
                    postChunked("/api/v1/auth/login", "{\"login\": \"" + "a".repeat(size) + "\", \"password\": \"x\"}");
            assertEquals(413, response.statusCode(), response.body());
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
            JsonNode problem = new ObjectMapper().readTree(response.body());
            assertEquals(
                    "https://ladder.dev/problems/payload-too-large",
                    problem.path("type").asText());
            assertEquals(
                    "Request bodies are limited to 1024 KiB.",
                    problem.path("detail").asText());
        }
        HttpResponse<String> small =
                postChunked("/api/v1/auth/login", "{\"login\": \"nobody_at_all\", \"password\": \"wrong-password\"}");
        assertEquals(401, small.statusCode(), small.body());
    }

    private static HttpResponse<String> postChunked(String path, String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // Two streams, so that the client cannot know the length and must send it in chunks.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(bytes, 0, bytes.length / 2),
                        new ByteArrayInputStream(bytes, bytes.length / 2, bytes.length - bytes.length / 2))))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Nesting costs stack in the Markdown parser and renderer (15,000 levels fit in 30,000
     * characters) and is silently cut by the sanitizer: deeper than 50 levels is a 400.
     */
    @Test
    void deeplyNestedMarkdownIsRefused() {
        Account author = fixtures.register("nester");
        String question = fixtures.ask(author, "Where does deeply nested Markdown go?", false);
        for (String body : List.of(
                ">".repeat(10_000) + " deep",
                "- ".repeat(10_000) + "deep",
                "1. ".repeat(9_000) + "deep",
                "> - ".repeat(7_000) + "deep",
                "*".repeat(14_999) + "x" + "*".repeat(14_999),
                "*a ".repeat(9_000) + "x" + "*".repeat(9_000))) {
            long started = System.nanoTime();
            assertProblem(
                            author.as()
                                    .body(Map.of("body", body))
                                    .when()
                                    .post("/api/v1/questions/" + question + "/answers")
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("body"));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "took too long to refuse");
            assertProblem(
                            author.as()
                                    .body(Map.of("body", body))
                                    .when()
                                    .patch("/api/v1/questions/" + question)
                                    .then(),
                            400,
                            "validation")
                    .body("errors[0].field", is("body"));
        }
        assertEquals(0, fixtures.count("SELECT count(*) FROM answers WHERE question_id = ?::uuid", question));
        assertEquals(
                "Some **context** for: Where does deeply nested Markdown go?",
                fixtures.string("SELECT body FROM questions WHERE id = ?::uuid", question));
    }

    /** 48 quotes, a paragraph and its text: 50 levels of the document, as deep as it may go. */
    @Test
    void nestingUpToTheLimitIsRenderedWhole() {
        Account author = fixtures.register("nester");
        String question = fixtures.ask(author, "How deep may Markdown nest and still render?", false);
        String html = author.as()
                .body(Map.of("body", ">".repeat(48) + " deep"))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201)
                .extract()
                .path("bodyHtml");
        assertEquals(48, html.split("<blockquote>", -1).length - 1, html);
        assertTrue(html.contains("<p>deep</p>"), html);
        assertProblem(
                        author.as()
                                .body(Map.of("body", ">".repeat(49) + " deep"))
                                .when()
                                .post("/api/v1/questions/" + question + "/answers")
                                .then(),
                        400,
                        "validation")
                .body(
                        "errors[0].message",
                        is("must not nest quotes, lists, emphasis or links more than 50 levels deep"));
    }
}
