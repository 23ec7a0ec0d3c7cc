package dev.ladder.post;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Posts by their author's credentials when written. Each test invents its own company, so the
 * filters match only its posts. Anonymous posts match what their headline shows (title, stage),
 * never the company or level it hides.
 */
@QuarkusTest
class CredentialFilterTest {
    @Inject
    Fixtures fixtures;

    private String company;
    private String named;
    private String anonymous;
    private String question;
    private String namedAnswer;
    private String anonymousAnswer;

    /** Two staff engineers at one invented company: one posts under their name, one anonymously. */
    private void postAsStaffAtOneCompany() {
        company = "Acme" + UUID.randomUUID().toString().substring(0, 8);
        Account open = fixtures.register("open");
        Account hidden = fixtures.register("hidden");
        for (Account account : new Account[] {open, hidden}) {
            account.as()
                    .body(Map.of(
                            "company",
                            company,
                            "title",
                            "Staff Engineer",
                            "level",
                            "Staff",
                            "companyStage",
                            "Series B Startup",
                            "startDate",
                            "2021-01"))
                    .when()
                    .post("/api/v1/me/positions")
                    .then()
                    .statusCode(201);
        }
        named = fixtures.ask(open, "A question asked under my name", false);
        anonymous = fixtures.ask(hidden, "A question asked without my name", true);
        question = fixtures.ask(fixtures.register("asker"), "Which staff engineers will answer?", false);
        namedAnswer = fixtures.answer(open, question, "Answered under my name", false);
        anonymousAnswer = fixtures.answer(hidden, question, "Answered without my name", true);
    }

    @Test
    void companyAndLevelFiltersNeverMatchAnonymousPosts() {
        postAsStaffAtOneCompany();
        given().queryParam("company", company.toUpperCase())
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.id", contains(named));
        given().queryParam("company", company)
                .queryParam("level", "staff")
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.id", contains(named));
        given().queryParam("company", company)
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.id", contains(namedAnswer));
        given().queryParam("level", "STAFF")
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.id", contains(namedAnswer));
    }

    @Test
    void titleAndStageFiltersMatchAnonymousPostsToo() {
        postAsStaffAtOneCompany();
        given().queryParam("title", "staff engineer")
                .queryParam("stage", "series b startup")
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(anonymousAnswer, namedAnswer));
        given().queryParam("title", "Staff Engineer")
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(anonymous, named));
    }

    @Test
    void filtersThatMatchNothingAreAnEmptyListAndOverlongOnesA400() {
        given().queryParam("company", "No Such Company " + UUID.randomUUID())
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items", empty());
        assertProblem(
                given().queryParam("company", "x".repeat(101))
                        .when()
                        .get("/api/v1/questions")
                        .then(),
                400,
                "validation");
    }
}
