package dev.ladder.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript (fetch) client that openapi-generator makes from openapi.yaml
 * (target/generated-clients/typescript) compiles under strict TypeScript together with
 * tools/sdk-smoke.ts, and that script does the seed page's flow against the running service.
 */
@QuarkusTest
class GeneratedTypeScriptClientTest {
    @TestHTTPResource("/")
    URL base;

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Run(process.exitValue(), output);
    }

    @Test
    void theGeneratedClientCompilesAndDoesTheQuestionPageFlow() throws Exception {
        Run compile = run("tools/node_modules/.bin/tsc", "-p", "tools");
        assertEquals(0, compile.exitCode(), compile.output());

        Run smoke = run("node", "target/sdk-smoke/tools/sdk-smoke.js", base.toString());
        assertEquals(0, smoke.exitCode(), smoke.output());
        assertTrue(smoke.output().contains("\"headline\":\"Software Engineer at Series A Startup\",\"answerScore\":1,\"myVote\":1,\"notFound\":404"),
                smoke.output());
    }
}
