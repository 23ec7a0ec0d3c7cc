package dev.ladder.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml lints clean with Redocly CLI (tools/redocly.yaml: the strict recommended rules, plus
 * an example on every body, problem+json on every error and security said on every operation).
 * bin/test-setup installs the CLI from tools/package-lock.json.
 */
@Tag("slow")
class ContractLintTest {

    private record Lint(int exitCode, String output) {}

    private static Lint lint(Path document) throws IOException, InterruptedException {
        Process redocly = new ProcessBuilder(
                        "tools/node_modules/.bin/redocly",
                        "lint",
                        document.toString(),
                        "--config",
                        "tools/redocly.yaml",
                        "--format",
                        "stylish")
                .redirectErrorStream(true)
                .start();
        String output = new String(redocly.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(redocly.waitFor(2, TimeUnit.MINUTES), "redocly lint did not finish");
        return new Lint(redocly.exitValue(), output);
    }

    @Test
    void theContractLintsClean() throws Exception {
        Lint lint = lint(Path.of("openapi.yaml"));
        assertEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("Your API description is valid"), lint.output());
    }

    @Test
    void theLintNoticesAnUnsecuredOperationABodyWithoutExampleAndAnErrorThatIsNotProblemJson() throws Exception {
        Path document = Files.createTempFile("careless-contract", ".yaml");
        Files.writeString(document, """
                openapi: 3.1.0
                info: {title: Careless, version: '1', description: d, license: {name: x, url: 'https://x.dev'}}
                servers: [{url: /}]
                tags: [{name: T, description: d}]
                paths:
                  /things:
                    get:
                      tags: [T]
                      operationId: listThings
                      summary: List things
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
                        '400': {description: bad, content: {application/json: {schema: {type: object}, example: {}}}}
                """);
        Lint lint = lint(document);
        assertNotEquals(0, lint.exitCode(), lint.output());
        for (String rule :
                new String[] {"security-defined", "rule/every-body-has-an-example", "rule/errors-are-problem-json"}) {
            assertTrue(lint.output().contains(rule), rule + " not reported:\n" + lint.output());
        }
    }
}
