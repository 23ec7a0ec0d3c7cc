package dev.ladder.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.ladder.support.ContractValidator;
import dev.ladder.support.ContractValidator.Exchange;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite-wide contract check is only worth something if it can fail: hand-made exchanges it must reject. */
class ContractValidatorTest {
    private static final String TOPIC = """
            {"slug":"startups","name":"Startups","description":"Early companies.","questionCount":3,"following":null}""";
    private static final String NOT_FOUND = """
            {"type":"https://ladder.dev/problems/not-found","title":"Not found","status":404,"detail":"No such topic."}""";

    private static List<String> check(
            String method, String uri, String requestBody, int status, String contentType, String body) {
        return ContractValidator.INSTANCE.violations(new Exchange(
                method,
                URI.create("http://localhost" + uri),
                null,
                requestBody == null ? null : "application/json",
                requestBody,
                status,
                contentType,
                body));
    }

    private static List<String> getTopic(int status, String contentType, String body) {
        return check("GET", "/api/v1/topics/startups", null, status, contentType, body);
    }

    @Test
    void aDocumentedAnswerPasses() {
        assertThat(getTopic(200, "application/json;charset=UTF-8", TOPIC), empty());
        assertThat(getTopic(404, "application/problem+json", NOT_FOUND), empty());
    }

    @Test
    void anUndocumentedFieldFails() {
        assertThat(
                getTopic(200, "application/json", TOPIC.replace("}", ",\"moderatorEmail\":\"x@example.com\"}")),
                hasItem(containsString("moderatorEmail")));
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThat(
                getTopic(200, "application/json", TOPIC.replace("\"name\":\"Startups\",", "")),
                hasItem(containsString("name")));
    }

    @Test
    void aWrongTypeFails() {
        assertThat(
                getTopic(200, "application/json", TOPIC.replace("\"questionCount\":3", "\"questionCount\":\"3\"")),
                hasItem(containsString("questionCount")));
        assertThat(
                check(
                        "GET",
                        "/api/v1/questions/0b7a6c1e-5f0a-4c53-9f61-2e8f3f1b9a10/answers",
                        null,
                        200,
                        "application/json",
                        "{\"items\":[],\"nextCursor\":7}"),
                hasItem(containsString("nextCursor")));
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(getTopic(418, "application/problem+json", NOT_FOUND), hasItem(containsString("418")));
        assertThat(getTopic(500, "text/html", "<h1>oops</h1>"), hasItem(containsString("text/html")));
    }

    @Test
    void anErrorMustBeAProblem() {
        assertThat(getTopic(404, "application/json", NOT_FOUND), not(empty()));
        assertThat(getTopic(404, "application/problem+json", "{\"error\":\"not found\"}"), not(empty()));
    }

    @Test
    void aPathOutsideTheContractMustBeA404Problem() {
        assertThat(
                check("GET", "/api/v1/secrets", null, 200, "application/json", "{}"),
                hasItem(containsString("no path of the contract")));
        assertThat(check("GET", "/api/v1/secrets", null, 404, "application/problem+json", NOT_FOUND), empty());
        assertThat(check("GET", "/q/health", null, 200, "application/json", "{}"), empty());
    }

    @Test
    void anyPathMayRefuseAnotherOriginWithA403Problem() {
        String forbidden = NOT_FOUND.replace("404", "403").replace("not-found", "forbidden");
        for (String origin : new String[] {"http://evil.example", null}) {
            List<String> violations = ContractValidator.INSTANCE.violations(new Exchange(
                    "GET",
                    URI.create("http://localhost/api/v1/topics"),
                    origin,
                    null,
                    null,
                    403,
                    "application/problem+json",
                    forbidden));
            assertThat(origin, violations, origin == null ? not(empty()) : empty());
        }
        assertThat(
                ContractValidator.INSTANCE.violations(new Exchange(
                        "GET",
                        URI.create("http://localhost/api/v1/topics"),
                        "http://evil.example",
                        null,
                        null,
                        403,
                        null,
                        "")),
                not(empty()));
    }

    @Test
    void anAcceptedRequestMustBeValid() {
        String question = "{\"title\":\"Too short\",\"body\":\"Body\",\"topics\":[\"startups\"]}";
        assertThat(
                check(
                        "POST",
                        "/api/v1/questions",
                        question,
                        400,
                        "application/problem+json",
                        NOT_FOUND.replace("404", "400")),
                empty());
        assertThat(
                check(
                        "GET",
                        "/api/v1/topics?limit=101",
                        null,
                        200,
                        "application/json",
                        "{\"items\":[],\"nextCursor\":null}"),
                hasItem(containsString("limit")));
    }
}
