package dev.ladder.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.sdk.ApiClient;
import dev.ladder.sdk.ApiException;
import dev.ladder.sdk.ApiResponse;
import dev.ladder.sdk.api.AccountsApi;
import dev.ladder.sdk.api.AnswersApi;
import dev.ladder.sdk.api.CommentsApi;
import dev.ladder.sdk.api.PositionsApi;
import dev.ladder.sdk.api.QuestionsApi;
import dev.ladder.sdk.api.RevisionsApi;
import dev.ladder.sdk.api.VotesApi;
import dev.ladder.sdk.model.AcceptAnswerRequest;
import dev.ladder.sdk.model.AnonymousActor;
import dev.ladder.sdk.model.AnonymousAuthor;
import dev.ladder.sdk.model.AnswerView;
import dev.ladder.sdk.model.CommentView;
import dev.ladder.sdk.model.CreateAnswerRequest;
import dev.ladder.sdk.model.CreateCommentRequest;
import dev.ladder.sdk.model.CreatePositionRequest;
import dev.ladder.sdk.model.CreateQuestionRequest;
import dev.ladder.sdk.model.NamedAuthor;
import dev.ladder.sdk.model.PageRevisionView;
import dev.ladder.sdk.model.QuestionView;
import dev.ladder.sdk.model.RegisterRequest;
import dev.ladder.sdk.model.UpdateQuestionRequest;
import dev.ladder.sdk.model.VoteRequest;
import dev.ladder.sdk.model.VoteView;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator makes from openapi.yaml (target/generated-clients/java,
 * compiled with the tests) does the seed page's flow against the running service, as a client
 * developer's first program would.
 */
@Tag("slow")
@QuarkusTest
class GeneratedJavaClientTest {
    @TestHTTPResource("/")
    URL base;

    private ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    private String register(String handle) throws ApiException {
        return new AccountsApi(client(null))
                .register(new RegisterRequest()
                        .handle(handle)
                        .email(handle + "@example.com")
                        .password("correct-horse-battery")
                        .displayName("SDK " + handle))
                .getAccessToken();
    }

    /** Asks anonymously as a Software Engineer at a Series A startup, the seed page's asker. */
    private QuestionView askAnonymously(String asker, String title, String body, String topic) throws ApiException {
        new PositionsApi(client(asker))
                .addPosition(new CreatePositionRequest()
                        .company("Acme")
                        .title("Software Engineer")
                        .companyStage("Series A Startup")
                        .startDate("2024-01"));
        return new QuestionsApi(client(asker))
                .askQuestion(new CreateQuestionRequest()
                        .title(title)
                        .body(body)
                        .topics(List.of(topic))
                        .anonymous(true));
    }

    @Test
    void registerAskAnonymouslyAnswerVoteAndReadTheQuestionPage() throws ApiException {
        String unique = Long.toString(System.nanoTime(), 36);
        String asker = register("sdk_asker_" + unique);
        QuestionView asked = askAnonymously(
                asker,
                "What separates a tech lead from an engineering manager? " + unique,
                "Asked through the **generated Java client**.",
                "startups");

        String answerer = register("sdk_tl_" + unique);
        new PositionsApi(client(answerer))
                .addPosition(new CreatePositionRequest()
                        .company("Meta")
                        .title("Tech Lead")
                        .startDate("2019-01"));
        AnswerView answer = new AnswersApi(client(answerer))
                .postAnswer(
                        asked.getId(),
                        new CreateAnswerRequest()
                                .body("The TL leads the technology, the EM the people.")
                                .anonymous(false));
        VoteView vote = new VotesApi(client(asker))
                .voteOnAnswer(answer.getId(), new VoteRequest().value(VoteRequest.ValueEnum.NUMBER_1));
        assertEquals(1, vote.getScore());
        QuestionView seenByVoter =
                new QuestionsApi(client(asker)).getQuestion(asked.getId(), null, "answers", null, null, null);
        assertEquals(
                AnswerView.MyVoteEnum.NUMBER_1,
                seenByVoter.getAnswers().getItems().get(0).getMyVote());

        QuestionView page =
                new QuestionsApi(client(null)).getQuestion(asked.getId(), null, "answers", null, null, null);
        // An anonymous author is a type of its own, with no handle to read.
        AnonymousAuthor shownAsker =
                assertInstanceOf(AnonymousAuthor.class, page.getAuthor().getActualInstance());
        assertEquals("Software Engineer at Series A Startup", shownAsker.getHeadline());
        assertEquals(1, page.getAnswerCount());
        AnswerView shown = page.getAnswers().getItems().get(0);
        assertEquals(1, shown.getScore());
        assertEquals(
                List.of("Meta"),
                assertInstanceOf(NamedAuthor.class, shown.getAuthor().getActualInstance())
                        .getCompanies());
        assertTrue(shown.getBodyHtml().contains("<p>The TL leads"), shown.getBodyHtml());
    }

