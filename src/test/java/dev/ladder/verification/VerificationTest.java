package dev.ladder.verification;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.mail.Inbox;
import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verifying a position with a code mailed to a work address, which Ladder never keeps. */
@QuarkusTest
class VerificationTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    @Inject
    Fixtures fixtures;

    private String tag;
    private String company;
    private String domain;
    private Account user;

    @BeforeEach
    void setUp() {
        tag = Fixtures.uniqueHandle("v").replace("_", "");
        company = "Globex " + tag;
        domain = tag + ".example.com";
        Verify.company(fixtures, company, domain);
        user = fixtures.register("worker");
    }

    private String positionAt(Account account, String companyName) {
        return account.as()
                .body(fixtures.position(companyName, "Staff Engineer", "2020-01", null))
                .when()
                .post("/api/v1/me/positions")
                .then()
                .statusCode(201)
                .body("verified", is(false))
                .body("verifiedAt", nullValue())
                .extract()
                .path("id");
    }

    private static ValidatableResponse start(Account account, String position, String workEmail) {
        return account.as()
                .body(Map.of("workEmail", workEmail))
                .when()
                .post("/api/v1/me/positions/" + position + "/verification")
                .then();
    }

    private static ValidatableResponse confirm(Account account, String position, String code) {
        return account.as()
                .body(Map.of("code", code))
                .when()
                .post("/api/v1/me/positions/" + position + "/verification/confirm")
                .then();
    }

    private static String otherThan(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** Rows of every table of the schema, as text, that contain {@code text} in any case. */
    private long rowsContaining(String text) {
        long rows = 0;
        for (String table : fixtures.strings(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            rows += fixtures.count("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE ?", "%" + text + "%");
        }
        return rows;
    }

    /** The position holds no proof in the database: neither its domain nor its time (a check constraint keeps them together). */
    private void assertNoProofStored(String position) {
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM positions WHERE id = ?::uuid"
                                + " AND (verified_domain IS NOT NULL OR verified_at IS NOT NULL)",
                        position));
    }

    @Test
    void aCodeMailedToAWorkAddressVerifiesThePositionAndTheAddressIsKeptNowhere() {
        String position = positionAt(user, company);
        String address = "Jane.Doe." + tag + "@Eng." + domain.toUpperCase();
        String sent = start(user, position, address)
                .statusCode(202)
                .body("company", is(company))
                .body("domain", is("eng." + domain))
                .body("attempts", is(5))
                .body("expiresAt", notNullValue())
                .extract()
                .asString();
        Inbox.Received mail = Inbox.to(address).get(0);
        assertTrue(mail.text().contains("Staff Engineer at " + company), mail.text());

        String confirmed = confirm(user, position, Verify.codeMailedTo(address))
                .statusCode(200)
                .body("id", is(position))
                .body("verified", is(true))
                .body("verifiedAt", notNullValue())
                .extract()
                .asString();
        String listed = user.as()
                .when()
                .get("/api/v1/me/positions")
                .then()
                .statusCode(200)
                .body("items[0].verified", is(true))
                .extract()
                .asString();

        assertEquals(
                "eng." + domain, fixtures.string("SELECT verified_domain FROM positions WHERE id = ?::uuid", position));
        assertEquals(
                0, fixtures.count("SELECT count(*) FROM verification_codes WHERE position_id = ?::uuid", position));
        String local = "jane.doe." + tag;
        assertEquals(0, rowsContaining(local));
        for (String body : List.of(sent, confirmed, listed)) {
            assertFalse(body.toLowerCase().contains(local), body);
        }
    }

    @Test
    void freeMailUnknownDomainsAndAnotherCompanysDomainProveNothing() {
        String position = positionAt(user, company);
        Verify.company(fixtures, "Initech " + tag, "initech-" + domain);
        assertProblem(start(user, position, "jane@gmail.com"), 422, "unverifiable-domain")
                .body("detail", containsString("free mail"));
        assertProblem(start(user, position, "jane@mail.yahoo.co.uk"), 422, "unverifiable-domain")
                .body("detail", containsString("free mail"));
        assertProblem(start(user, position, "jane@unknown-" + domain), 422, "unverifiable-domain")
                .body("detail", containsString("not a domain of any company"));
        assertProblem(start(user, position, "jane@initech-" + domain), 422, "unverifiable-domain")
                .body(
                        "detail",
                        is("initech-" + domain + " is a domain of Initech " + tag + ", and this position is at "
                                + company + "."));
        assertProblem(start(user, position, "jane@" + domain + "x"), 422, "unverifiable-domain");
        assertEquals(
                0, fixtures.count("SELECT count(*) FROM verification_codes WHERE position_id = ?::uuid", position));
        for (String address : List.of("jane@gmail.com", "jane@unknown-" + domain, "jane@initech-" + domain)) {
            assertEquals(List.of(), Inbox.to(address));
        }
    }

    @Test
    void fiveWrongCodesEndTheCodeAndANewOneWorks() {
        String position = positionAt(user, company);
        String address = "eve@" + domain;
        start(user, position, address).statusCode(202);
        String code = Verify.codeMailedTo(address);
        assertProblem(confirm(user, position, otherThan(code)), 422, "code-not-accepted")
                .body("detail", is("That is not the code: 4 attempts left."));
        for (int i = 0; i < 3; i++) {
            confirm(user, position, otherThan(code)).statusCode(422);
        }
        assertProblem(confirm(user, position, otherThan(code)), 422, "code-not-accepted")
                .body("detail", containsString("last attempt"));
        assertProblem(confirm(user, position, code), 422, "code-not-accepted")
                .body("detail", is("The code was tried 5 times: ask for a new one."));

        start(user, position, address).statusCode(202);
        String second = Verify.codeMailedTo(address);
        confirm(user, position, second).statusCode(200).body("verified", is(true));
        assertProblem(confirm(user, position, second), 409, "conflict");
    }

    @Test
    void guessesAtOnceAreCountedOneByOne() throws Exception {
        String position = positionAt(user, company);
        String address = "mallory@" + domain;
        start(user, position, address).statusCode(202);
        String wrong = otherThan(Verify.codeMailedTo(address));
        List<Callable<Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guesses.add(() -> user.as()
                    .body(Map.of("code", wrong))
                    .post("/api/v1/me/positions/" + position + "/verification/confirm"));
        }
        List<Response> responses = Concurrently.send(12, guesses);
        long counted = responses.stream()
                .filter(r -> r.jsonPath().getString("detail").startsWith("That is not the code"))
                .count();
        responses.forEach(r -> assertEquals(422, r.statusCode(), r.asString()));
        assertEquals(5, counted);
        assertEquals(
                "0",
                fixtures.string(
                        "SELECT attempts_left::text FROM verification_codes WHERE position_id = ?::uuid", position));
    }

    @Test
    void anExpiredCodeIsRefusedAndForgotten() {
        String position = positionAt(user, company);
        String address = "late@" + domain;
        start(user, position, address).statusCode(202);
        fixtures.update(
                "UPDATE verification_codes SET expires_at = now() - interval '1 second' WHERE position_id = ?::uuid",
                position);
        assertProblem(confirm(user, position, Verify.codeMailedTo(address)), 422, "code-not-accepted")
                .body("detail", is("The code has expired: ask for a new one."));
        assertEquals(
                0, fixtures.count("SELECT count(*) FROM verification_codes WHERE position_id = ?::uuid", position));
        assertProblem(confirm(user, position, Verify.codeMailedTo(address)), 409, "conflict");
    }

    @Test
    void aNewCodeReplacesTheLastOne() {
        String position = positionAt(user, company);
        String address = "twice@" + domain;
        start(user, position, address).statusCode(202);
        String first = Verify.codeMailedTo(address);
        start(user, position, address).statusCode(202);
        String second = Verify.codeMailedTo(address);
        if (!first.equals(second)) {
            assertProblem(confirm(user, position, first), 422, "code-not-accepted");
        }
        confirm(user, position, second).statusCode(200).body("verified", is(true));
    }

    @Test
    void changingTheCompanyUndoesTheProofAndAPendingCodeNoLongerCounts() {
        String position = positionAt(user, company);
        String address = "mover@" + domain;
        start(user, position, address).statusCode(202);
        confirm(user, position, Verify.codeMailedTo(address)).statusCode(200);

        String url = "/api/v1/me/positions/" + position;
        user.as()
                .body(Map.of("title", "Principal Engineer", "company", company.toUpperCase()))
                .patch(url)
                .then()
                .statusCode(200)
                .body("verified", is(true));
        user.as()
                .body(Map.of("company", "Umbrella " + tag))
                .patch(url)
                .then()
                .statusCode(200)
                .body("verified", is(false))
                .body("verifiedAt", nullValue());
        assertNoProofStored(position);

        user.as().body(Map.of("company", company)).patch(url).then().statusCode(200);
        start(user, position, address).statusCode(202);
        user.as().body(Map.of("company", "Umbrella " + tag)).patch(url).then().statusCode(200);
        assertProblem(confirm(user, position, Verify.codeMailedTo(address)), 422, "unverifiable-domain");
        assertNoProofStored(position);
    }

    @Test
    void codesAreLimitedPerUserAndPerAddress() {
        String position = positionAt(user, company);
        for (int i = 0; i < 5; i++) {
            start(user, position, "n" + i + "@" + domain).statusCode(202);
        }
        assertProblem(start(user, position, "n5@" + domain), 429, "too-many-requests");
        assertEquals(0, Inbox.to("n5@" + domain).size());

        String address = "shared@" + domain;
        for (int i = 0; i < 5; i++) {
            Account other = fixtures.register("other");
            start(other, positionAt(other, company), address).statusCode(202);
        }
        Account sixth = fixtures.register("sixth");
        assertProblem(start(sixth, positionAt(sixth, company), address.toUpperCase()), 429, "too-many-requests");
        assertEquals(5, Inbox.to(address).size());
    }

    /** Mass assignment: only a confirmed code verifies; the fields sent in a position's body are ignored. */
    @Test
    void aPositionCannotBeDeclaredVerified() {
        Map<String, Object> claimed =
                new java.util.HashMap<>(fixtures.position(company, "Staff Engineer", "2020-01", null));
        claimed.put("verified", true);
        claimed.put("verifiedAt", "2024-01-01T00:00:00Z");
        claimed.put("verifiedDomain", domain);
        String position = user.as()
                .body(claimed)
                .when()
                .post("/api/v1/me/positions")
                .then()
                .statusCode(201)
                .body("verified", is(false))
                .extract()
                .path("id");
        user.as()
                .body(Map.of("verified", true, "verifiedAt", "2024-01-01T00:00:00Z", "title", "Principal Engineer"))
                .when()
                .patch("/api/v1/me/positions/" + position)
                .then()
                .statusCode(200)
                .body("verified", is(false))
                .body("verifiedAt", nullValue());
        assertNoProofStored(position);
    }

    @Test
    void badRequestsAndOtherPeoplesPositions() {
        String position = positionAt(user, company);
        Account stranger = fixtures.register("stranger");
        assertProblem(start(stranger, position, "s@" + domain), 404, "not-found");
        assertProblem(confirm(stranger, position, "123456"), 404, "not-found");
        assertProblem(confirm(user, position, "123456"), 409, "conflict");
        assertProblem(start(user, position, "not-an-address"), 400, "validation")
                .body("errors[0].field", is("workEmail"));
        for (String code : List.of("12345", "1234567", "abcdef", "")) {
            assertProblem(confirm(user, position, code), 400, "validation").body("errors[0].field", is("code"));
        }
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("workEmail", "x@" + domain))
                        .post("/api/v1/me/positions/" + position + "/verification")
                        .then(),
                401,
                "unauthorized");
        assertEquals(0, Inbox.to("s@" + domain).size());
    }
}
