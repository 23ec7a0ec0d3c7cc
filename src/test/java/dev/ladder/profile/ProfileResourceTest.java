package dev.ladder.profile;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {
    @Inject
    Fixtures fixtures;

    private void add(Account account, String company, String title, String start, String end) {
        account.as()
                .body(fixtures.position(company, title, start, end))
                .when()
                .post("/api/v1/me/positions")
                .then()
                .statusCode(201);
    }

    @Test
    void profileShowsHeadlineAndCompanyHistoryLikeTheSeedPage() {
        Account account = fixtures.register("seed");
        add(account, "PayPal", "Software Engineer", "2012-06", "2014-08");
        add(account, "Meta", "Software Engineer", "2014-09", "2016-01");
        add(account, "Course Hero", "Senior Engineer", "2016-02", "2019-12");
        add(account, "Meta", "Senior Engineer", "2020-01", "2021-05");
        add(account, "Robinhood", "Engineering Manager", "2021-06", null);

        given().when()
                .get("/api/v1/users/" + account.handle())
                .then()
                .statusCode(200)
                .body("handle", is(account.handle()))
                .body("headline", is("Engineering Manager at Robinhood"))
                .body("companies", contains("Robinhood", "Meta", "Course Hero", "PayPal"))
                .body("positions.size()", is(5))
                .body("questionCount", is(0))
                .body("answerCount", is(0))
                .body("reputation", is(0));
    }

    @Test
    void profileNeverShowsTheEmailOrAnythingPrivate() {
        Account account = fixtures.register("private");
        add(account, "Meta", "Engineer", "2019-01", null);
        given().when()
                .get("/api/v1/users/" + account.handle())
                .then()
                .statusCode(200)
                .body(not(containsString(account.email())))
                .body(not(containsString("@")))
                .body(not(containsString("password")))
                .body(not(containsString("$2b$")))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("roles")));
    }

    @Test
    void noCurrentPositionMeansNoHeadline() {
        Account account = fixtures.register("between");
        add(account, "Meta", "Engineer", "2015-01", "2020-01");
        given().when()
                .get("/api/v1/users/" + account.handle())
                .then()
                .statusCode(200)
                .body("headline", nullValue())
                .body("companies", contains("Meta"));
    }

    @Test
    void handlesAreLookedUpWhateverTheirCase() {
        Account account = fixtures.register("lookup");
        given().when()
                .get("/api/v1/users/" + account.handle().toUpperCase())
                .then()
                .statusCode(200)
                .body("handle", is(account.handle()));
    }

    @Test
    void unknownHandleIs404() {
        assertProblem(given().when().get("/api/v1/users/nobody-here-at-all").then(), 404, "not-found");
    }
}
