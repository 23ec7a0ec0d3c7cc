package dev.ladder.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI and the reference client in a real browser (Debian's chromium, driven by
 * tools/browser-check.mjs with playwright-core; bin/test-setup installs both). The screenshots stay
 * in target/screenshots as the test's artifacts.
 */
@QuarkusTest
class BrowserTest {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aVisitorRegistersAsksAndVotesInSwaggerUiAndTheReferenceClient() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        Process browser = new ProcessBuilder("node", "tools/browser-check.mjs", root, SCREENSHOTS.toString())
                .redirectErrorStream(true).start();
        boolean finished = browser.waitFor(3, TimeUnit.MINUTES);
        String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            browser.destroyForcibly();
        }
        assertTrue(finished, "the browser check did not finish in 3 minutes: " + output);
        assertEquals(0, browser.exitValue(), output);
        assertTrue(output.contains("\"register\":\"201\",\"askQuestion\":\"201\""), output);
        assertTrue(output.contains("\"headline\":\"Software Engineer at Series A Startup\""), output);
        assertTrue(output.contains("\"history\":\"Kosei, Pinterest, Meta\",\"scoreAfterVote\":\"1\""), output);
        for (String screenshot : new String[] {"swagger-ui.png", "reference-client.png"}) {
            assertTrue(Files.size(SCREENSHOTS.resolve(screenshot)) > 10_000, screenshot);
        }
    }
}
