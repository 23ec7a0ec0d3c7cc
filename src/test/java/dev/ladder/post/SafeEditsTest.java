package dev.ladder.post;

import static dev.ladder.support.Problems.assertProblem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * If-Match on PATCH: an edit based on a version of a question or answer that somebody else has
 * edited since is a 412 and changes nothing, even when the two edits race; votes and answers do
 * not count as edits; without If-Match, edits work as before.
 */
@QuarkusTest
class SafeEditsTest {
    @Inject
    Fixtures fixtures;

    private static String etag(Account reader, String path) {
        return reader.as().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private String title(String questionId) {
        return fixtures.string("SELECT title FROM questions WHERE id = ?", UUID.fromString(questionId));
    }

    @Test
    void anEditWithTheCurrentTagSucceedsAndAnswersTheTagOfTheNewVersion() {
        Account author = fixtures.register("ifmatch");
        String path = "/api/v1/questions/" + fixtures.ask(author, "Can I edit this with its ETag?", false);
        String read = etag(author, path);
        String edited = author.as()
                .header("If-Match", read)
                .body(Map.of("title", "Can I edit this with its current ETag?"))
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"1."))
                .header("Cache-Control", "no-store")
                .body("title", is("Can I edit this with its current ETag?"))
                .extract()
                .header("ETag");
        assertEquals(edited, etag(author, path), "the edit's answer is what a GET then says");
        author.as()
                .header("If-Match", edited)
                .body(Map.of("body", "Edited twice, each time from the latest version."))
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"2."));
        author.as()
                .header("If-Match", "*")
                .body(Map.of("body", "Any version will do."))
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"3."));
    }

    @Test
    void anEditFromAStaleTagIs412AndChangesNothing() {
        Account author = fixtures.register("stale");
        Account moderator = fixtures.registerWithRole("stalemod", "moderator");
        String id = fixtures.ask(author, "Who edited this question last?", false);
        String path = "/api/v1/questions/" + id;
        String read = etag(author, path);
        moderator
                .as()
                .body(Map.of("title", "Who edited this question last? A moderator did."))
                .when()
                .patch(path)
                .then()
                .statusCode(200);

        assertProblem(
                        author.as()
                                .header("If-Match", read)
                                .body(Map.of("title", "The author's edit must not land"))
                                .when()
                                .patch(path)
                                .then(),
                        412,
                        "precondition-failed")
                .header("Cache-Control", "no-store");
        assertProblem(
                author.as()
                        .header("If-Match", "W/" + etag(author, path))
                        .body(Map.of("title", "Weak tags never match"))
                        .when()
                        .patch(path)
                        .then(),
                412,
                "precondition-failed");
        assertEquals("Who edited this question last? A moderator did.", title(id));
        assertEquals(1, fixtures.count("SELECT version FROM questions WHERE id = ?", UUID.fromString(id)));
    }

    @Test
    void answerEditsTakeIfMatchToo() {
        Account asker = fixtures.register("ansasker");
        Account author = fixtures.register("ansauthor");
        String question = fixtures.ask(asker, "Can an answer be edited safely?", false);
        String answer = fixtures.answer(author, question, "First version of the answer.", true);
        String path = "/api/v1/answers/" + answer;
        String read = etag(author, path);
        author.as()
                .header("If-Match", read)
                .body(Map.of("body", "Second version of the answer."))
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"1."));
        assertProblem(
                author.as()
                        .header("If-Match", read)
                        .body(Map.of("body", "A stale edit of the answer."))
                        .when()
                        .patch(path)
                        .then(),
                412,
                "precondition-failed");
        assertEquals(
                "Second version of the answer.",
                fixtures.string("SELECT body FROM answers WHERE id = ?", UUID.fromString(answer)));
    }

    @Test
    void votesAndAnswersNeverMakeAnEditFail() {
        Account author = fixtures.register("notedit");
        Account reader = fixtures.register("noteditor");
        String id = fixtures.ask(author, "Do votes count as edits of this question?", false);
        String path = "/api/v1/questions/" + id;
        String read = etag(author, path);
        fixtures.voteOnQuestion(reader, id, 1);
        fixtures.answer(reader, id, "No, and answers do not either.", false);
        author.as()
                .header("If-Match", read)
                .body(Map.of("title", "Do votes and answers count as edits?"))
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .body("score", is(1), "answerCount", is(1));
    }

    @Test
    void editsWithoutIfMatchWorkAsBefore() {
        Account author = fixtures.register("noifmatch");
        String id = fixtures.ask(author, "Can I still edit without If-Match?", false);
        for (int i = 1; i <= 2; i++) {
            author.as()
                    .body(Map.of("title", "Edited without If-Match, time " + i))
                    .when()
                    .patch("/api/v1/questions/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", startsWith("\"" + i + "."));
        }
        assertEquals("Edited without If-Match, time 2", title(id));
    }

    @Test
    void editsRacingWithTheSameTagLetExactlyOneThrough() throws Exception {
        Account author = fixtures.register("racer");
        String id = fixtures.ask(author, "Which of the racing edits lands?", false);
        String path = "/api/v1/questions/" + id;
        String read = etag(author, path);
        List<Callable<Response>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Racing edit number " + i;
            edits.add(() -> author.as()
                    .header("If-Match", read)
                    .body(Map.of("title", title))
                    .when()
                    .patch(path));
        }
        List<Response> responses = Concurrently.send(8, edits);
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(7, Collections.frequency(statuses, 412), statuses.toString());
        String winner = responses.get(statuses.indexOf(200)).path("title");
        assertEquals(winner, title(id));
        assertEquals(1, fixtures.count("SELECT version FROM questions WHERE id = ?", UUID.fromString(id)));
    }
}
