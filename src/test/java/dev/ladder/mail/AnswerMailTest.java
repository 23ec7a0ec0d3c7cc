package dev.ladder.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.mail.Inbox.Received;
import dev.ladder.support.Concurrently;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail to askers about answers ({@code emailOnAnswer}), received by a real SMTP server. */
@QuarkusTest
class AnswerMailTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    @Inject
    Fixtures fixtures;

    @Inject
    AnswerMailJob job;

    /** Earlier tests' answers are nobody's business here: the job starts from now. */
    @BeforeEach
    void skipEarlierAnswers() {
        fixtures.update("UPDATE mail_cursors SET last_event_id = (SELECT coalesce(max(id), 0) FROM notification_events)"
                + " WHERE name = 'answers'");
    }

    @Test
    void theAskerGetsOneMailPerAnswerEvenWhenTwoInstancesRunTheJob() throws Exception {
        Account asker = fixtures.register("asker");
        Account answerer = fixtures.register("answerer");
        String question = fixtures.ask(asker, "Should I ask for a raise before the review cycle?", true);
        fixtures.answer(answerer, question, "Ask before the cycle: budgets are set early.", false);

        List<Callable<Integer>> twoInstances = List.of(job::sendNew, job::sendNew);
        Concurrently.send(2, twoInstances);
        job.sendNew();

        List<Received> mail = Inbox.to(asker.email());
        assertEquals(1, mail.size(), mail.toString());
        Received received = mail.get(0);
        assertEquals("New answer to \"Should I ask for a raise before the review cycle?\"", received.subject());
        assertTrue(received.text().contains("/#/questions/" + question), received.text());
        assertFalse(received.text().contains(answerer.handle()), "the mail names nobody");
        assertEquals("List-Unsubscribe=One-Click", received.listUnsubscribePost());
        assertEquals(List.of(), Inbox.to(answerer.email()));

        // The link in the header turns this mail off, signed out; the next answer mails nobody.
        given().queryParam("token", received.unsubscribeToken())
                .when()
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(200)
                .body("emailOnAnswer", is(false))
                .body("emailDigest", is("weekly"));
        fixtures.answer(fixtures.register("second"), question, "Before, and with numbers.", false);
        job.sendNew();
        assertEquals(1, Inbox.to(asker.email()).size());
    }

    @Test
    void noMailForOwnAnswersGoneAnswersOrAskersWhoTurnedItOff() {
        Account answerer = fixtures.register("answerer");
        Account selfAnswering = fixtures.register("self");
        String own = fixtures.ask(selfAnswering, "Is it fine to answer my own question?", false);
        fixtures.answer(selfAnswering, own, "Yes, when you found the answer yourself.", false);

        Account withdrawn = fixtures.register("withdrawn");
        String question = fixtures.ask(withdrawn, "Does a deleted answer still mail me?", false);
        String answer = fixtures.answer(answerer, question, "It should not: it is gone.", false);
        answerer.as().when().delete("/api/v1/answers/" + answer).then().statusCode(204);

        Account quiet = fixtures.register("quiet");
        quiet.as()
                .body(Map.of("emailOnAnswer", false))
                .when()
                .patch("/api/v1/me/settings")
                .then()
                .statusCode(200);
        String quietQuestion = fixtures.ask(quiet, "Can I turn answer mail off?", false);
        fixtures.answer(answerer, quietQuestion, "Yes, in the settings.", false);

        Account control = fixtures.register("control");
        fixtures.answer(answerer, fixtures.ask(control, "Does this one mail me?", false), "It does.", false);

        assertEquals(1, job.sendNew());
        assertEquals(1, Inbox.to(control.email()).size());
        for (Account nobody : List.of(selfAnswering, withdrawn, quiet)) {
            assertEquals(List.of(), Inbox.to(nobody.email()), nobody.handle());
        }
    }
}
