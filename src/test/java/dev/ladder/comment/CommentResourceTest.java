package dev.ladder.comment;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void commentsOnAQuestionAndOnAnAnswer() {
        Account asker = fixtures.register("cq");
        Account reader = fixtures.register("cr");
        String question = fixtures.ask(asker, "Where do comments on a question go?", false);
        String answer = fixtures.answer(asker, question, "Under the question.", false);

        ValidatableResponse created = reader.as()
                .body(Map.of("body", "A *short* follow-up"))
                .when()
                .post("/api/v1/questions/" + question + "/comments")
                .then()
                .statusCode(201)
                .body("questionId", is(question))
                .body("answerId", nullValue())
                .body("body", is("A *short* follow-up"))
                .body("bodyHtml", is("<p>A <em>short</em> follow-up</p>\n"))
                .body("author.handle", is(reader.handle()))
                .body("author.anonymous", is(false))
                .body("author.asker", nullValue())
                .body("canEdit", is(true));
        String id = created.extract().path("id");
        created.header("Location", endsWith("/api/v1/comments/" + id));
        assertEquals(
                created.extract().<String>path("createdAt"), created.extract().<String>path("updatedAt"));

        given().when()
                .get("/api/v1/comments/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("canEdit", is(false));
        asker.as().when().get("/api/v1/comments/" + id).then().body("canEdit", is(false));

        String onAnswer = fixtures.commentOnAnswer(reader, answer, "And one on the answer");
        given().when()
                .get("/api/v1/answers/" + answer + "/comments")
                .then()
                .statusCode(200)
                .body("items.id", is(List.of(onAnswer)))
                .body("items[0].answerId", is(answer))
                .body("items[0].questionId", is(question));
        // A question's list holds its own comments only, not its answers'.
        given().when().get("/api/v1/questions/" + question + "/comments").then().body("items.id", is(List.of(id)));
    }

    @Test
    void listsAreOldestFirstInKeysetPages() {
        Account author = fixtures.register("cp");
        String question = fixtures.ask(author, "A question with many comments", false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixtures.commentOnQuestion(author, question, "Comment " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page = request.when()
                    .get("/api/v1/questions/" + question + "/comments")
                    .then()
                    .statusCode(200);
            seen.addAll(page.extract().path("items.id"));
            cursor = page.extract().path("nextCursor");
            if (cursor != null) {
                page.header("Link", containsString("rel=\"next\""));
            }
        } while (cursor != null);
        assertEquals(ids, seen);

        assertProblem(
                given().queryParam("cursor", "bm90LWEtY3Vyc29y")
                        .when()
                        .get("/api/v1/questions/" + question + "/comments")
                        .then(),
                400,
                "validation");
        assertProblem(
                given().queryParam("limit", 101)
                        .when()
                        .get("/api/v1/questions/" + question + "/comments")
                        .then(),
                400,
                "validation");
    }

    @Test
    void theAuthorOrAModeratorEditsAndDeletes() {
        Account author = fixtures.register("ce");
        Account stranger = fixtures.register("cs");
        Account moderator = fixtures.registerWithRole("cm", "moderator");
        String question = fixtures.ask(author, "A question whose comment gets edited", false);
        String id = fixtures.commentOnQuestion(author, question, "First words");
        String comment = "/api/v1/comments/" + id;

        String updatedAt = author.as()
                .body(Map.of("body", "Better **words**"))
                .when()
                .patch(comment)
                .then()
                .statusCode(200)
                .body("body", is("Better **words**"))
                .body("bodyHtml", is("<p>Better <strong>words</strong></p>\n"))
                .extract()
                .path("updatedAt");
        assertNotEquals(given().get(comment).then().extract().path("createdAt"), updatedAt);
        // A patch without the field changes nothing.
        author.as().body("{}").when().patch(comment).then().statusCode(200).body("body", is("Better **words**"));

        assertProblem(
                stranger.as()
                        .body(Map.of("body", "Mine now"))
                        .when()
                        .patch(comment)
                        .then(),
                403,
                "forbidden");
        assertProblem(stranger.as().when().delete(comment).then(), 403, "forbidden");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("body", "No token"))
                        .when()
                        .patch(comment)
                        .then(),
                401,
                "unauthorized");
        assertProblem(given().when().delete(comment).then(), 401, "unauthorized");
        assertProblem(
                author.as().body(Map.of("body", " ")).when().patch(comment).then(), 400, "validation");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("body", null);
        assertProblem(author.as().body(cleared).when().patch(comment).then(), 400, "validation");

        moderator
                .as()
                .body(Map.of("body", "Tidied by a moderator"))
                .when()
                .patch(comment)
                .then()
                .statusCode(200)
                .body("canEdit", is(true))
                .body("author.handle", is(author.handle()));

        author.as().when().delete(comment).then().statusCode(204);
        assertProblem(given().when().get(comment).then(), 404, "not-found");
        assertProblem(moderator.as().when().get(comment).then(), 404, "not-found");
        assertProblem(
                author.as().body(Map.of("body", "Back")).when().patch(comment).then(), 404, "not-found");
        assertProblem(author.as().when().delete(comment).then(), 404, "not-found");
        given().when().get("/api/v1/questions/" + question + "/comments").then().body("items.size()", is(0));
    }

    @Test
    void aModeratorDeletesAnyComment() {
        Account author = fixtures.register("cd");
        Account moderator = fixtures.registerWithRole("cdm", "moderator");
        String question = fixtures.ask(author, "A question with a comment to remove", false);
        String id = fixtures.commentOnQuestion(author, question, "Off-topic remark");
        moderator.as().when().delete("/api/v1/comments/" + id).then().statusCode(204);
        assertProblem(given().when().get("/api/v1/comments/" + id).then(), 404, "not-found");
    }

    @Test
    void deletedOrMissingPostsTakeNoCommentsAndHideTheirs() {
        Account author = fixtures.register("cx");
        String question = fixtures.ask(author, "A question that will be deleted", false);
        String answer = fixtures.answer(author, question, "An answer that will be deleted.", false);
        String other = fixtures.ask(author, "A question that stays", false);
        String answerOfOther = fixtures.answer(author, other, "An answer that goes.", false);
        String onQuestion = fixtures.commentOnQuestion(author, question, "On the question");
        String onAnswer = fixtures.commentOnAnswer(author, answerOfOther, "On the answer");

        author.as().when().delete("/api/v1/answers/" + answerOfOther).then().statusCode(204);
        author.as().when().delete("/api/v1/questions/" + question).then().statusCode(204);

        Map<String, String> body = Map.of("body", "Anyone there?");
        for (String comments : List.of(
                "/api/v1/questions/" + question + "/comments",
                "/api/v1/answers/" + answer + "/comments",
                "/api/v1/answers/" + answerOfOther + "/comments",
                "/api/v1/questions/00000000-0000-4000-8000-000000000000/comments",
                "/api/v1/answers/00000000-0000-4000-8000-000000000000/comments")) {
            assertProblem(author.as().body(body).when().post(comments).then(), 404, "not-found");
            assertProblem(given().when().get(comments).then(), 404, "not-found");
        }
        for (String id : List.of(onQuestion, onAnswer)) {
            assertProblem(given().when().get("/api/v1/comments/" + id).then(), 404, "not-found");
            assertProblem(
                    author.as()
                            .body(body)
                            .when()
                            .patch("/api/v1/comments/" + id)
                            .then(),
                    404,
                    "not-found");
            assertProblem(author.as().when().delete("/api/v1/comments/" + id).then(), 404, "not-found");
        }
        assertProblem(given().when().get("/api/v1/comments/not-a-uuid").then(), 400, "bad-request");
    }

    @Test
    void writingNeedsAToken() {
        Account author = fixtures.register("ct");
        String question = fixtures.ask(author, "A question for signed-in commenters", false);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("body", "Hello"))
                        .when()
                        .post("/api/v1/questions/" + question + "/comments")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void bodiesAreOneTo600CharactersOfInlineMarkdown() {
        Account author = fixtures.register("cb");
        String question = fixtures.ask(author, "A question for comment bodies", false);
        String comments = "/api/v1/questions/" + question + "/comments";

        // Characters, not UTF-16 units: 600 emoji fit, 601 do not.
        String emoji = "\uD83D\uDE80";
        author.as()
                .body(Map.of("body", emoji.repeat(600)))
                .when()
                .post(comments)
                .then()
                .statusCode(201);
        assertProblem(
                author.as()
                        .body(Map.of("body", emoji.repeat(601)))
                        .when()
                        .post(comments)
                        .then(),
                400,
                "validation");
        assertProblem(
                author.as().body(Map.of("body", " \n ")).when().post(comments).then(), 400, "validation");
        assertProblem(author.as().body(Map.of("body", "")).when().post(comments).then(), 400, "validation");
        assertProblem(author.as().body("{}").when().post(comments).then(), 400, "validation");

        String html = author.as()
                .body(Map.of(
                        "body",
                        "# Not a heading\n- not a list\n> not a quote\n"
                                + "![chart](https://example.com/chart.png) `code` [link](https://example.com)"
                                + " <script>alert(1)</script> [x](javascript:alert(1))"))
                .when()
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("bodyHtml");
        for (String refused : List.of("<h1", "<ul", "<li", "<blockquote", "<img", "<script", "javascript:")) {
            assertEquals(-1, html.indexOf(refused), refused + " in " + html);
        }
        for (String kept : List.of(
                "# Not a heading",
                "- not a list",
                "&gt; not a quote",
                "<a href=\"https://example.com/chart.png\"",
                ">chart</a>",
                "<code>code</code>",
                "<a href=\"https://example.com\"",
                ">link</a>",
                "nofollow",
                "&lt;script&gt;")) {
            assertNotEquals(-1, html.indexOf(kept), kept + " not in " + html);
        }
    }

    @Test
    void theAnonymousAskerCommentsAsTheAskerOnTheQuestionAndItsAnswers() {
        Account asker = fixtures.register("caa");
        fixtures.addPosition(asker, "Hidden Corp", "Software Engineer", "Series A Startup", "2022-01", null);
        String question = fixtures.ask(asker, "An anonymous question with comments", true);
        // A later job change shows nowhere: the comment keeps the question's frozen headline.
        fixtures.addPosition(asker, "Next Corp", "Staff Engineer", "Big Tech", "2024-02", null);
        String answer = fixtures.answer(fixtures.register("cab"), question, "An answer to comment on.", false);

        for (String comments :
                List.of("/api/v1/questions/" + question + "/comments", "/api/v1/answers/" + answer + "/comments")) {
            ValidatableResponse created = asker.as()
                    .body(Map.of("body", "What level were you?"))
                    .when()
                    .post(comments)
                    .then()
                    .statusCode(201)
                    .body("author.anonymous", is(true))
                    .body("author.asker", is(true))
                    .body("author.headline", is("Software Engineer at Series A Startup"))
                    .body("canEdit", is(true));
            assertEquals(
                    Set.of("anonymous", "verified", "headline", "asker"),
                    created.extract().jsonPath().getMap("author").keySet());
        }
    }

    @Test
    void theAnonymousAnswererCommentsAsThePostAuthorOnTheirAnswer() {
        Account asker = fixtures.register("cna");
        Account answerer = fixtures.register("cnb");
        fixtures.addPosition(answerer, "Secret Inc", "Engineering Manager", "Series B Startup", "2021-01", null);
        String question = fixtures.ask(asker, "A named question, an anonymous answer", false);
        String answer = fixtures.answer(answerer, question, "Anonymous advice.", true);

        ValidatableResponse created = answerer.as()
                .body(Map.of("body", "It was L5."))
                .when()
                .post("/api/v1/answers/" + answer + "/comments")
                .then()
                .statusCode(201)
                .body("author.postAuthor", is(true))
                .body("author.headline", is("Engineering Manager at Series B Startup"));
        assertEquals(
                Set.of("anonymous", "verified", "headline", "postAuthor"),
                created.extract().jsonPath().getMap("author").keySet());
        // On the question they comment as anybody: under their name, no marker.
        answerer.as()
                .body(Map.of("body", "A named remark"))
                .when()
                .post("/api/v1/questions/" + question + "/comments")
                .then()
                .statusCode(201)
                .body("author.handle", is(answerer.handle()))
                .body("author.postAuthor", nullValue())
                .body("author.asker", nullValue());
    }

    @Test
    void namedAuthorsCommentUnderTheirNameWithTheirRole() {
        Account asker = fixtures.register("cma");
        Account answerer = fixtures.register("cmb");
        Account reader = fixtures.register("cmc");
        fixtures.addPosition(reader, "Open Co", "Designer", null, "2020-01", null);
        String question = fixtures.ask(asker, "A named question with named comments", false);
        String answer = fixtures.answer(answerer, question, "Named advice.", false);
        String comments = "/api/v1/answers/" + answer + "/comments";

        asker.as()
                .body(Map.of("body", "Thanks"))
                .when()
                .post(comments)
                .then()
                .body("author.handle", is(asker.handle()))
                .body("author.asker", is(true))
                .body("author.postAuthor", nullValue());
        answerer.as()
                .body(Map.of("body", "Welcome"))
                .when()
                .post(comments)
                .then()
                .body("author.handle", is(answerer.handle()))
                .body("author.postAuthor", is(true))
                .body("author.asker", nullValue());
        reader.as()
                .body(Map.of("body", "Me too"))
                .when()
                .post(comments)
                .then()
                .body("author.handle", is(reader.handle()))
                .body("author.displayName", is("User " + reader.handle()))
                .body("author.headline", is("Designer at Open Co"))
                .body("author.companies", is(List.of("Open Co")))
                .body("author.asker", nullValue())
                .body("author.postAuthor", nullValue());
        // The list reads the same authors as the writes answered.
        given().when()
                .get(comments)
                .then()
                .body("items.author.asker", is(java.util.Arrays.asList(true, null, null)))
                .body("items.author.postAuthor", is(java.util.Arrays.asList(null, true, null)));
    }

    @Test
    void anAnonymousAnswerToTheirOwnAnonymousQuestionShowsOneMarkerOnly() {
        Account author = fixtures.register("cboth");
        fixtures.addPosition(author, "Twice Co", "Analyst", "Seed Startup", "2023-01", null);
        String question = fixtures.ask(author, "Anonymous twice over, asking", true);
        String answer = fixtures.answer(author, question, "Anonymous twice over, answering.", true);
        ValidatableResponse created = author.as()
                .body(Map.of("body", "Replying to myself"))
                .when()
                .post("/api/v1/answers/" + answer + "/comments")
                .then()
                .statusCode(201)
                .body("author.postAuthor", is(true));
        assertEquals(
                Set.of("anonymous", "verified", "headline", "postAuthor"),
                created.extract().jsonPath().getMap("author").keySet());
    }

    @Test
    void mentionsOfExistingUsersAreStoredButNotInCodeSpans() {
        Account author = fixtures.register("cmn");
        Account first = fixtures.register("mone");
        Account second = fixtures.register("mtwo");
        Account quoted = fixtures.register("mcode");
        String question = fixtures.ask(author, "A question where people get mentioned", false);
        String id = fixtures.commentOnQuestion(
                author,
                question,
                "@" + first.handle() + " and @" + second.handle().toUpperCase() + ", not `@" + quoted.handle()
                        + "` nor mail@" + quoted.handle() + ", nor @nobody_" + first.handle() + " nor @"
                        + first.handle() + "x");
        assertEquals(Set.of(first.handle(), second.handle()), mentioned(id));

        author.as()
                .body(Map.of("body", "Only @" + quoted.handle() + " now"))
                .when()
                .patch("/api/v1/comments/" + id)
                .then()
                .statusCode(200);
        assertEquals(Set.of(quoted.handle()), mentioned(id));
    }

    @Test
    void aCommentStoresAtMostTenMentions() {
        Account author = fixtures.register("cten");
        String question = fixtures.ask(author, "A question where many get mentioned", false);
        StringBuilder body = new StringBuilder();
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String handle = fixtures.register("m" + i).handle();
            handles.add(handle);
            body.append('@').append(handle).append(' ');
        }
        String id = fixtures.commentOnQuestion(author, question, body.toString());
        assertEquals(Set.copyOf(handles.subList(0, 10)), mentioned(id));
    }

    private Set<String> mentioned(String commentId) {
        return Set.copyOf(fixtures.strings(
                "SELECT u.handle FROM comment_mentions m JOIN users u ON u.id = m.user_id WHERE m.comment_id = ?::uuid",
                commentId));
    }

    /** Comments take the question's lock: none lands after the question is gone, none that got a 201 is lost. */
    @Test
    void commentsRacingTheDeletionOfTheirQuestion() throws Exception {
        Account asker = fixtures.register("crace");
        String question = fixtures.ask(asker, "Will anybody comment before this goes?", false);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Account commenter = fixtures.register("cracer" + i);
            calls.add(() -> commenter
                    .as()
                    .body(Map.of("body", "Quick, before it goes"))
                    .post("/api/v1/questions/" + question + "/comments"));
        }
        calls.add(4, () -> asker.as().delete("/api/v1/questions/" + question));
        List<Integer> statuses = Concurrently.statuses(9, calls);
        assertEquals(1, Collections.frequency(statuses, 204), statuses.toString());
        assertEquals(
                8, Collections.frequency(statuses, 201) + Collections.frequency(statuses, 404), statuses.toString());
        assertEquals(
                Collections.frequency(statuses, 201),
                fixtures.count("SELECT count(*) FROM comments WHERE question_id = ?::uuid", question));
        assertEquals(
                0,
                fixtures.count(
                        "SELECT count(*) FROM comments c JOIN questions q ON q.id = c.question_id"
                                + " WHERE q.id = ?::uuid AND c.created_at > q.deleted_at",
                        question));
    }

    @Test
    void someoneElsesCommentIsNotEditableForThem() {
        Account author = fixtures.register("cne");
        Account other = fixtures.register("cno");
        String question = fixtures.ask(author, "A question with someone else's comment", false);
        String id = fixtures.commentOnQuestion(author, question, "Mine");
        other.as()
                .when()
                .get("/api/v1/questions/" + question + "/comments")
                .then()
                .body("items[0].canEdit", is(false))
                .body("items[0].author", notNullValue())
                .body(not(containsString("\"version\"")));
        author.as().when().get("/api/v1/comments/" + id).then().body("canEdit", is(true));
    }
}
