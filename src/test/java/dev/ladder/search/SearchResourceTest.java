package dev.ladder.search;

import static dev.ladder.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.withArgs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Every test searches for made-up words of its own, so other tests' questions never match. */
@QuarkusTest
class SearchResourceTest {
    private static final String SEARCH = "/api/v1/search";
    private static final Random RANDOM = new Random();

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    /** A word no dictionary has and the English stemmer leaves alone: "zq" and ten random letters. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private String ask(Account author, String title, String body, String... topics) {
        return author.as()
                .body(Map.of(
                        "title",
                        title,
                        "body",
                        body,
                        "topics",
                        List.of(topics.length == 0 ? new String[] {"startups"} : topics),
                        "anonymous",
                        false))
                .when()
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long statementsOf(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTitleMatchOutranksABodyMentionEvenWhenOlder() {
        String word = word();
        Account author = fixtures.register("rank");
        String inTitle = ask(author, "Is " + word + " worth learning?", "Asking for a friend who builds things.");
        String inBody =
                ask(author, "A question asked a little later", "Somebody once told me about " + word + " in passing.");
        given().queryParam("q", word)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.question.id", contains(inTitle, inBody))
                .body("items[0].titleHtml", is("Is <mark>" + word + "</mark> worth learning?"))
                .body("items[1].snippetHtml", containsString("<mark>" + word + "</mark>"))
                .body("items[0].question.author.handle", is(author.handle()))
                .body("nextCursor", is((String) null));
    }

    @Test
    void quotedPhrasesOrAndExcludedWordsWorkAsOnTheWeb() {
        String word = word();
        String other = word();
        Account author = fixtures.register("syntax");
        String phrase = ask(author, "First question about " + word, "The marmot walrus story, in that order.");
        String reversed = ask(author, "Second question about " + word, "The walrus marmot story, the other way round.");
        String both = ask(author, "Third question about " + word + " and " + other, "Nothing else here.");
        assertEquals(List.of(phrase), search(word + " \"marmot walrus\"").getList("items.question.id"));
        assertEquals(
                Set.of(phrase, reversed), Set.copyOf(search(word + " -" + other).getList("items.question.id")));
        assertEquals(
                Set.of(phrase, reversed, both),
                Set.copyOf(search(word + " or " + other).getList("items.question.id")));
        assertEquals(Set.of(both), Set.copyOf(search(other).getList("items.question.id")));
    }

    @Test
    void answersAreSearchedAndTheirMatchBecomesTheSnippet() {
        String word = word();
        Account author = fixtures.register("asker");
        String question = ask(author, "A question that does not say the word", "Nor does its body.");
        fixtures.answer(fixtures.register("answerer"), question, "The answer: try " + word + " first.", false);
        given().queryParam("q", word)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.question.id", contains(question))
                .body("items[0].snippetHtml", containsString("try <mark>" + word + "</mark> first"));
    }

    @Test
    void theTopicFilterNarrowsAndAnUnknownTopicIs404() {
        String word = word();
        Account author = fixtures.register("topics");
        String startups = ask(author, "Startup question on " + word, "Body.", "startups");
        String interviewing = ask(author, "Interview question on " + word, "Body.", "interviewing");
        given().queryParam("q", word)
                .queryParam("topic", "interviewing")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.question.id", contains(interviewing));
        assertEquals(Set.of(startups, interviewing), Set.copyOf(search(word).getList("items.question.id")));
        assertProblem(
                given().queryParam("q", word)
                        .queryParam("topic", "no-such-topic")
                        .when()
                        .get(SEARCH)
                        .then(),
                404,
                "not-found");
    }

    @Test
    void deletedQuestionsAndDeletedAnswersAreNotFound() {
        String inQuestion = word();
        String inAnswer = word();
        Account author = fixtures.register("gone");
        String deleted = ask(author, "Soon gone: " + inQuestion, "Body.");
        String kept = ask(author, "Staying for good", "Body without the words.");
        String answer = fixtures.answer(fixtures.register("answerer"), kept, "An answer with " + inAnswer, false);
        author.as().when().delete("/api/v1/questions/" + deleted).then().statusCode(204);
        fixtures.update("UPDATE answers SET deleted_at = now() WHERE id = ?::uuid", answer);
        given().queryParam("q", inQuestion).when().get(SEARCH).then().body("items", empty());
        given().queryParam("q", inAnswer).when().get(SEARCH).then().body("items", empty());
    }

    @Test
    void aRepeatedSearchReusesItsRankingButReadsTheQuestionsAfresh() {
        String word = word();
        Account author = fixtures.register("again");
        String question = ask(author, "Asked once, found twice: " + word, "Body.");
        String other = ask(author, "Another one on " + word, "Body.");
        long first = statementsOf(() -> given().queryParam("q", word)
                .when()
                .get(SEARCH)
                .then()
                .body("items.question.id", containsInAnyOrder(question, other))
                .body("items.find { it.question.id == '%s' }.question.score", withArgs(question), is(0)));
        fixtures.voteOnQuestion(fixtures.register("fan"), question, 1);
        author.as().when().delete("/api/v1/questions/" + other).then().statusCode(204);
        long again = statementsOf(() -> given().queryParam("q", word)
                .when()
                .get(SEARCH)
                .then()
                .body("items.question.id", contains(question))
                .body("items[0].question.score", is(1)));
        assertEquals(first - 1, again, "the ranking statement runs once");
    }

    @Test
    void snippetsAreEscapedTextWithOnlyMarkAsMarkup() {
        String word = word();
        Account author = fixtures.register("escape");
        ask(author, "Escaping <b>" + word + "</b> & co", "<script>alert('" + word + "')</script> \"quoted\"");
        JsonPath result = search(word);
        String title = result.getString("items[0].titleHtml");
        String snippet = result.getString("items[0].snippetHtml");
        assertEquals("Escaping &lt;b&gt;<mark>" + word + "</mark>&lt;/b&gt; &amp; co", title);
        assertFalse(snippet.contains("<script"), snippet);
        assertEquals(-1, snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<'), snippet);
    }

    @Test
    void snippetsShowTheRenderedTextNotItsMarkdown() {
        String word = word();
        ask(
                fixtures.register("markdown"),
                "A question written in Markdown",
                "## Context\n\nWe say `x < y` & our **" + word + "** work, see [the docs](https://example.com/docs).");
        String snippet = search(word).getString("items[0].snippetHtml");
        assertThat(
                snippet,
                containsString("Context We say x &lt; y &amp; our <mark>" + word + "</mark> work, see the docs"));
        for (String markdown : List.of("**", "##", "](", "`", "&amp;amp;")) {
            assertFalse(snippet.contains(markdown), snippet);
        }
    }

    @Test
    void hostileQueriesAreA200OrA400NeverAnError() {
        List<String> hostile = List.of(
                "🚀🚀🚀",
                "'; DROP TABLE questions; --",
                "\"unbalanced",
                "-",
                "OR",
                "or or or",
                "&|!():*<->",
                "Привет 你好 مرحبا",
                "\\",
                "%_%",
                "<script>alert(1)</script>",
                "a".repeat(1000),
                "\"" + "x ".repeat(400) + "\"",
                "- - - \" \" \"",
                "the a an of");
        for (String q : hostile) {
            given().queryParam("q", q).when().get(SEARCH).then().statusCode(200).body("items", notNullValue());
        }
        Map<String, String> refused = Map.of(
                "",
                "must not be missing, empty or blank",
                "   ",
                "must not be blank",
                "a".repeat(1001),
                "size must be between 0 and 1000");
        refused.forEach((q, message) -> assertProblem(
                        given().queryParam("q", q).when().get(SEARCH).then(), 400, "validation")
                .body("errors.field", contains("q"), "errors.message", contains(message)));
        assertProblem(given().when().get(SEARCH).then(), 400, "validation")
                .body("errors.field", contains("q"), "errors.message", contains("must not be missing, empty or blank"));
        assertProblem(
                given().queryParam("q", "nul\u0000byte").when().get(SEARCH).then(), 400, "bad-request");
        assertProblem(
                given().queryParam("q", "x")
                        .queryParam("cursor", "bm9wZQ")
                        .when()
                        .get(SEARCH)
                        .then(),
                400,
                "validation");
    }

    @Test
    void cursorsWalkEveryResultOnceWhileNewQuestionsArrive() {
        String word = word();
        Account author = fixtures.register("walk");
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            asked.add(ask(
                    author,
                    "Question " + i + " about " + word,
                    i % 2 == 0 ? "Mentions " + word + " again." : "Plain."));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", word).queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.when().get(SEARCH).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.question.id"));
            cursor = page.getString("nextCursor");
            pages++;
            // Arrives mid-walk; ranks above everything, but belongs to the next search, not this one.
            ask(author, word + " " + word + " " + word, word);
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(23, seen.size());
        assertEquals(asked, Set.copyOf(seen));
        given().queryParam("q", word)
                .queryParam("limit", 100)
                .when()
                .get(SEARCH)
                .then()
                .body("items.size()", is(26));
    }

    @Test
    void queryParametersCountCharactersNotUtf16Units() {
        String rockets = "\uD83D\uDE80".repeat(1000);
        given().queryParam("q", rockets).when().get(SEARCH).then().statusCode(200);
        assertProblem(given().queryParam("q", rockets + "!").when().get(SEARCH).then(), 400, "validation")
                .body("errors.field", contains("q"), "errors.message", contains("size must be between 0 and 1000"));
        given().queryParam("company", "\uD83D\uDE80".repeat(100))
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200);
        assertProblem(
                        given().queryParam("company", "\uD83D\uDE80".repeat(101))
                                .when()
                                .get("/api/v1/questions")
                                .then(),
                        400,
                        "validation")
                .body("errors.field", contains("company"));
    }
}
