package dev.ladder.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two TypeScript clients of openapi.yaml compile under strict TypeScript and run against the
 * service: openapi-generator's typescript-fetch client (target/generated-clients/typescript) with
 * tools/sdk-smoke.ts, the seed page's flow; and openapi-typescript's types with openapi-fetch in
 * tools/typed-client.ts, which also proves at compile time that authors narrow on `anonymous` and
 * roles are an enum.
 */
@Tag("slow")
@QuarkusTest
class GeneratedTypeScriptClientTest {
    @TestHTTPResource("/")
    URL base;

    private record Run(int exitCode, String output) {}

    private static Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The compiled scripts live in target/ but import the packages of tools/.
        builder.environment().put("NODE_PATH", "tools/node_modules");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Run(process.exitValue(), output);
    }

    @Test
    void theGeneratedClientsCompileAndDoTheQuestionPageFlow() throws Exception {
        Run types = run(
                "tools/node_modules/.bin/openapi-typescript",
                "openapi.yaml",
                "-o",
                "target/generated-clients/openapi-typescript/ladder.ts");
        assertEquals(0, types.exitCode(), types.output());
        Run compile = run("tools/node_modules/.bin/tsc", "-p", "tools");
        assertEquals(0, compile.exitCode(), compile.output());

        Run smoke = run("node", "target/sdk-smoke/tools/sdk-smoke.js", base.toString());
        assertEquals(0, smoke.exitCode(), smoke.output());
        assertTrue(
                smoke.output()
                        .contains(
                                "\"headline\":\"Software Engineer at Series A Startup\",\"answerScore\":1,\"myVote\":1,\"notFound\":404,\"revisions\":1"),
                smoke.output());

        Run typed = run("node", "target/sdk-smoke/tools/typed-client.js", base.toString());
        assertEquals(0, typed.exitCode(), typed.output());
        assertTrue(typed.output().contains("{\"myVote\":1}"), typed.output());
    }
}
