package dev.ladder.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ladder.support.TokenUse;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations openapi.yaml declares. Security tests walk all of them rather than a list of
 * their own, so a route added to the contract cannot escape them.
 */
final class Contract {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");
    /** Values for path parameters that name nothing: what an attacker sends who knows no ids. */
    static final Map<String, String> NOTHING =
            Map.of("id", new UUID(0, 1).toString(), "handle", "nobody_at_all", "slug", "no-such-topic");

    /**
     * @param roles the roles the operation needs beyond a valid token, from its security
     *        requirement ({@code bearerAuth: [moderator]}), empty when any account will do
     */
    record Operation(
            String method, String path, TokenUse token, List<String> roles, boolean hasBody, List<String> query) {
        String key() {
            return method + " " + path;
        }

        /** A token is required, not just taken when sent. */
        boolean secured() {
            return token == TokenUse.REQUIRED;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** Sends it with these path parameters and this body (where the operation takes one). */
        Response send(RequestSpecification request, Map<String, String> parameters, Object body) {
            Matcher parameter = PARAMETER.matcher(path);
            StringBuilder url = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(url, Matcher.quoteReplacement(parameters.get(parameter.group(1))));
            }
            parameter.appendTail(url);
            if (hasBody) {
                request.contentType(ContentType.JSON).body(body);
            }
            return request.when().request(method, url.toString());
        }

        /** Sends it to ids, handles and slugs that exist nowhere, with an empty object for a body. */
        Response send(RequestSpecification request) {
            return send(request, NOTHING, Map.of());
        }
    }

    private Contract() {}

    static List<Operation> operations() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                operation.path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        query.add(p.path("name").asText());
                    }
                });
                List<String> roles = new ArrayList<>();
                operation
                        .path("security")
                        .forEach(requirement ->
                                requirement.path("bearerAuth").forEach(role -> roles.add(role.asText())));
                operations.add(new Operation(
                        method.toUpperCase(),
                        path.getKey(),
                        TokenUse.of(operation),
                        roles,
                        operation.has("requestBody"),
                        query));
            }
        });
        return operations;
    }

    static List<Operation> writes() {
        return operations().stream().filter(Operation::writes).toList();
    }
}
