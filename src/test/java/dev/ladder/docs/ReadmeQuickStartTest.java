package dev.ladder.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Quick start with curl" runs as written: its bash block, pointed at the test server
 * through LADDER, exits 0 and prints exactly the output the README shows after it.
 */
@QuarkusTest
class ReadmeQuickStartTest {
    private static final Pattern QUICK_START =
            Pattern.compile("## Quick start with curl\\n.*?```bash\\n(.*?)```\\n.*?```text\\n(.*?)```", Pattern.DOTALL);

    @TestHTTPResource
    URL server;

    @Test
    void theQuickStartRunsAsWrittenAndPrintsWhatTheReadmeShows() throws Exception {
        Matcher readme = QUICK_START.matcher(Files.readString(Path.of("README.md")));
        assertTrue(readme.find(), "README.md has a 'Quick start with curl' section with a bash block and its output");
        // -e and pipefail: a step that fails (curl -f on an error status) fails the run, not only the last line.
        ProcessBuilder command =
                new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", readme.group(1)).redirectErrorStream(true);
        command.environment().put("LADDER", server.toString().replaceAll("/$", ""));
        Process bash = command.start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "the quick start did not finish");
        assertEquals(0, bash.exitValue(), output);
        assertEquals(readme.group(2), output);
    }
}
