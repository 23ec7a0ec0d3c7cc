package dev.ladder.qa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The N+1 guard: reads with authors, credentials, topics and the caller's votes cost a small
 * constant number of SQL statements, whatever the page size. The exact counts are asserted, so a
 * change to any of them is a decision someone made, not a drift.
 */
@QuarkusTest
class StatementCountTest {
    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    private long statementsOf(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private List<Account> authorsWithCredentials(int count) {
        List<Account> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account author = fixtures.register("cred" + i);
            fixtures.addPosition(author, "Company " + i, "Engineer", "Series B Startup", "2020-01", null);
            fixtures.addPosition(author, "Earlier " + i, "Intern", null, "2018-01", "2019-01");
            authors.add(author);
        }
        return authors;
    }

    @Test
    void questionPageWithAnswersIsAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(4);
        Account reader = fixtures.register("reader");
        String question =
                fixtures.ask(authors.get(0), "How many statements does this page cost?", false, "startups", "big-tech");
        for (int i = 0; i < 25; i++) {
            fixtures.answer(authors.get(1 + i % 3), question, "Answer " + i, i % 2 == 0);
        }
        Supplier<RequestSpecification> asReader = () -> reader.as();
        long signedIn = statementsOf(() -> asReader.get()
                .queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("answers.items.size()", is(20)));
        long signedOut = statementsOf(() -> given().queryParam("include", "answers")
                .when()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200));
        // Question with author and topics, the caller's vote on it, their follow and bookmark of it; the answers
        // with authors, the caller's votes on them, their bookmarks of them.
        assertEquals(6, signedIn, "question page, signed in");
        assertEquals(2, signedOut, "question page, signed out: nothing of the caller's to look up");
    }

    /** One more statement for the comments of the question and of every answer shown, whatever their numbers. */
    @Test
    void questionPageWithCommentsCostsOneStatementMoreWhateverTheCounts() {
        List<Account> authors = authorsWithCredentials(3);
        Account reader = fixtures.register("reader");
        for (int[] size : new int[][] {{2, 1}, {25, 8}}) {
            int answerCount = size[0];
            int commentsPerPost = size[1];
            String question = fixtures.ask(authors.get(0), "A page of " + answerCount + " answers", true);
            for (int c = 0; c < commentsPerPost; c++) {
                fixtures.commentOnQuestion(authors.get(c % 3), question, "On the question " + c);
            }
            for (int i = 0; i < answerCount; i++) {
                String answer = fixtures.answer(authors.get(1 + i % 2), question, "Answer " + i, i % 2 == 0);
                for (int c = 0; c < commentsPerPost; c++) {
                    fixtures.commentOnAnswer(authors.get(c % 3), answer, "On answer " + i + ", " + c);
                }
            }
            int shown = Math.min(commentsPerPost, 5);
            for (boolean signedIn : new boolean[] {true, false}) {
                long statements = statementsOf(() -> (signedIn ? reader.as() : given())
                        .queryParam("include", "answers,comments")
                        .when()
                        .get("/api/v1/questions/" + question)
                        .then()
                        .statusCode(200)
                        .body("comments.items.size()", is(shown))
                        .body("answers.items.size()", is(Math.min(answerCount, 20)))
                        .body("answers.items[0].comments.items.size()", is(shown)));
                // The answers-only page (6 signed in, 2 signed out), plus the first comments of every post shown.
                assertEquals(signedIn ? 7 : 3, statements, answerCount + " answers, signed in: " + signedIn);
            }
        }
    }

    @Test
    void twentyItemQuestionListIsAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(3);
        Account reader = fixtures.register("reader");
        for (int i = 0; i < 21; i++) {
            fixtures.ask(
                    authors.get(i % 3), "Statement count list question " + i, i % 4 == 0, "startups", "career-growth");
        }
        long small = statementsOf(() -> reader.as()
                .queryParam("limit", 2)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200));
        long full = statementsOf(() -> reader.as()
                .queryParam("limit", 20)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("items.size()", is(20)));
        // Questions with authors, their topics, the caller's votes, their follows and bookmarks.
        assertEquals(4, full, "20-item question list");
        assertEquals(small, full, "cost grew with page size");
    }

    @Test
    void hundredItemAnswerListIsAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(4);
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(authors.get(0), "A question with a hundred answers", false);
        for (int i = 0; i < 100; i++) {
            fixtures.answer(authors.get(i % 4), question, "Answer number " + i, i % 5 == 0);
        }
        long small = statementsOf(() -> reader.as()
                .queryParam("limit", 5)
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200));
        long full = statementsOf(() -> reader.as()
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(200)
                .body("items.size()", is(100)));
        // The question (it must be visible), answers with authors, the caller's votes, their bookmarks.
        assertEquals(4, full, "100-item answer list");
        assertEquals(small, full, "cost grew with page size");
    }

    @Test
    void searchAndRelatedAreAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(3);
        Account reader = fixtures.register("reader");
        String word = "zqcount" + System.nanoTime();
        String first = null;
        for (int i = 0; i < 21; i++) {
            String id = fixtures.ask(
                    authors.get(i % 3),
                    "Counting statements of search " + word + " " + i,
                    i % 4 == 0,
                    "startups",
                    "big-tech");
            first = first == null ? id : first;
        }
        long small = statementsOf(() -> reader.as()
                .queryParam("q", word)
                .queryParam("limit", 2)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200));
        long full = statementsOf(() -> reader.as()
                .queryParam("q", word)
                .queryParam("limit", 20)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.size()", is(20)));
        // Ranked ids with snippets, questions with authors, their topics, the caller's votes, follows and bookmarks.
        assertEquals(5, full, "20-result search");
        assertEquals(small, full, "cost grew with page size");
        String question = first;
        long related = statementsOf(() -> reader.as()
                .queryParam("limit", 20)
                .when()
                .get("/api/v1/questions/" + question + "/related")
                .then()
                .statusCode(200)
                .body("items.size()", is(20)));
        // The question (it must be visible), related ids, then as a list: questions, topics, votes, follows and
        // bookmarks.
        assertEquals(6, related, "20 related questions");
    }

    @Test
    void commentReadsAreAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(3);
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(authors.get(0), "How many statements do comments cost?", true);
        String answer = fixtures.answer(authors.get(1), question, "An answer with comments.", true);
        String comment = null;
        for (int i = 0; i < 25; i++) {
            comment = fixtures.commentOnQuestion(authors.get(i % 3), question, "Comment " + i);
            fixtures.commentOnAnswer(authors.get(i % 3), answer, "Comment " + i);
        }
        String lastComment = comment;
        for (RequestSpecification as : List.of(reader.as(), given())) {
            // The question (with author and topics), then the page with its authors.
            assertEquals(
                    2,
                    statementsOf(() -> as.when()
                            .get("/api/v1/questions/" + question + "/comments")
                            .then()
                            .statusCode(200)
                            .body("items.size()", is(20))),
                    "a question's comments");
            // The answer (with author and question), then the page with its authors.
            assertEquals(
                    2,
                    statementsOf(() -> as.when()
                            .get("/api/v1/answers/" + answer + "/comments")
                            .then()
                            .statusCode(200)
                            .body("items.size()", is(20))),
                    "an answer's comments");
            // The comment with its author, its question and its answer.
            assertEquals(
                    1,
                    statementsOf(() -> as.when()
                            .get("/api/v1/comments/" + lastComment)
                            .then()
                            .statusCode(200)),
                    "a comment");
        }
    }

    @Test
    void notificationReadsAreAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(2);
        Account asker = fixtures.register("asker");
        String question = fixtures.ask(asker, "How many statements do notifications cost?", false);
        for (int i = 0; i < 25; i++) {
            String answer = fixtures.answer(authors.get(i % 2), question, "Answer " + i, i % 2 == 0);
            fixtures.commentOnAnswer(asker, answer, "Comment " + i);
        }
        // How far the caller read, the page's ids (each source bounded on its index), then the
        // page with every actor's byline and question.
        assertEquals(
                3,
                statementsOf(() -> asker.as()
                        .when()
                        .get("/api/v1/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("items.size()", is(20))),
                "20 notifications");
        assertEquals(
                2,
                statementsOf(() -> asker.as()
                        .when()
                        .get("/api/v1/me/notifications/unread-count")
                        .then()
                        .statusCode(200)
                        .body("count", is(25))),
                "unread count");
    }

    @Test
    void revisionReadsAreAConstantNumberOfStatements() {
        List<Account> authors = authorsWithCredentials(2);
        Account moderator = fixtures.registerWithRole("mod", "moderator");
        Account reader = fixtures.register("reader");
        String question = fixtures.ask(authors.get(0), "How many statements do revisions cost?", true);
        String answer = fixtures.answer(authors.get(1), question, "An answer with revisions.", false);
        for (int i = 0; i < 25; i++) {
            Account editor = i % 2 == 0 ? moderator : authors.get(0);
            editor.as()
                    .body(Map.of("body", "Question body " + i))
                    .when()
                    .patch("/api/v1/questions/" + question)
                    .then()
                    .statusCode(200);
            (i % 2 == 0 ? moderator : authors.get(1))
                    .as()
                    .body(Map.of("body", "Answer body " + i))
                    .when()
                    .patch("/api/v1/answers/" + answer)
                    .then()
                    .statusCode(200);
        }
        for (RequestSpecification as : List.of(reader.as(), given())) {
            // The question (with author and topics), then the page: its editors are the question's author or
            // "moderator".
            assertEquals(
                    2,
                    statementsOf(() -> as.when()
                            .get("/api/v1/questions/" + question + "/revisions")
                            .then()
                            .statusCode(200)
                            .body("items.size()", is(20))),
                    "a question's revisions");
            // The answer (with author and question), then the page.
            assertEquals(
                    2,
                    statementsOf(() -> as.when()
                            .get("/api/v1/answers/" + answer + "/revisions")
                            .then()
                            .statusCode(200)
                            .body("items.size()", is(20))),
                    "an answer's revisions");
        }
    }

    @Test
    void aVoteIsOneStatement() {
        List<Account> authors = authorsWithCredentials(1);
        Account voter = fixtures.register("voter");
        String question = fixtures.ask(authors.get(0), "How many statements does a vote cost?", false, "startups");
        String path = "/api/v1/questions/" + question + "/vote";
        long first = statementsOf(() -> voter.as()
                .contentType("application/json")
                .body("{\"value\": 1}")
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("score", is(1)));
        long flip = statementsOf(() -> voter.as()
                .contentType("application/json")
                .body("{\"value\": -1}")
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("score", is(-1)));
        long retract = statementsOf(
                () -> voter.as().when().delete(path).then().statusCode(200).body("score", is(0)));
        // The post's row lock, the vote row, the score and the reputation: all in one statement.
        assertEquals(1, first, "first vote");
        assertEquals(1, flip, "changed vote");
        assertEquals(1, retract, "retracted vote");
    }

    @Test
    void acceptingAnAnswerCostsTheSameWhateverTheAnswerCount() {
        List<Account> authors = authorsWithCredentials(2);
        Account asker = authors.get(0);
        String question = fixtures.ask(asker, "How many statements does accepting cost?", false, "startups");
        String answer = fixtures.answer(authors.get(1), question, "This many.", false);
        for (int i = 0; i < 5; i++) {
            fixtures.answer(authors.get(1), question, "Another answer " + i, false);
        }
        String path = "/api/v1/questions/" + question + "/accepted-answer";
        long accept = statementsOf(() -> asker.as()
                .contentType("application/json")
                .body("{\"answerId\": \"" + answer + "\"}")
                .when()
                .put(path)
                .then()
                .statusCode(200));
        long again = statementsOf(() -> asker.as()
                .contentType("application/json")
                .body("{\"answerId\": \"" + answer + "\"}")
                .when()
                .put(path)
                .then()
                .statusCode(200));
        long undo = statementsOf(() -> asker.as().when().delete(path).then().statusCode(200));
        // The question's lock, the question with its author and topics, the answer's check, the move
        // (marks, question and reputation in one statement), the notification of the answer's author, the caller's
        // vote, their follow and bookmark.
        assertEquals(7, accept, "accept");
        assertEquals(5, again, "accept the accepted answer again: no move");
        assertEquals(5, undo, "undo: no answer to check");
    }
}
