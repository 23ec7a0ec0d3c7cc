package dev.ladder.post;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ladder.mail.Inbox;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.verification.Verify;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An anonymous author tries to be found through every public route, by someone who knows exactly
 * who they are (a reader, a moderator, anybody signed out); nothing may give them away. The author
 * still manages their own posts. Part of API3:2023 (property-level authorization, with
 * dev.ladder.security.PropertyLevelAuthorizationTest).
 */
@QuarkusTest
class AnonymityTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    @Inject
    Fixtures fixtures;

    @Test
    void nothingPublicLinksAnAnonymousPostToItsAuthor() {
        String company = uniqueCompany();
        Account author = fixtures.register("secret");
        fixtures.addPosition(author, company, "Software Engineer", "Series A Startup", "2022-01", null);
        fixtures.addPosition(author, "Previous " + company, "Intern", null, "2020-06", "2020-09");
        // Verified by a work address: the posts say "verified", never where.
        String domain = company.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example.com";
        String workEmail = "ada.lovelace@" + domain;
        Verify.company(fixtures, company, domain);
        Verify.position(
                author, author.as().get("/api/v1/me/positions").then().extract().path("items[0].id"), workEmail);
        Account reader = fixtures.register("reader");
        // Moderators may edit the post, but they do not learn who wrote it either.
        Account moderator = fixtures.registerWithRole("mod", "moderator");

        String question = fixtures.ask(author, "How do I ask my manager for a raise?", true, "compensation");
        String answer = fixtures.answer(
                author,
                fixtures.ask(reader, "What should a new grad negotiate?", false, "compensation"),
                "Everything is negotiable.",
                true);
        fixtures.voteOnQuestion(reader, question, 1);
        fixtures.voteOnAnswer(reader, answer, 1);
        // Commenting on their own anonymous posts, and on an answer to their question, shows only the post's headline.
        String readersAnswer = fixtures.answer(reader, question, "Bring numbers from your market.", false);
        List<String> comments = List.of(
                fixtures.commentOnQuestion(author, question, "Thanks, all of you."),
                fixtures.commentOnAnswer(author, readersAnswer, "Which numbers, exactly?"),
                fixtures.commentOnAnswer(author, answer, "I did exactly that, twice."));
        // Their edits keep revisions that show only the post's headline; a moderator's shows "moderator".
        edit(author, "/api/v1/questions/" + question, Map.of("body", "More context: I have been here two years."));
        edit(
                moderator,
                "/api/v1/questions/" + question,
                Map.of("title", "How do I ask my manager for a raise, politely?"));
        edit(author, "/api/v1/answers/" + answer, Map.of("body", "Everything is negotiable, really."));
        edit(moderator, "/api/v1/answers/" + answer, Map.of("body", "Everything is negotiable."));

        // Who they are, and what would say it: none of it may show.
        List<String> secrets = List.of(
                author.handle(),
                author.email(),
                "User " + author.handle(),
                company,
                "Previous " + company,
                workEmail,
                "ada.lovelace",
                domain);

        // The post shows the title and company stage only: "Software Engineer at Series A Startup".
        ValidatableResponse detail = given().when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("author.anonymous", is(true))
                .body("author.verified", is(true))
                .body("author.headline", is("Software Engineer at Series A Startup"))
                .body("canEdit", is(false));
        assertEquals(
                Set.of("anonymous", "verified", "headline"),
                detail.extract().jsonPath().getMap("author").keySet());
        assertEquals(
                Set.of("anonymous", "verified", "headline"),
                given().when()
                        .get("/api/v1/answers/" + answer)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("author")
                        .keySet());

        for (String path : List.of(
                "/api/v1/questions/" + question,
                "/api/v1/questions/" + question + "?include=answers",
                "/api/v1/questions/" + question + "?include=answers,comments",
                "/api/v1/answers/" + answer,
                "/api/v1/questions?sort=newest&limit=100",
                "/api/v1/questions?sort=top&limit=100",
                "/api/v1/questions?topic=compensation&limit=100",
                "/api/v1/questions/"
                        + fixtures.string("SELECT question_id::text FROM answers WHERE id = ?::uuid", answer)
                        + "/answers",
                "/api/v1/search?q=raise+manager&limit=100",
                "/api/v1/search?q=negotiable&limit=100",
                "/api/v1/questions/" + question + "/related?limit=20",
                "/api/v1/topics/compensation",
                "/api/v1/questions/" + question + "/comments",
                "/api/v1/answers/" + readersAnswer + "/comments",
                "/api/v1/answers/" + answer + "/comments",
                "/api/v1/comments/" + comments.get(0),
                "/api/v1/comments/" + comments.get(1),
                "/api/v1/comments/" + comments.get(2),
                "/api/v1/questions/" + question + "/revisions",
                "/api/v1/answers/" + answer + "/revisions")) {
            for (RequestSpecification as : List.of(reader.as(), moderator.as(), given())) {
                String body =
                        as.when().get(path).then().statusCode(200).extract().asString();
                for (String secret : secrets) {
                    assertFalse(body.contains(secret), path + " reveals " + secret);
                }
            }
        }

        // What the reader hears of (the anonymous answer to their question, the comment on their answer and its
        // acceptance, by the anonymous asker) shows the author as those posts do, and nothing more.
        author.as()
                .body(Map.of("answerId", readersAnswer))
                .when()
                .put("/api/v1/questions/" + question + "/accepted-answer")
                .then()
                .statusCode(200);
        String inbox = reader.as()
                .when()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                Set.of("answer", "comment", "accepted"),
                Set.copyOf(io.restassured.path.json.JsonPath.from(inbox).getList("items.type")));
        for (String secret : secrets) {
            assertFalse(inbox.contains(secret), "notifications reveal " + secret);
        }

        // Not through the credential filters: the company and level are hidden, so they never match.
        given().queryParam("company", company)
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.size()", is(0));

        // Not through the author's public lists, counts or reputation.
        given().queryParam("author", author.handle())
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.size()", is(0));
        given().when()
                .get("/api/v1/users/" + author.handle())
                .then()
                .statusCode(200)
                .body("questionCount", is(0))
                .body("answerCount", is(0))
                .body("reputation", is(0));

        // Not through errors: a stranger's edit gets the same 403 as on any post, naming nobody.
        assertProblem(
                        reader.as()
                                .body(Map.of("title", "Let me edit this question"))
                                .when()
                                .patch("/api/v1/questions/" + question)
                                .then(),
                        403,
                        "forbidden")
                .body(not(containsString(author.handle())));
    }

    @Test
    void aLaterJobChangeNeitherRewritesNorRevealsTheFrozenHeadline() {
        String company = uniqueCompany();
        Account author = fixtures.register("mover");
        fixtures.addPosition(author, company, "Software Engineer", "Series A Startup", "2022-01", null);
        String question = fixtures.ask(author, "Should I leave my first startup job?", true);
        String open = fixtures.ask(author, "A question under my own name", false);

        String positionId =
                author.as().when().get("/api/v1/me/positions").then().extract().path("items[0].id");
        author.as()
                .body(Map.of("endDate", "2024-01"))
                .when()
                .patch("/api/v1/me/positions/" + positionId)
                .then()
                .statusCode(200);
        fixtures.addPosition(author, "Megacorp", "Staff Engineer", "Big Tech", "2024-02", null);

        given().when()
                .get("/api/v1/questions/" + question)
                .then()
                .body("author.headline", is("Software Engineer at Series A Startup"));
        given().when()
                .get("/api/v1/questions/" + open)
                .then()
                .body("author.headline", is("Software Engineer at " + company))
                .body("author.companies", hasItem(company));
        given().when()
                .get("/api/v1/users/" + author.handle())
                .then()
                .body("headline", is("Staff Engineer at Megacorp"));
    }

    /** A company name no other test uses, so that finding it in a response can only be a leak. */
    private static String uniqueCompany() {
        return "Robotics " + Fixtures.uniqueHandle("co");
    }

    @Test
    void theAuthorStillSeesAndManagesTheirAnonymousPosts() {
        Account author = fixtures.register("owner");
        String question = fixtures.ask(author, "An anonymous question I will edit", true);
        author.as().when().get("/api/v1/questions/" + question).then().body("canEdit", is(true));
        author.as()
                .body(Map.of("body", "Edited while anonymous"))
                .when()
                .patch("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("author.anonymous", is(true))
                .body("body", is("Edited while anonymous"));
        author.as().when().get("/api/v1/me/questions").then().body("items.id", hasItem(question));
        author.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);
    }

    @Test
    void anonymousPostsOfAuthorsWithoutAPositionHaveNoHeadline() {
        Account author = fixtures.register("blank");
        String question = fixtures.ask(author, "Anonymous with no job listed", true);
        assertEquals(
                Set.of("anonymous", "verified"),
                given().when()
                        .get("/api/v1/questions/" + question)
                        .then()
                        .extract()
                        .jsonPath()
                        .getMap("author")
                        .keySet());
    }

    private static void edit(Account editor, String post, Map<String, Object> body) {
        editor.as().body(body).when().patch(post).then().statusCode(200);
    }
}
