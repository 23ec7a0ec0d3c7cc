package dev.ladder.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Makes each test's own data through the API (and, for roles, one SQL update), with unique names. */
@ApplicationScoped
public class Fixtures {
    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Sql jdbc;

    Fixtures(DataSource db) {
        this.jdbc = new Sql(db);
    }

    public record Account(String handle, String email, String accessToken, String refreshToken) {
        public RequestSpecification as() {
            return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
        }
    }

    /** A handle no other test uses: prefix plus a per-run random part, at most 30 characters. */
    public static String uniqueHandle(String prefix) {
        String suffix = Integer.toString(SEQUENCE.incrementAndGet(), 36)
                + UUID.randomUUID().toString().substring(0, 6);
        String handle = prefix + "_" + suffix;
        return handle.length() > 30 ? handle.substring(0, 30) : handle;
    }

    public Account register(String prefix) {
        return register(prefix, given());
    }

    /** Registers from a client address of its own, in a test profile that trusts X-Forwarded-For. */
    public Account registerFrom(String address, String prefix) {
        return register(prefix, given().header("X-Forwarded-For", address));
    }

    private Account register(String prefix, RequestSpecification request) {
        String handle = uniqueHandle(prefix);
        String email = handle.toLowerCase() + "@example.com";
        ValidatableResponse response = request.contentType(ContentType.JSON)
                .body(Map.of("handle", handle, "email", email, "password", PASSWORD, "displayName", "User " + handle))
                .when()
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
        return new Account(
                handle,
                email,
                response.extract().path("accessToken"),
                response.extract().path("refreshToken"));
    }

    /** An account with the given role, and a token that carries it (roles reach tokens when they are issued). */
    public Account registerWithRole(String prefix, String role) {
        Account account = register(prefix);
        update("UPDATE users SET role = ? WHERE handle = ?", role, account.handle());
        ValidatableResponse login = given().contentType(ContentType.JSON)
                .body(Map.of("login", account.handle(), "password", PASSWORD))
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        return new Account(
                account.handle(),
                account.email(),
                login.extract().path("accessToken"),
                login.extract().path("refreshToken"));
    }

    public Map<String, Object> position(String company, String title, String start, String end) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("company", company);
        body.put("title", title);
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        return body;
    }

    /** Asks a question through the API and returns its id. */
    public String ask(Account author, String title, boolean anonymous, String... topics) {
        return author.as()
                .body(Map.of(
                        "title",
                        title,
                        "body",
                        "Some **context** for: " + title,
                        "topics",
                        List.of(topics.length == 0 ? new String[] {"startups"} : topics),
                        "anonymous",
                        anonymous))
                .when()
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public String answer(Account author, String questionId, String body, boolean anonymous) {
        return author.as()
                .body(Map.of("body", body, "anonymous", anonymous))
                .when()
                .post("/api/v1/questions/" + questionId + "/answers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Comments on a question through the API and returns the comment's id. */
    public String commentOnQuestion(Account author, String questionId, String body) {
        return comment(author, "/api/v1/questions/" + questionId + "/comments", body);
    }

    public String commentOnAnswer(Account author, String answerId, String body) {
        return comment(author, "/api/v1/answers/" + answerId + "/comments", body);
    }

    private static String comment(Account author, String comments, String body) {
        return author.as()
                .body(Map.of("body", body))
                .when()
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Votes on a question ({@code value} 1 or -1) and expects the vote to count. */
    public void voteOnQuestion(Account voter, String questionId, int value) {
        vote(voter, "/api/v1/questions/" + questionId, value);
    }

    public void voteOnAnswer(Account voter, String answerId, int value) {
        vote(voter, "/api/v1/answers/" + answerId, value);
    }

    private static void vote(Account voter, String post, int value) {
        voter.as()
                .body(Map.of("value", value))
                .when()
                .put(post + "/vote")
                .then()
                .statusCode(200);
    }

    public void addPosition(Account account, String company, String title, String stage, String start, String end) {
        Map<String, Object> body = position(company, title, start, end);
        if (stage != null) {
            body.put("companyStage", stage);
        }
        account.as().body(body).when().post("/api/v1/me/positions").then().statusCode(201);
    }

    public long count(String sql, Object... args) {
        return sql().count(sql, args);
    }

    public String string(String sql, Object... args) {
        return sql().string(sql, args);
    }

    public List<String> strings(String sql, Object... args) {
        return sql().strings(sql, args);
    }

    public int update(String sql, Object... args) {
        return sql().update(sql, args);
    }

    /** The test database in plain JDBC, through the app's pool. */
    public Sql sql() {
        return jdbc;
    }
}
