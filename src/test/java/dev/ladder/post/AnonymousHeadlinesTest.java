package dev.ladder.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.demo.SeedPageTest;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An anonymous headline that fewer than 5 users share is made general before it is frozen, and the
 * author sees which one in the answer to their post. Titles carry a word of this test's own, so
 * the crowds are exactly the ones made here.
 */
@QuarkusTest
@TestProfile(SeedPageTest.WithDemoData.class)
class AnonymousHeadlinesTest {
    private static final String STAGE = "Pre-seed Startup";

    @Inject
    Fixtures fixtures;

    private String role;

    @BeforeEach
    void uniqueRole() {
        role = "Architect" + Fixtures.uniqueHandle("").replace("_", "");
    }

    private Account holding(String title, String stage) {
        Account account = fixtures.register("holder");
        fixtures.addPosition(account, "Company of " + account.handle(), title, stage, "2022-01", null);
        return account;
    }

    private void crowd(int size, String title, String stage) {
        for (int i = 0; i < size; i++) {
            holding(title, stage);
        }
    }

    /** Asks anonymously and returns the headline the 201 shows the author. */
    private String askedAs(Account author) {
        return author.as()
                .body(Map.of(
                        "title",
                        "How do I grow from here, " + role + "?",
                        "body",
                        "Asking anonymously.",
                        "topics",
                        List.of("career-growth"),
                        "anonymous",
                        true))
                .when()
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .body("author.anonymous", is(true))
                .extract()
                .path("author.headline");
    }

    @Test
    void aLoneChiefArchitectAtAPreSeedStartupIsAnEngineer() {
        Account lone = holding("Chief " + role, STAGE);
        String headline = askedAs(lone);
        assertEquals("Engineer", headline);
        // Nothing more specific is kept to be found by: the credential filters do not match it.
        String question = fixtures.string(
                "SELECT id::text FROM questions WHERE author_id = (SELECT id FROM users WHERE handle = ?)",
                lone.handle());
        assertEquals(
                List.of(),
                given().queryParams(Map.of("title", "Chief " + role, "limit", 100))
                        .get("/api/v1/questions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id"));
        assertEquals(
                "Engineer|null|null",
                fixtures.string(
                        "SELECT concat_ws('|', author_title, coalesce(author_company_stage, 'null'), coalesce(author_level, 'null'))"
                                + " FROM questions WHERE id = ?::uuid",
                        question));
    }

    @Test
    void aCrowdOfFiveKeepsTitleAndStage() {
        crowd(4, "Chief " + role, STAGE);
        assertEquals("Chief " + role + " at " + STAGE, askedAs(holding("Chief " + role, STAGE)));
    }

    @Test
    void theStageGoesFirstWhenOnlyTheTitleIsShared() {
        crowd(4, "Chief " + role, "Series C Startup");
        assertEquals("Chief " + role, askedAs(holding("Chief " + role, STAGE)));
    }

    @Test
    void thenTheSeniority() {
        crowd(4, role, "Big Tech");
        assertEquals(role, askedAs(holding("Senior " + role, STAGE)));
    }
}
