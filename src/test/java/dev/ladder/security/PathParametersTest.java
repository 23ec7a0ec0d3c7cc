package dev.ladder.security;

import static dev.ladder.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;

import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every path parameter of every operation of openapi.yaml: an id that is no UUID, or a segment
 * that is no text, is a 400 problem naming the parameter, so a client knows which part of the URL
 * to fix. Sent by an admin, whom no role check stops first.
 */
@QuarkusTest
class PathParametersTest {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");
    /** Values no path parameter takes (as sent, percent-encoded), and what the problem says of them. */
    private static final Map<String, String> UNREADABLE = Map.of(
            "%C0%AF", "is not UTF-8 once percent-decoded",
            "%ED%A0%80", "is not UTF-8 once percent-decoded",
            "nul%00", "must not contain a NUL character");

    @Inject
    Fixtures fixtures;

    @Test
    void everyPathParameterThatCannotBeReadIsNamed() {
        Account admin = fixtures.registerWithRole("pathparams", "admin");
        for (Contract.Operation operation : Contract.operations()) {
            Matcher parameter = PARAMETER.matcher(operation.path());
            while (parameter.find()) {
                String name = parameter.group(1);
                Map<String, String> refused = new HashMap<>(UNREADABLE);
                if (name.equals("id")) {
                    refused.put("not-a-uuid", "must be a UUID");
                }
                refused.forEach((value, message) -> {
                    Map<String, String> values = new HashMap<>(Contract.NOTHING);
                    values.put(name, value);
                    assertProblem(
                                    operation
                                            .send(
                                                    admin.as()
                                                            .urlEncodingEnabled(false)
                                                            .log()
                                                            .ifValidationFails(),
                                                    values,
                                                    Map.of())
                                            .then(),
                                    400,
                                    "bad-request")
                            .body("errors.field", contains(name), "errors.message", contains(message));
                });
            }
        }
    }
}
