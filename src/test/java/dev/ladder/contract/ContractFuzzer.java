package dev.ladder.contract;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.support.ContractValidator;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import dev.ladder.support.TokenUse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends requests made from openapi.yaml to the running service: for each operation, valid ones
 * (real ids, handles, slugs, cursors and tokens of its own world), boundary values and malformed
 * ones. Every answer goes through the suite's {@link ContractValidator} filter, so a violation is
 * that filter's verdict; this class only tallies it, with any 5xx. One seeded {@link Random}
 * drives every choice, so a seed replays the same requests.
 */
final class ContractFuzzer {
    enum Kind {
        VALID,
        BOUNDARY,
        MALFORMED
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern STATUS = Pattern.compile(" -> (\\d{3}) breaks");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** Text that has broken parsers, escapers and databases before. */
    private static final List<String> NASTY = List.of(
            "",
            " ",
            "\t\n",
            "🚀👩‍💻🏳️‍🌈",
            "مهندس برمجيات في شركة ناشئة",
            "a\u0000b",
            "' OR 1=1; DROP TABLE users; --",
            "<script>alert(1)</script>",
            "\"}{\\",
            "%00%2e%2e/%2f",
            "../../etc/passwd",
            "e\u0301\u0301\u0301",
            "\uFEFFzero\u200Bwidth",
            "${jndi:ldap://x}",
            "NaN",
            "null",
            "-0",
            "x".repeat(1_001),
            "長".repeat(1_000));

