package dev.ladder.position;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PositionResourceTest {
    private static final String POSITIONS = "/api/v1/me/positions";
    /** One character, two UTF-16 units. */
    private static final String ROCKET = "\uD83D\uDE80";

    @Inject
    Fixtures fixtures;

    private String add(Account account, Map<String, Object> body) {
        return account.as()
                .body(body)
                .when()
                .post(POSITIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void addAnswers201WithLocationAndThePosition() {
        Account account = fixtures.register("pos");
        Map<String, Object> body = fixtures.position("  Meta ", "Engineering Manager", "2021-03", null);
        body.put("level", "M1");
        body.put("companyStage", "Big Tech");
        String id = account.as()
                .body(body)
                .when()
                .post(POSITIONS)
                .then()
                .statusCode(201)
                .header("Location", containsString(POSITIONS + "/"))
                .body("company", is("Meta"))
                .body("title", is("Engineering Manager"))
                .body("level", is("M1"))
                .body("companyStage", is("Big Tech"))
                .body("startDate", is("2021-03"))
                .body("endDate", nullValue())
                .body("current", is(true))
                .extract()
                .path("id");
        account.as()
                .when()
                .get(POSITIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("nextCursor", nullValue());
    }

    @Test
    void listIsMostRecentFirstAndOnlyTheCallersOwn() {
        Account account = fixtures.register("cv");
        add(account, fixtures.position("PayPal", "Software Engineer", "2012-06", "2014-08"));
        add(account, fixtures.position("Robinhood", "Staff Engineer", "2020-01", null));
        add(account, fixtures.position("Course Hero", "Senior Engineer", "2017-02", "2019-12"));
        add(account, fixtures.position("Meta", "Engineer", "2014-09", "2017-01"));
        add(fixtures.register("other"), fixtures.position("Elsewhere", "CTO", "2020-01", null));

        account.as()
                .when()
                .get(POSITIONS)
                .then()
                .statusCode(200)
                .body("items.company", contains("Robinhood", "Course Hero", "Meta", "PayPal"));
    }

    @Test
    void endBeforeStartIsRejectedAndNothingIsSaved() {
        Account account = fixtures.register("dates");
        assertProblem(
                        account.as()
                                .body(fixtures.position("Meta", "Engineer", "2020-05", "2019-01"))
                                .when()
                                .post(POSITIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("endDate"));
        assertEquals(0, positionsOf(account));
    }

    @Test
    void futureMonthsAreRejected() {
        Account account = fixtures.register("future");
        String next = YearMonth.now(ZoneOffset.UTC).plusMonths(2).toString();
        assertProblem(
                        account.as()
                                .body(fixtures.position("Meta", "Engineer", next, null))
                                .when()
                                .post(POSITIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("startDate"));
        assertProblem(
                        account.as()
                                .body(fixtures.position("Meta", "Engineer", "2020-01", next))
                                .when()
                                .post(POSITIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("endDate"));
        assertEquals(0, positionsOf(account));
    }

    @Test
    void monthsMustBeYearDashMonth() {
        Account account = fixtures.register("month");
        for (String bad : new String[] {"2020-13", "2020-1-01", "March 2020", "2020/03"}) {
            assertProblem(
                            account.as()
                                    .body(fixtures.position("Meta", "Engineer", bad, null))
                                    .when()
                                    .post(POSITIONS)
                                    .then(),
                            400,
                            "validation")
                    .body(
                            "errors.field",
                            contains("startDate"),
                            "errors.message",
                            contains("must be a valid year-month (YYYY-MM)"),
                            "detail",
                            is("startDate must be a valid year-month (YYYY-MM)."));
        }
        // Found by the contract fuzzing: an empty endDate used to make a current position.
        assertProblem(
                        account.as()
                                .body(fixtures.position("Meta", "Engineer", "2020-03", ""))
                                .when()
                                .post(POSITIONS)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", is("endDate"));
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM positions p JOIN users u ON u.id = p.user_id WHERE u.handle = ?",
                        account.handle()));
    }

    @Test
    void requiredFieldsAndLengthsAreChecked() {
        Account account = fixtures.register("required");
        Map<String, Object> body = new HashMap<>();
        body.put("company", "");
        body.put("title", "x".repeat(101));
        body.put("level", "y".repeat(51));
        assertProblem(account.as().body(body).when().post(POSITIONS).then(), 400, "validation")
                .body("errors.field", contains("company", "level", "startDate", "title"));
    }

    @Test
    void onlyOneCurrentPositionPerCompany() {
        Account account = fixtures.register("twice");
        add(account, fixtures.position("Meta", "Engineer", "2019-01", null));
        assertProblem(
                account.as()
                        .body(fixtures.position("META", "Manager", "2021-01", null))
                        .when()
                        .post(POSITIONS)
                        .then(),
                409,
                "conflict");
        // A past stint at the same company is fine.
        add(account, fixtures.position("Meta", "Intern", "2015-06", "2015-09"));
        assertEquals(2, positionsOf(account));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClears() {
        Account account = fixtures.register("patch");
        Map<String, Object> body = fixtures.position("Pinterest", "Senior Engineer", "2018-01", "2021-02");
        body.put("level", "Senior");
        String id = add(account, body);

        account.as()
                .body(Map.of("title", "Staff Engineer"))
                .when()
                .patch(POSITIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("title", is("Staff Engineer"))
                .body("level", is("Senior"))
                .body("endDate", is("2021-02"));

        Map<String, Object> clear = new HashMap<>();
        clear.put("level", null);
        clear.put("endDate", null);
        account.as()
                .body(clear)
                .when()
                .patch(POSITIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("level", nullValue())
                .body("endDate", nullValue())
                .body("current", is(true))
                .body("company", is("Pinterest"));
    }

    @Test
    void patchKeepsTheRulesOfCreate() {
        Account account = fixtures.register("patchrules");
        add(account, fixtures.position("Meta", "Manager", "2021-01", null));
        String old = add(account, fixtures.position("Meta", "Engineer", "2016-01", "2020-12"));
        assertProblem(
                account.as()
                        .body(Map.of("startDate", "2022-01"))
                        .when()
                        .patch(POSITIONS + "/" + old)
                        .then(),
                400,
                "validation");
        Map<String, Object> reopen = new HashMap<>();
        reopen.put("endDate", null);
        assertProblem(
                account.as().body(reopen).when().patch(POSITIONS + "/" + old).then(), 409, "conflict");
        assertEquals("2020-12-01", fixtures.string("SELECT end_date::text FROM positions WHERE id = ?::uuid", old));
    }

    @Test
    void someoneElsesPositionIsNotFound() {
        Account owner = fixtures.register("owner");
        String id = add(owner, fixtures.position("Meta", "Engineer", "2019-01", null));
        Account intruder = fixtures.register("intruder");
        assertProblem(
                intruder.as()
                        .body(Map.of("title", "CEO"))
                        .when()
                        .patch(POSITIONS + "/" + id)
                        .then(),
                404,
                "not-found");
        assertProblem(intruder.as().when().delete(POSITIONS + "/" + id).then(), 404, "not-found");
        assertEquals("Engineer", fixtures.string("SELECT title FROM positions WHERE id = ?::uuid", id));
    }

    @Test
    void deleteAnswers204AndThenTheIdIsGone() {
        Account account = fixtures.register("delete");
        String id = add(account, fixtures.position("Meta", "Engineer", "2019-01", null));
        account.as().when().delete(POSITIONS + "/" + id).then().statusCode(204);
        assertProblem(account.as().when().delete(POSITIONS + "/" + id).then(), 404, "not-found");
        assertEquals(0, positionsOf(account));
    }

    @Test
    void malformedIdIsA400() {
        Account account = fixtures.register("badid");
        assertProblem(
                account.as()
                        .body(Map.of("title", "x"))
                        .when()
                        .patch(POSITIONS + "/not-a-uuid")
                        .then(),
                400,
                "bad-request");
    }

    @Test
    void positionsNeedAToken() {
        assertProblem(given().when().get(POSITIONS).then(), 401, "unauthorized");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(fixtures.position("Meta", "Engineer", "2019-01", null))
                        .when()
                        .post(POSITIONS)
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void anAccountHoldsAtMostFiftyPositions() {
        Account account = fixtures.register("many");
        for (int i = 0; i < 50; i++) {
            add(account, fixtures.position("Company " + i, "Engineer", "2001-01", "2001-02"));
        }
        assertProblem(
                account.as()
                        .body(fixtures.position("One More", "Engineer", "2001-01", "2001-02"))
                        .when()
                        .post(POSITIONS)
                        .then(),
                409,
                "conflict");
        assertEquals(50, positionsOf(account));
    }

    private long positionsOf(Account account) {
        return fixtures.count(
                "SELECT count(*) FROM positions p JOIN users u ON u.id = p.user_id WHERE u.handle = ?",
                account.handle());
    }

    @Test
    void patchRefusesNullForFieldsThatCannotBeCleared() {
        Account account = fixtures.register("patchnull");
        String id = add(account, fixtures.position("Stripe", "Engineer", "2019-01", null));
        for (String required : List.of("company", "title", "startDate")) {
            assertProblem(
                            account.as()
                                    .body(Collections.singletonMap(required, null))
                                    .when()
                                    .patch(POSITIONS + "/" + id)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", contains(required));
        }
        account.as()
                .when()
                .get(POSITIONS)
                .then()
                .body("items[0].company", is("Stripe"))
                .body("items[0].startDate", is("2019-01"));
    }

    @Test
    void shortTextFieldsCountCharactersNotUtf16Units() {
        Account account = fixtures.register("emojico");
        String hundred = ROCKET.repeat(100);
        Map<String, Object> body = fixtures.position(hundred, "Engineer", "2019-01", null);
        body.put("level", ROCKET.repeat(50));
        String id = account.as()
                .body(body)
                .when()
                .post(POSITIONS)
                .then()
                .statusCode(201)
                .body("company", is(hundred))
                .body("level", is(ROCKET.repeat(50)))
                .extract()
                .path("id");
        assertProblem(
                        account.as()
                                .body(Map.of("company", hundred + ROCKET))
                                .when()
                                .patch(POSITIONS + "/" + id)
                                .then(),
                        400,
                        "validation")
                .body(
                        "errors.field",
                        contains("company"),
                        "errors.message",
                        contains("size must be between 0 and 100"));
        assertProblem(
                        account.as()
                                .body(Map.of("level", ROCKET.repeat(51)))
                                .when()
                                .patch(POSITIONS + "/" + id)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("level"));
    }
}
