package dev.ladder.privacy;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /me/export: everything the account holds, anonymous posts included, and nobody else's. */
@QuarkusTest
class ExportTest {
    @Inject
    Fixtures fixtures;

    @Test
    void theExportHoldsEverythingTheAccountHoldsAndNothingOfOthers() {
        Account me = fixtures.register("exporter");
        Account other = fixtures.register("other");
        fixtures.addPosition(me, "Kosei", "Engineering Manager", "Series A Startup", "2021-03", null);
        String named = fixtures.ask(me, "How should a new manager run one-on-ones?", false);
        String anonymous = fixtures.ask(me, "Should I tell my team I am interviewing?", true);
        String othersQuestion = fixtures.ask(other, "Is a staff title worth a pay cut?", false);
        String answer = fixtures.answer(me, othersQuestion, "Rarely: titles travel less than pay.", true);
        String comment = fixtures.commentOnQuestion(me, othersQuestion, "Depends on the company stage.");
        fixtures.commentOnQuestion(other, named, "Let them set the agenda.");
        fixtures.voteOnQuestion(me, othersQuestion, 1);
        me.as().when().put("/api/v1/topics/startups/follow").then().statusCode(204);
        me.as()
                .when()
                .put("/api/v1/questions/" + othersQuestion + "/bookmark")
                .then()
                .statusCode(204);
        me.as()
                .body(Map.of("emailDigest", "daily"))
                .when()
                .patch("/api/v1/me/settings")
                .then()
                .statusCode(200);
        me.as().body(Map.of("reason", "other")).when().post("/api/v1/questions/" + othersQuestion + "/flags");
        me.as()
                .body(Map.of("body", "Edited: let them set the agenda, then follow up."))
                .when()
                .patch("/api/v1/questions/" + named);

        Response export = me.as().when().get("/api/v1/me/export");

        export.then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", is("no-store"))
                .header("ETag", nullValue())
                .body("exportedAt", notNullValue())
                .body("profile.handle", is(me.handle()))
                .body("profile.email", is(me.email()))
                .body("settings.emailDigest", is("daily"))
                .body("positions[0].company", is("Kosei"))
                .body("positions[0].startDate", is("2021-03"))
                .body("questions.id", is(List.of(named, anonymous)))
                .body("questions.find { it.id == '" + anonymous + "' }.anonymous", is(true))
                .body("answers.id", is(List.of(answer)))
                .body("comments.id", is(List.of(comment)))
                .body("revisions.questionId", is(List.of(named)))
                .body(
                        "votes",
                        is(List.of(Map.of(
                                "type",
                                "question",
                                "postId",
                                othersQuestion,
                                "value",
                                1,
                                "createdAt",
                                export.path("votes[0].createdAt")))))
                .body("follows.topic", hasItem("startups"))
                .body("bookmarks.questionId", is(List.of(othersQuestion)))
                .body("flags.postId", is(List.of(othersQuestion)))
                .body("notifications.type", is(List.of("comment")));
        assertFalse(export.asString().contains(other.email()), "the export holds another account's email");
    }

    @Test
    void anAccountWithNothingExportsEmptyListsAndTheExportNeedsAToken() {
        Account fresh = fixtures.register("fresh");
        Response export = fresh.as().when().get("/api/v1/me/export");
        export.then().statusCode(200).body("settings", nullValue()).body("questions.size()", is(0));
        for (String list : List.of(
                "positions",
                "questions",
                "answers",
                "comments",
                "revisions",
                "votes",
                "follows",
                "bookmarks",
                "flags",
                "notifications",
                "emailDigests")) {
            assertEquals(List.of(), export.path(list), list);
        }
        assertProblem(given().when().get("/api/v1/me/export").then(), 401, "unauthorized");
    }
}
