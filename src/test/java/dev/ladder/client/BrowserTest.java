package dev.ladder.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.demo.SeedPageTest;
import dev.ladder.mail.Inbox;
import dev.ladder.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Swagger UI and the reference client in a real browser (Debian's chromium, driven by
 * tools/browser-check.mjs with playwright-core; bin/test-setup installs both), on the demo data so
 * that the screenshots show the seed page. Each flow of the client is walked on a desktop, and each
 * page is shot again 390 px wide, where nothing may be wider than the screen. The screenshots stay
 * in target/screenshots as the test's artifacts.
 */
@Tag("slow")
@QuarkusTest
@TestProfile(SeedPageTest.WithDemoData.class)
class BrowserTest {
    @RegisterExtension
    static final BeforeAllCallback SMTP = Inbox.smtpServer();

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String[] PAGES = {
        "question",
        "sign-up",
        "positions",
        "ask",
        "answers",
        "closed",
        "notifications",
        "settings",
        "topic",
        "search",
        "home"
    };

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void aVisitorUsesSwaggerUiAndEveryFlowOfTheReferenceClient() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        ProcessBuilder command = new ProcessBuilder("node", "tools/browser-check.mjs", root, SCREENSHOTS.toString())
                .redirectErrorStream(true);
        command.environment()
                .put(
                        "LADDER_MODERATOR_TOKEN",
                        fixtures.registerWithRole("e2e_mod", "moderator").accessToken());
        Process browser = command.start();
        boolean finished = browser.waitFor(4, TimeUnit.MINUTES);
        String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            browser.destroyForcibly();
        }
        assertTrue(finished, "the browser check did not finish in 4 minutes: " + output);
        assertEquals(0, browser.exitValue(), output);
        assertAll(Stream.concat(
                Stream.of(
                        shows(output, "\"register\":\"201\",\"askQuestion\":\"201\""),
                        // the seed page: the demo corpus dates the question ~2 years back and files 243 questions under
                        // Startups
                        shows(output, "\"seedAgo\":\"2 years ago\""),
                        shows(output, "\"topicCard\":\"243 questions\""),
                        () -> assertTrue(
                                output.matches("(?s).*\"related\":[1-5],.*"),
                                "the related card lists questions: " + output),
                        shows(output, "\"signedOutVote\":\"Sign in or sign up to vote.\""),
                        shows(output, "\"signedIn\":\"@e2e_rd_"),
                        shows(output, "\"positionHeadline\":\"Software Engineer at Series A Startup\""),
                        shows(
                                output,
                                "\"verifySent\":\"A code went to your address at initech.example.com; it is valid until"),
                        () -> assertEquals(
                                1, Inbox.to(jsonString(output, "verifyAddress")).size(), "the code's mail"),
                        shows(output, "\"askPreview\":\"Shown as Software Engineer at Series A Startup\""),
                        shows(output, "\"askedHeadline\":\"Software Engineer at Series A Startup\""),
                        shows(output, "\"noAnswers\":\"0 answers\""),
                        shows(output, "\"ifMatch\":true,\"staleEdit\":\"Precondition failed\""),
                        shows(output, "\"headline\":\"Software Engineer at Series A Startup\""),
                        shows(output, "\"history\":\"Kosei, Pinterest, Meta\""),
                        shows(output, "\"oneAnswer\":\"1 answer\",\"twoAnswers\":\"2 answers\""),
                        shows(output, "\"answerIfMatch\":true,\"scoreAfterVote\":\"1\",\"refreshed\":true"),
                        shows(output, "\"readerComment\":\"Initech\",\"followed\":[\"Following\",true,true]"),
                        shows(output, "\"askerComment\":[\"Software Engineer at Series A Startup\",\"asker\"]"),
                        shows(output, "\"accepted\":[true,\"✓ Accepted answer\"]"),
                        shows(
                                output,
                                "\"closedBanner\":\"Closed as a duplicate of What are the commonalities and differences between tech leads and engineering managers?\""),
                        shows(output, "\"closedForm\":[0,\"This question is closed: it takes no new answers.\"]"),
                        shows(output, "\"duplicateLink\":true"),
                        shows(output, "\"bell\":[\"1\",true,0]"),
                        shows(output, "\"settings\":[\"daily\",false]"),
                        shows(output, "\"unsubscribe\":\"Bad request — This unsubscribe link is not valid"),
                        shows(output, "\"topicPage\":[\"Career Growth\",\"Getting to the next level"),
                        shows(output, "\"searchHits\":2,"),
                        shows(output, " · 1 point · 2 answers · Career Growth\"")),
                Stream.of(PAGES)
                        .flatMap(page -> Stream.of("desktop-" + page, "mobile-" + page))
                        .map(shot -> () -> assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 10_000, shot))));
    }

    private static String jsonString(String output, String key) {
        Matcher value = Pattern.compile("\"" + key + "\":\"([^\"]+)\"").matcher(output);
        assertTrue(value.find(), key + " in " + output);
        return value.group(1);
    }

    private static Executable shows(String output, String expected) {
        return () -> assertTrue(output.contains(expected), "expected " + expected + " in " + output);
    }
}
