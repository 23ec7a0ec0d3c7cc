package dev.ladder.post;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Bodies are CommonMark rendered to HTML once, at write time, and sanitised so any client can show them as they are. */
@QuarkusTest
class MarkdownTest {
    private static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![pic](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
            "[x](  javascript:alert(1)  )",
            "<object data=\"javascript:alert(1)\"></object>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<<script>script>alert(1)<</script>/script>",
            "[x](vbscript:msgbox(1))",
            "<form action=\"https://evil.example\"><input type=submit></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "`<script>` in code is text: <script>alert(1)</script>");

    /** What the sanitiser lets through; everything else must have been dropped or escaped into text. */
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "hr",
            "strong",
            "em",
            "del",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern DANGEROUS_ATTRIBUTE =
            Pattern.compile("(?i)\\bon[a-z]+\\s*=|style\\s*=|(href|src)\\s*=\\s*\"(?!https?://|mailto:|\")");
    private static final Pattern REL = Pattern.compile("rel=\"([^\"]*)\"");

    /** Fails on any tag outside the allow-list and on any event handler, style or non-web URL in a tag. */
    private static void assertSafe(String payload, String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertTrue(
                    ALLOWED_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT)),
                    payload + " left tag " + tag.group() + " in " + html);
            assertFalse(
                    DANGEROUS_ATTRIBUTE.matcher(tag.group(2)).find(), payload + " left " + tag.group() + " in " + html);
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void noPayloadOfTheXssCorpusSurvives() {
        Account author = fixtures.register("xss");
        String question = fixtures.ask(author, "A question collecting hostile answers", false);
        for (String payload : XSS) {
            String html = author.as()
                    .body(Map.of("body", payload, "anonymous", false))
                    .when()
                    .post("/api/v1/questions/" + question + "/answers")
                    .then()
                    .statusCode(201)
                    .body("body", is(payload))
                    .extract()
                    .path("bodyHtml");
            assertSafe(payload, html);
        }
    }

    @Test
    void gfmTablesStrikethroughAutolinksAndSafeLinksRender() {
        Account author = fixtures.register("gfm");
        String body = "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ **new**\n\nSee https://example.com and "
                + "[docs](https://docs.example.com \"Docs\").\n\n```java\nint x = 1;\n```\n\n1. one\n2. two";
        String question = fixtures.ask(author, "A question with rich markdown", false);
        String html = author.as()
                .body(Map.of("body", body, "anonymous", false))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201)
                .body("bodyHtml", containsString("<h1>Title</h1>"))
                .body("bodyHtml", containsString("<table>"))
                .body("bodyHtml", containsString("<td>1</td>"))
                .body("bodyHtml", containsString("<del>old</del>"))
                .body("bodyHtml", containsString("<strong>new</strong>"))
                .body("bodyHtml", containsString("<a href=\"https://example.com\""))
                .body("bodyHtml", containsString(">docs</a>"))
                .body("bodyHtml", containsString("<code class=\"language-java\">int x &#61; 1;"))
                .body("bodyHtml", containsString("<ol>"))
                .extract()
                .path("bodyHtml");
        Matcher rel = REL.matcher(html);
        int links = 0;
        while (rel.find()) {
            links++;
            assertEquals(
                    Set.of("nofollow", "ugc", "noopener", "noreferrer"),
                    Set.of(rel.group(1).split(" ")));
        }
        assertEquals(2, links);
    }

    /** An embedded image would load from the writer's host and tell it who reads the post; a link loads nothing. */
    @Test
    void imagesBecomeLinksSoReadingAPostLoadsNothingFromElsewhere() {
        Account author = fixtures.register("img");
        String question = fixtures.ask(author, "A question with an image in an answer", false);
        author.as()
                .body(Map.of(
                        "body",
                        "![org chart](https://tracker.example/pixel.png) and ![](https://tracker.example/x.gif)",
                        "anonymous",
                        false))
                .when()
                .post("/api/v1/questions/" + question + "/answers")
                .then()
                .statusCode(201)
                .body("bodyHtml", not(containsString("<img")))
                .body("bodyHtml", containsString("<a href=\"https://tracker.example/pixel.png\""))
                .body("bodyHtml", containsString(">org chart</a>"))
                .body("bodyHtml", containsString(">https://tracker.example/x.gif</a>"));
    }
}
