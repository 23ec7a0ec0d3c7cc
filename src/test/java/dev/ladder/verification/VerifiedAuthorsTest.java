package dev.ladder.verification;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.mail.Inbox;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Posts show whether their author's position was verified when they were written, anonymous ones too. */
@QuarkusTest
class VerifiedAuthorsTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    @Inject
    Fixtures fixtures;

    private static List<String> ids(String path, Map<String, ?> query) {
        return given().queryParams(query)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void verifiedShowsOnNamedAndAnonymousPostsAndFiltersLists() {
        String tag = Fixtures.uniqueHandle("va").replace("_", "");
        String company = "Hooli " + tag;
        String stage = "Stage " + tag;
        Verify.company(fixtures, company, tag + ".example.com");
        Account verified = fixtures.register("verified");
        fixtures.addPosition(verified, company, "Staff Engineer", stage, "2020-01", null);
        String position =
                verified.as().get("/api/v1/me/positions").then().extract().path("items[0].id");
        Verify.position(verified, position, "staff@" + tag + ".example.com");
        Account unverified = fixtures.register("unverified");
        fixtures.addPosition(unverified, company, "Staff Engineer", stage, "2021-01", null);

        String named = fixtures.ask(verified, "Asked under my name, verified at Hooli", false);
        String anonymous = fixtures.ask(verified, "Asked anonymously, verified all the same", true);
        String other = fixtures.ask(unverified, "Asked by someone who never verified", true);
        given().get("/api/v1/questions/" + named)
                .then()
                .body("author.verified", is(true))
                .body("author.headline", is("Staff Engineer at " + company));
        given().get("/api/v1/questions/" + anonymous)
                .then()
                .body("author.anonymous", is(true))
                .body("author.verified", is(true))
                .body("author.headline", is("Staff Engineer at " + stage));
        given().get("/api/v1/questions/" + other).then().body("author.verified", is(false));

        String answer = fixtures.answer(verified, other, "Verify your position: readers weigh it.", true);
        given().get("/api/v1/answers/" + answer).then().body("author.verified", is(true));

        // Lists: the stage is this test's, and shows on anonymous headlines too.
        assertEquals(List.of(anonymous, named), ids("/api/v1/questions", Map.of("stage", stage, "verified", true)));
        assertEquals(List.of(other), ids("/api/v1/questions", Map.of("stage", stage, "verified", false)));
        assertEquals(List.of(named), ids("/api/v1/questions", Map.of("company", company, "verified", true)));
        assertEquals(List.of(answer), ids("/api/v1/questions/" + other + "/answers", Map.of("verified", true)));
        assertEquals(List.of(), ids("/api/v1/questions/" + other + "/answers", Map.of("verified", false)));
        List<String> found = given().queryParams(Map.of("q", "verified", "verified", true, "limit", 100))
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.question.id");
        assertEquals(
                Set.of(anonymous, named),
                found.stream().filter(Set.of(named, anonymous, other)::contains).collect(Collectors.toSet()));
        assertProblem(
                        given().queryParams(Map.of("q", "verified", "verified", "yes"))
                                .get("/api/v1/search")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("verified"));
        assertProblem(
                given().queryParam("verified", "1").get("/api/v1/questions").then(), 400, "validation");

        // The byline is frozen: a later change of company leaves earlier posts verified, not new ones.
        verified.as()
                .body(Map.of("company", "Elsewhere " + tag))
                .when()
                .patch("/api/v1/me/positions/" + position)
                .then()
                .statusCode(200)
                .body("verified", is(false));
        String later = fixtures.ask(verified, "Asked after moving to an unverified company", false);
        given().get("/api/v1/questions/" + later).then().body("author.verified", is(false));
        given().get("/api/v1/questions/" + named).then().body("author.verified", is(true));
    }
}