    /** The forum around the page: the anonymous asker comments and accepts, the answerer edits, anyone reads revisions. */
    @Test
    void commentAsTheAnonymousAskerAcceptEditAndReadRevisions() throws ApiException {
        String unique = Long.toString(System.nanoTime(), 36);
        String asker = register("sdk_q_" + unique);
        QuestionView asked = askAnonymously(
                asker,
                "Should I move from tech lead to manager? " + unique,
                "Asked anonymously through the generated Java client.",
                "tech-leadership");
        String answerer = register("sdk_a_" + unique);
        AnswerView answer = new AnswersApi(client(answerer))
                .postAnswer(
                        asked.getId(),
                        new CreateAnswerRequest().body("Try it for a year.").anonymous(false));

        CommentView comment = new CommentsApi(client(asker))
                .postAnswerComment(answer.getId(), new CreateCommentRequest().body("What level were you then?"));
        AnonymousActor shownAsker =
                assertInstanceOf(AnonymousActor.class, comment.getAuthor().getActualInstance());
        assertEquals("Software Engineer at Series A Startup", shownAsker.getHeadline());
        assertEquals(AnonymousActor.AskerEnum.TRUE, shownAsker.getAsker());

        QuestionView accepted = new AnswersApi(client(asker))
                .acceptAnswer(asked.getId(), new AcceptAnswerRequest().answerId(answer.getId()));
        assertEquals(answer.getId(), accepted.getAcceptedAnswerId());

        // An edit with the ETag just read succeeds and keeps the version it replaced.
        ApiResponse<QuestionView> read =
                new QuestionsApi(client(asker)).getQuestionWithHttpInfo(asked.getId(), null, null, null, null, null);
        String etag = read.getHeaders().get("etag").get(0);
        new QuestionsApi(client(asker))
                .updateQuestion(
                        asked.getId(), new UpdateQuestionRequest().body("Asked anonymously, then edited once."), etag);
        PageRevisionView revisions =
                new RevisionsApi(client(null)).listQuestionRevisions(asked.getId(), null, null, null);
        // The list holds the versions edits replaced: the original, shown as its anonymous asker.
        assertEquals(1, revisions.getItems().size());
        assertEquals(
                "Asked anonymously through the generated Java client.",
                revisions.getItems().get(0).getBody());
        assertEquals(
                AnonymousActor.AskerEnum.TRUE,
                assertInstanceOf(
                                AnonymousActor.class,
                                revisions.getItems().get(0).getEditor().getActualInstance())
                        .getAsker());

        QuestionView page =
                new QuestionsApi(client(null)).getQuestion(asked.getId(), null, "answers,comments", 5, null, null);
        AnswerView shown = page.getAnswers().getItems().get(0);
        assertEquals(true, shown.getAccepted());
        assertEquals(comment.getId(), shown.getComments().getItems().get(0).getId());
        assertEquals(List.of(), page.getComments().getItems());
    }

    @Test
    void errorsReachTheClientAsProblemJsonWithTheirStatus() {
        ApiException notFound = assertThrows(
                ApiException.class,
                () -> new QuestionsApi(client(null))
                        .getQuestion(java.util.UUID.randomUUID(), null, null, null, null, null));
        assertEquals(404, notFound.getCode());
        assertTrue(
                notFound.getResponseBody().contains("\"type\":\"https://ladder.dev/problems/not-found\""),
                notFound.getResponseBody());
    }
}
