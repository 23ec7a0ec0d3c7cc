package dev.ladder.company;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The companies moderators keep with the mail domains that verify positions there. */
@QuarkusTest
class CompanyResourceTest {
    @Inject
    Fixtures fixtures;

    private Account moderator;
    private String tag;

    @BeforeEach
    void setUp() {
        moderator = fixtures.registerWithRole("mod", "moderator");
        tag = Fixtures.uniqueHandle("c").replace("_", "");
    }

    private ValidatableResponse create(String name, List<String> domains) {
        return moderator
                .as()
                .body(Map.of("name", name, "domains", domains))
                .when()
                .post("/api/v1/companies")
                .then();
    }

    private ValidatableResponse update(String id, Map<String, Object> patch) {
        return moderator
                .as()
                .body(patch)
                .when()
                .patch("/api/v1/companies/" + id)
                .then();
    }

    @Test
    void aModeratorAddsACompanyAndAnyoneReadsIt() {
        ValidatableResponse created = create(
                        "Acme " + tag, List.of(tag + ".example", "Mail." + tag + ".EXAMPLE", tag + ".example"))
                .statusCode(201)
                .body("name", is("Acme " + tag))
                .body("domains", contains(tag + ".example", "mail." + tag + ".example"));
        String id = created.extract().path("id");
        created.header("Location", endsWith("/api/v1/companies/" + id));
        given().when()
                .get("/api/v1/companies/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("domains", contains(tag + ".example", "mail." + tag + ".example"));

        update(id, Map.of("name", "Acme Corp " + tag))
                .statusCode(200)
                .body("name", is("Acme Corp " + tag))
                .body("domains", contains(tag + ".example", "mail." + tag + ".example"));
        update(id, Map.of("domains", List.of("acme-" + tag + ".example")))
                .statusCode(200)
                .body("name", is("Acme Corp " + tag))
                .body("domains", contains("acme-" + tag + ".example"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM company_domains WHERE company_id = ?::uuid", id));
    }

    @Test
    void theListIsAlphabeticalAndPagedByKeyset() {
        List<String> names = List.of("b " + tag, "A " + tag, "c " + tag);
        for (String name : names) {
            create(name, List.of()).statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page =
                    request.when().get("/api/v1/companies").then().statusCode(200);
            List<String> pageNames = page.extract().path("items.name");
            seen.addAll(pageNames);
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        List<String> ours = seen.stream().filter(name -> name.endsWith(tag)).toList();
        assertEquals(List.of("A " + tag, "b " + tag, "c " + tag), ours);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, seen);
    }

    @Test
    void aNameOrADomainBelongsToOneCompany() {
        String id = create("Initech " + tag, List.of(tag + ".example"))
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(create("INITECH " + tag, List.of()), 409, "conflict")
                .body("detail", containsString("exists already"));
        assertProblem(create("Initrode " + tag, List.of("x" + tag + ".example", tag + ".example")), 409, "conflict")
                .body("detail", containsString(tag + ".example"));
        String other =
                create("Initrode " + tag, List.of()).statusCode(201).extract().path("id");
        assertProblem(
                        update(other, Map.of("domains", List.of("y" + tag + ".example", tag + ".example"))),
                        409,
                        "conflict")
                .body("detail", endsWith("another company lists " + tag + ".example."));
        assertProblem(update(other, Map.of("name", "initech " + tag)), 409, "conflict");
        assertEquals(
                List.of(id),
                fixtures.strings("SELECT company_id::text FROM company_domains WHERE domain = ?", tag + ".example"));
    }

    @Test
    void freeMailAndMalformedDomainsAreRefused() {
        assertProblem(create("Gmail users " + tag, List.of(tag + ".example", "gmail.com")), 400, "validation")
                .body("errors[0].field", is("domains[1]"))
                .body("errors[0].message", containsString("free mail"));
        assertProblem(create("Yahoo " + tag, List.of("uk.yahoo.co.uk")), 400, "validation");
        for (String bad : List.of("localhost", "no spaces.com", "-dash.com", "a..b.com", "x@y.com", "")) {
            assertProblem(create("Bad " + tag, List.of(bad)), 400, "validation")
                    .body("errors[0].field", containsString("domains"));
        }
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);
        String id = create("Named " + tag, List.of()).statusCode(201).extract().path("id");
        assertProblem(update(id, noName), 400, "validation");
        Map<String, Object> noDomains = new HashMap<>();
        noDomains.put("domains", null);
        assertProblem(update(id, noDomains), 400, "validation");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= CompanyService.MAX_DOMAINS; i++) {
            tooMany.add("d" + i + "." + tag + ".example");
        }
        assertProblem(update(id, Map.of("domains", tooMany)), 400, "validation");
        assertEquals(0, fixtures.count("SELECT count(*) FROM companies WHERE name ILIKE ?", "%bad " + tag));
        assertEquals(0, fixtures.count("SELECT count(*) FROM company_domains WHERE domain LIKE ?", "%" + tag + "%"));
    }

    @Test
    void onlyModeratorsKeepTheList() {
        Account user = fixtures.register("user");
        String id = create("Hooli " + tag, List.of()).statusCode(201).extract().path("id");
        Map<String, Object> body = Map.of("name", "Pied Piper " + tag, "domains", List.of());
        assertProblem(user.as().body(body).when().post("/api/v1/companies").then(), 403, "forbidden");
        assertProblem(
                user.as().body(body).when().patch("/api/v1/companies/" + id).then(), 403, "forbidden");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/v1/companies")
                        .then(),
                401,
                "unauthorized");
        assertProblem(update("7c1e4b9a-3f2d-4a6b-8e5c-1d9f0a2b3c4d", Map.of("name", "x")), 404, "not-found");
        assertEquals(0, fixtures.count("SELECT count(*) FROM companies WHERE name = ?", "Pied Piper " + tag));
    }
}