    private static final List<String> BAD_TOKENS =
            List.of("", "garbage", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer", "x".repeat(5_000));
    private static final List<Object> WRONG_TYPES =
            List.of(42, -1.5, true, List.of("x"), Map.of("a", 1), "text", Long.MAX_VALUE);

    private final JsonNode contract;
    private final Random random;
    private final World world;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, long[]> tally = new TreeMap<>();
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> serverErrors = new ArrayList<>();

    /** One operation of the contract, with its parameters and body schema resolved. */
    private record Operation(
            String method, String path, List<JsonNode> parameters, JsonNode body, List<String> roles, boolean secured) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    /**
     * The data requests are made of, grown from the answers: ids a 201 returns, cursors a list
     * hands out, tokens a refresh rotates.
     */
    static final class World {
        final List<Account> users = new ArrayList<>();
        Account moderator;
        Account admin;
        /** The one account DELETE /me is tried with: erasing it must not take the others' tokens away. */
        Account leaver;

        String expiredToken;
        final List<String> questions = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<String> comments = new ArrayList<>();
        final Map<String, List<String>> positions = new LinkedHashMap<>();
        final List<String> slugs = new ArrayList<>();
        final List<String> ownSlugs = new ArrayList<>();
        final Map<String, List<String>> cursors = new LinkedHashMap<>();
        final Map<String, String> refreshTokens = new LinkedHashMap<>();
    }

    /** What one request was made of. */
    private record Request(
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            String body,
            String token,
            String mutation) {}

    ContractFuzzer(JsonNode contract, long seed, World world) {
        this.contract = contract;
        this.random = new Random(seed);
        this.world = world;
        contract.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                // A stream that opens stays open until its token expires: NotificationStreamTest covers its answers.
                if (op.isMissingNode()
                        || op.path("responses").path("200").path("content").has("text/event-stream")) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                op.path("parameters").forEach(p -> parameters.add(resolve(p)));
                List<String> roles = new ArrayList<>();
                op.path("security").forEach(r -> r.path("bearerAuth").forEach(role -> roles.add(role.asText())));
                JsonNode body = resolve(resolve(op.path("requestBody"))
                        .path("content")
                        .path("application/json")
                        .path("schema"));
                operations.add(new Operation(
                        method, path.getKey(), parameters, body, roles, TokenUse.of(op) == TokenUse.REQUIRED));
            }
        });
    }

    /**
     * Sends a valid request to every operation, in a random order, so that none goes untried; then
     * {@code count} more, each to an operation, of a kind, drawn at random.
     */
    void run(int count) {
        List<Operation> everyOne = new ArrayList<>(operations);
        Collections.shuffle(everyOne, random);
        int index = 0;
        for (Operation op : everyOne) {
            send(op, Kind.VALID, index++);
        }
        for (int i = 0; i < count; i++) {
            Operation op = operations.get(random.nextInt(operations.size()));
            double dice = random.nextDouble();
            Kind kind = dice < 0.5 ? Kind.VALID : dice < 0.75 ? Kind.BOUNDARY : Kind.MALFORMED;
            send(op, kind, index++);
        }
    }

    private void send(Operation op, Kind kind, int index) {
        Account caller = caller(op);
        Request request = request(op, kind, caller);
        RequestSpecification spec = given().urlEncodingEnabled(false);
        request.headers().forEach(spec::header);
        if (request.token() != null) {
            spec.header("Authorization", "Bearer " + request.token());
        }
        if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        String url = request.path() + query(request.query());
        long[] counts = tally.computeIfAbsent(op.key() + " | " + kind, k -> new long[5]);
        counts[0]++;
        int status;
        try {
            Response response = spec.when().request(op.method().toUpperCase(), url);
            status = response.statusCode();
            learn(op, caller, status, response);
        } catch (AssertionError e) {
            violations.add("#" + index + " " + kind + " " + request.mutation() + ": " + e.getMessage());
            counts[4]++;
            Matcher m = STATUS.matcher(e.getMessage());
            status = m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        counts[status >= 500 ? 3 : status >= 400 ? 2 : 1]++;
        statuses.merge(status, 1L, Long::sum);
        if (status >= 500) {
            serverErrors.add("#" + index + " " + op.key() + " " + kind + " " + request.mutation() + " -> " + status);
        }
    }

    private Account caller(Operation op) {
        if (op.key().equals("DELETE /api/v1/me")) {
            return world.leaver;
        }
        if (op.roles().contains("admin") && random.nextInt(4) > 0) {
            return world.admin;
        }
        if (op.roles().contains("moderator") && random.nextInt(4) > 0) {
            return random.nextBoolean() ? world.moderator : world.admin;
        }
        return world.users.get(random.nextInt(world.users.size()));
    }

    private Request request(Operation op, Kind kind, Account caller) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            String value = validParameter(op, name, resolve(p.path("schema")), caller);
            if (in.equals("path")) {
                pathValues.put(name, value);
            } else if (in.equals("query") && (p.path("required").asBoolean() || random.nextInt(3) == 0)) {
                query.put(name, value);
            } else if (in.equals("header") && random.nextInt(5) == 0) {
                headers.put(name, "\"" + random.nextInt(5) + "." + Long.toHexString(random.nextLong()) + "\"");
            }
        }
        Map<String, Object> body = op.body().isMissingNode() ? null : validObject(op.body(), caller);
        String token = op.secured() || random.nextBoolean() ? caller.accessToken() : null;
        String contentType = "application/json";
        String rawBody = null;
        String mutation = "none";
        if (kind == Kind.BOUNDARY) {
            mutation = boundary(op, query, pathValues, body);
        } else if (kind == Kind.MALFORMED) {
            int choice = random.nextInt(body == null ? 3 : 7);
            switch (choice) {
                case 0 -> mutation = badParameter(op, query, pathValues);
                case 1 -> {
                    token = BAD_TOKENS.get(random.nextInt(BAD_TOKENS.size()));
                    mutation = "token " + abbreviate(token);
                }
                case 2 -> {
                    token = random.nextBoolean() ? world.expiredToken : null;
                    mutation = token == null ? "no token" : "expired token";
                }
                case 3 -> mutation = wrongType(op.body(), body);
                case 4 -> mutation = missingOrExtra(op.body(), body);
                case 5 -> {
                    rawBody = List.of(
                                    "{\"title\":",
                                    "[1,2]",
                                    "\"just a string\"",
                                    "{}}",
                                    "nul",
                                    "{\"a\":\"\\ud800\"}",
                                    "")
                            .get(random.nextInt(7));
                    mutation = "broken JSON " + rawBody;
                }
                default -> {
                    contentType = List.of(
                                    "text/plain",
                                    "application/xml",
                                    "application/x-www-form-urlencoded",
                                    "application/json; charset=latin-9")
                            .get(random.nextInt(4));
                    mutation = "content type " + contentType;
                }
            }
        }
        if (body != null && rawBody == null) {
            rawBody = json(body);
        }
        return new Request(path(op.path(), pathValues), query, headers, contentType, rawBody, token, mutation);
    }

    private String boundary(
            Operation op, Map<String, String> query, Map<String, String> pathValues, Map<String, Object> body) {
        if (body != null && random.nextBoolean()) {
            List<String> names = new ArrayList<>();
            op.body().path("properties").fieldNames().forEachRemaining(names::add);
            String field = names.get(random.nextInt(names.size()));
            JsonNode schema = resolve(op.body().path("properties").path(field));
            Object value = boundaryValue(schema);
            body.put(field, value);
            return "body " + field + "=" + abbreviate(String.valueOf(value));
        }
        List<JsonNode> parameters = op.parameters().stream()
                .filter(p -> !p.path("in").asText().equals("header"))
                .toList();
        if (parameters.isEmpty()) {
            return "none";
        }
        JsonNode p = parameters.get(random.nextInt(parameters.size()));
        String value = String.valueOf(boundaryValue(resolve(p.path("schema"))));
        (p.path("in").asText().equals("path") ? pathValues : query)
                .put(p.path("name").asText(), value);
        return p.path("in").asText() + " " + p.path("name").asText() + "=" + abbreviate(value);
    }

    /** A value at or just past an edge of its schema, or text known to upset parsers. */
    private Object boundaryValue(JsonNode schema) {
        String type = type(schema);
        if (type.equals("integer")) {
            long min = schema.path("minimum").asLong(0);
            long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
            List<Long> edges = List.of(
                    min - 1,
                    min,
                    min + 1,
                    max - 1,
                    max,
                    max + 1,
                    0L,
                    -1L,
                    (long) Integer.MAX_VALUE + 1,
                    Long.MIN_VALUE);
            return edges.get(random.nextInt(edges.size()));
        }
        if (type.equals("array")) {
            int max = schema.path("maxItems").asInt(10);
            List<Object> items = new ArrayList<>();
            int size = random.nextBoolean() ? 0 : max + 1;
            for (int i = 0; i < size; i++) {
                items.add(i % 2 == 0 && !world.slugs.isEmpty() ? world.slugs.get(0) : "x" + i);
            }
            return items;
        }
        if (type.equals("boolean")) {
            return random.nextBoolean();
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(200);
        List<Integer> lengths = List.of(Math.max(0, min - 1), min, max, max + 1);
        if (random.nextBoolean()) {
            int length = lengths.get(random.nextInt(lengths.size()));
            return "ab".repeat(length).substring(0, length);
        }
        return NASTY.get(random.nextInt(NASTY.size()));
    }

    private String badParameter(Operation op, Map<String, String> query, Map<String, String> pathValues) {
        List<String> bad = List.of(
                "not-a-uuid",
                UUID.randomUUID().toString(),
                "-1",
                "1.5",
                "abc",
                "%ZZ",
                "%00",
                "x".repeat(300),
                "WyJuZXdlc3QiXQ",
                "oldest",
                "TOP");
        String value = bad.get(random.nextInt(bad.size()));
        if (!pathValues.isEmpty() && random.nextBoolean()) {
            String name = new ArrayList<>(pathValues.keySet()).get(random.nextInt(pathValues.size()));
            pathValues.put(name, value);
            return "path " + name + "=" + abbreviate(value);
        }
        List<String> names = op.parameters().stream()
                .filter(p -> p.path("in").asText().equals("query"))
                .map(p -> p.path("name").asText())
                .toList();
        String name = names.isEmpty() ? "unknownParameter" : names.get(random.nextInt(names.size()));
        query.put(name, value);
        return "query " + name + "=" + abbreviate(value);
    }

    private String wrongType(JsonNode schema, Map<String, Object> body) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        String field = names.get(random.nextInt(names.size()));
        Object value = random.nextInt(5) == 0 ? null : WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
        body.put(field, value);
        return "body " + field + " as "
                + (value == null ? "null" : value.getClass().getSimpleName());
    }

    private String missingOrExtra(JsonNode schema, Map<String, Object> body) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty() && random.nextBoolean()) {
            String field = required.get(random.nextInt(required.size()));
            body.remove(field);
            return "without " + field;
        }
        String field = List.of("id", "score", "createdAt", "role", "roles", "authorId", "isAdmin", "answerCount")
                .get(random.nextInt(8));
        body.put(field, field.equals("role") ? "admin" : random.nextInt(1000));
        return "extra " + field;
    }

    /** A value the operation should accept: the world's own ids for ids, the schema's rules for the rest. */
    private String validParameter(Operation op, String name, JsonNode schema, Account caller) {
        return switch (name) {
            case "id" ->
                op.path().startsWith("/api/v1/me/positions")
                        ? pick(world.positions.get(caller.handle()))
                        : op.path().startsWith("/api/v1/answers")
                                ? pick(world.answers)
                                : op.path().startsWith("/api/v1/comments")
                                        ? pick(world.comments)
                                        : pick(world.questions);
            case "handle" -> pick(world.users).handle();
            // Edits only touch the world's own topics: other tests read the seeded ones.
            case "slug" -> pick(op.method().equals("get") ? world.slugs : world.ownSlugs);
            case "topic" -> pick(world.slugs);
            case "cursor" -> pick(world.cursors.getOrDefault(op.path(), List.of("")));
            case "author" -> pick(world.users).handle().toUpperCase();
            case "q" ->
                List.of("manager", "startup equity", "tech lead", "résumé", "salary negotiation")
                        .get(random.nextInt(5));
            case "include" -> List.of("answers", "comments", "answers,comments").get(random.nextInt(3));
            default -> String.valueOf(validValue(name, schema, caller));
        };
    }

    private Map<String, Object> validObject(JsonNode schema, Account caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(e -> {
            if (required.contains(e.getKey()) || random.nextInt(3) > 0) {
                body.put(e.getKey(), validValue(e.getKey(), resolve(e.getValue()), caller));
            }
        });
        return body;
    }

    private Object validValue(String name, JsonNode schema, Account caller) {
        String suffix = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        switch (name) {
            case "handle":
                return Fixtures.uniqueHandle("fz");
            case "email":
                return "fz_" + suffix + "@example.com";
            case "password":
                return Fixtures.PASSWORD;
            case "login":
                return random.nextBoolean() ? caller.handle() : caller.email();
            case "answerId":
                return pick(world.answers);
            case "duplicateOf":
                return pick(world.questions);
            case "refreshToken":
                return world.refreshTokens.getOrDefault(caller.handle(), caller.refreshToken());
            case "slug":
                return "fz-" + suffix;
            case "topics":
                return List.of(pick(world.slugs));
            case "startDate":
                return (2010 + random.nextInt(8)) + "-0" + (1 + random.nextInt(9));
            case "endDate":
                return (2019 + random.nextInt(5)) + "-1" + random.nextInt(3);
            case "avatarUrl":
                return "https://cdn.example.com/" + suffix + ".png";
            case "value":
                return random.nextBoolean() ? 1 : -1;
            case "title":
                return "Fuzzed title " + suffix + " about career growth";
            default:
                break;
        }
        String type = type(schema);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v);
                }
            });
            JsonNode v = values.get(random.nextInt(values.size()));
            return v.isNumber() ? v.numberValue() : v.asText();
        }
        return switch (type) {
            case "integer" -> {
                long min = schema.path("minimum").asLong(1);
                long max = schema.path("maximum").asLong(min + 50);
                yield min + (long) random.nextInt((int) Math.min(max - min + 1, 1_000));
            }
            case "boolean" -> random.nextBoolean();
            case "array" -> List.of(String.valueOf(validValue(name, resolve(schema.path("items")), caller)));
            default -> {
                if (schema.path("pattern").asText().startsWith("^(")) {
                    // An alternation of words, such as the roles.
                    String[] words = schema.path("pattern")
                            .asText()
                            .replaceAll("[\\^$()]", "")
                            .split("\\|");
                    yield words[random.nextInt(words.length)];
                }
                int max = schema.path("maxLength").asInt(60);
                String text = "Fuzzed " + name + " " + suffix + " with **Markdown** and ünïcode";
                yield text.length() > max ? text.substring(0, max) : text;
            }
        };
    }

    private void learn(Operation op, Account caller, int status, Response response) {
        if (status < 200
                || status >= 300
                || !String.valueOf(response.getContentType()).startsWith("application/json")) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            return;
        }
        String id = body.path("id").asText(null);
        switch (op.key()) {
            case "POST /api/v1/questions" -> world.questions.add(id);
            case "POST /api/v1/questions/{id}/answers" -> world.answers.add(id);
            case "POST /api/v1/questions/{id}/comments", "POST /api/v1/answers/{id}/comments" -> world.comments.add(id);
            case "POST /api/v1/me/positions" ->
                world.positions
                        .computeIfAbsent(caller.handle(), h -> new ArrayList<>())
                        .add(id);
            case "POST /api/v1/topics" -> world.ownSlugs.add(body.path("slug").asText());
            default -> {}
        }
        if (body.hasNonNull("nextCursor")) {
            world.cursors
                    .computeIfAbsent(op.path(), p -> new ArrayList<>())
                    .add(body.path("nextCursor").asText());
        }
        if (op.path().equals("/api/v1/auth/refresh") && body.hasNonNull("refreshToken")) {
            world.refreshTokens.put(
                    body.path("user").path("handle").asText(),
                    body.path("refreshToken").asText());
        }
    }

    private <T> T pick(List<T> list) {
        return list == null || list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = contract.at(current.get("$ref").asText().substring(1));
        }
        if (current.has("anyOf")) {
            // A nullable reference: the non-null option describes the valid values.
            for (JsonNode option : current.get("anyOf")) {
                if (!option.path("type").asText().equals("null")) {
                    return resolve(option);
                }
            }
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("string");
    }

    private static String path(String template, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(encode(value == null ? "missing" : value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String query(Map<String, String> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((name, value) -> out.append(out.isEmpty() ? "?" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value == null ? "" : value)));
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...(" + text.length() + " chars)";
    }

    List<String> violations() {
        return violations;
    }

    List<String> serverErrors() {
        return serverErrors;
    }

    /** Requests per operation and kind: sent, 2xx/3xx, 4xx, 5xx, contract violations; as a Markdown table. */
    String report() {
        StringBuilder out = new StringBuilder("| Operation | Kind | Sent | 2xx/3xx | 4xx | 5xx | Violations |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        long[] total = new long[5];
        tally.forEach((key, c) -> {
            String[] parts = key.split(" \\| ");
            out.append("| ").append(parts[0]).append(" | ").append(parts[1].toLowerCase());
            for (int i = 0; i < c.length; i++) {
                out.append(" | ").append(c[i]);
                total[i] += c[i];
            }
            out.append(" |\n");
        });
        out.append("| **all** | | ");
        for (int i = 0; i < total.length; i++) {
            out.append(i == 0 ? "" : " | ").append("**").append(total[i]).append("**");
        }
        out.append(" |\n\nStatuses: ");
        statuses.forEach(
                (status, n) -> out.append(status).append(": ").append(n).append("; "));
        return out.append("\n").toString();
    }
}
