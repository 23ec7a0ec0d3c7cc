package dev.ladder.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every exchange of the test suite against {@code openapi.yaml} (installed for every
 * {@code @QuarkusTest} by {@link GlobalFilters}). swagger-request-validator does not read OpenAPI
 * 3.1 (it passes wrong types and unknown fields unnoticed), so this matches the operation itself
 * and hands the schemas to a JSON Schema 2020-12 validator, the dialect of OAS 3.1.
 *
 * <p>Every answer must have a status the operation documents (or 405/406, or a 403 to an origin
 * CORS does not admit, which the contract allows on any path, or the HTTP layer's bodiless
 * 414/431), the documented media type and a body valid against the documented schema,
 * with refs resolved and formats asserted. The response
 * schemas forbid properties they do not list, so an undocumented field fails here too. A request
 * the server accepted (2xx) must itself be valid: the server must not take what the contract
 * forbids. Requests it refused may be as bad as a test likes. Paths outside {@code /api/} (the
 * reference client, {@code /q/*}) are not the contract's; a path under it that the contract does
 * not know must be a 404 or 405 problem.
 */
public final class ContractValidator implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://ladder.dev/openapi.json";
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    /** Statuses the contract allows on any path ("405 and 406 can happen on any path"). */
    private static final Set<Integer> ANY_PATH_PROBLEMS = Set.of(405, 406);
    /** The HTTP layer's own refusals, documented with an empty body. */
    private static final Set<Integer> BODILESS_REFUSALS = Set.of(414, 431);
    /** Last of the constants: it needs them all. */
    public static final ContractValidator INSTANCE = new ContractValidator(Path.of("openapi.yaml"));

    /** A response the contract documents without a body. */
    private static final Located BODILESS = new Located(JSON.createObjectNode(), "");

    private final JsonNode contract;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    /**
     * Counted for the whole run: Quarkus loads this class once per test profile, each copy with its
     * own statics, so the counts are system properties, which every copy shares.
     */
    private static final String VALIDATED = "contract-validation.validated";

    private static final String SKIPPED = "contract-validation.skipped";

    /** A path of the contract, as a pattern over request paths. */
    private record Route(String template, Pattern pattern, int parameters) {}

    /** A node of the contract with its JSON pointer, so schemas below it can be found by location. */
    private record Located(JsonNode node, String pointer) {
        Located at(String... names) {
            JsonNode n = node;
            StringBuilder p = new StringBuilder(pointer);
            for (String name : names) {
                n = n.path(name);
                p.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            return new Located(n, p.toString());
        }

        Located at(int index) {
            return new Located(node.path(index), pointer + "/" + index);
        }

        boolean missing() {
            return node.isMissingNode();
        }
    }

    /** One exchange, as the validator needs it; bodies as sent and received, null when absent. */
    public record Exchange(
            String method,
            URI uri,
            String origin,
            String requestContentType,
            String requestBody,
            int status,
            String responseContentType,
            String responseBody) {}

    ContractValidator(Path file) {
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String document = contract.toString();
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(BASE, document)).schemaRegistryConfig(config));
        contract.path("paths").fieldNames().forEachRemaining(template -> {
            String regex = PARAMETER.matcher(Pattern.quote(template)).replaceAll("\\\\E[^/]*\\\\Q");
            routes.add(new Route(
                    template,
                    Pattern.compile(regex),
                    PARAMETER.matcher(template).results().toList().size()));
        });
        // A literal path wins over a template that would match it too.
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext next) {
        Response response = next.next(request, spec);
        Exchange exchange = new Exchange(
                request.getMethod(),
                URI.create(request.getURI()),
                request.getHeaders().getValue("Origin"),
                request.getContentType(),
                body(request.getBody()),
                response.statusCode(),
                response.getContentType(),
                response.asString());
        count(concerned(exchange) ? VALIDATED : SKIPPED);
        List<String> violations = violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(exchange, violations));
        }
        return response;
    }

    public static String describe(Exchange exchange, List<String> violations) {
        return exchange.method() + " " + exchange.uri() + " -> " + exchange.status() + " breaks openapi.yaml:\n  - "
                + String.join("\n  - ", violations) + "\n  request body: " + abbreviate(exchange.requestBody())
                + "\n  response (" + exchange.responseContentType() + "): " + abbreviate(exchange.responseBody());
    }

    /** What in this exchange the contract does not allow; empty when it conforms or is not the contract's business. */
    public List<String> violations(Exchange exchange) {
        if (!concerned(exchange)) {
            return List.of();
        }
        // The contract ignores one trailing slash, as JAX-RS does.
        String path = exchange.uri().getRawPath().replaceFirst("(.)/$", "$1");
        String method = exchange.method().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Optional<Route> route =
                routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        boolean head = method.equals("head");
        Located operation = route.map(r -> new Located(contract, "").at("paths", r.template(), head ? "get" : method))
                .orElse(null);
        if (operation == null || operation.missing()) {
            int expected = route.isPresent() ? 405 : 404;
            if (exchange.status() != expected) {
                out.add((route.isPresent()
                                ? "the path has no " + method.toUpperCase(Locale.ROOT) + " operation"
                                : "no path of the contract matches")
                        + ", so the answer must be " + expected);
            } else {
                checkContent(problemResponse(), exchange, head, out);
            }
            return out;
        }
        Located response = response(operation, exchange);
        if (response == null) {
            out.add("status " + exchange.status() + " is not documented for " + method.toUpperCase(Locale.ROOT) + " "
                    + route.get().template());
        } else {
            checkContent(response, exchange, head, out);
        }
        if (exchange.status() >= 200 && exchange.status() < 300) {
            checkRequest(new Located(contract, "").at("paths", route.get().template()), operation, exchange, path, out);
        }
        return out;
    }

    /** Whether the contract speaks of this exchange: CORS preflights belong to the HTTP layer, not to any operation. */
    private static boolean concerned(Exchange exchange) {
        return exchange.uri().getRawPath().startsWith("/api/")
                && !exchange.method().equalsIgnoreCase("options");
    }

    /** The documented response for this status, refs resolved; null when the contract has none. */
    private Located response(Located operation, Exchange exchange) {
        int status = exchange.status();
        Located responses = operation.at("responses");
        for (String key : List.of(Integer.toString(status), status / 100 + "XX", "default")) {
            if (responses.node().has(key)) {
                return resolve(responses.at(key));
            }
        }
        if (ANY_PATH_PROBLEMS.contains(status) || status == 403 && exchange.origin() != null) {
            return problemResponse();
        }
        return BODILESS_REFUSALS.contains(status) ? BODILESS : null;
    }

    private Located problemResponse() {
        return resolve(new Located(contract, "").at("components", "responses", "NotFound"));
    }

    private void checkContent(Located response, Exchange exchange, boolean head, List<String> out) {
        Located content = response.at("content");
        String body = exchange.responseBody() == null ? "" : exchange.responseBody();
        if (content.missing() || content.node().isEmpty()) {
            if (!body.isEmpty()) {
                out.add("the response documents no body, but one came");
            }
            return;
        }
        if (head) {
            return;
        }
        String mediaType = mediaType(exchange.responseContentType());
        if (!content.node().has(mediaType)) {
            out.add("Content-Type " + exchange.responseContentType() + " is not documented; expected one of "
                    + names(content.node()));
            return;
        }
        validate(content.at(mediaType, "schema"), body, "response body", out);
    }

    private void checkRequest(Located path, Located operation, Exchange exchange, String rawPath, List<String> out) {
        Map<String, String> query = query(exchange.uri());
        Map<String, String> pathValues = pathValues(path.pointer(), rawPath);
        List<Located> parameters = new ArrayList<>();
        for (Located owner : List.of(path, operation)) {
            Located list = owner.at("parameters");
            for (int i = 0; i < list.node().size(); i++) {
                parameters.add(resolve(list.at(i)));
            }
        }
        for (Located parameter : parameters) {
            String name = parameter.node().path("name").asText();
            String in = parameter.node().path("in").asText();
            String value = switch (in) {
                // The contract counts an empty query parameter as one left out.
                case "query" -> query.get(name) == null || query.get(name).isEmpty() ? null : query.get(name);
                case "path" -> pathValues.get(name);
                default -> null;
            };
            if (value == null) {
                if (in.equals("query") && parameter.node().path("required").asBoolean(false)) {
                    out.add("accepted without the required query parameter " + name);
                }
                continue;
            }
            Located schema = parameter.at("schema");
            validate(
                    schema,
                    typed(resolve(schema).node(), value).toString(),
                    "accepted " + in + " parameter " + name,
                    out);
        }
        Located requestBody = resolve(operation.at("requestBody"));
        if (requestBody.missing()) {
            return;
        }
        if (exchange.requestBody() == null || exchange.requestBody().isEmpty()) {
            if (requestBody.node().path("required").asBoolean(false)) {
                out.add("accepted without the required request body");
            }
            return;
        }
        String mediaType = mediaType(exchange.requestContentType());
        Located content = requestBody.at("content");
        if (!content.node().has(mediaType)) {
            out.add("accepted a body sent as " + exchange.requestContentType() + "; the contract takes "
                    + names(content.node()));
            return;
        }
        validate(content.at(mediaType, "schema"), exchange.requestBody(), "accepted request body", out);
    }

    private void validate(Located schemaAt, String json, String what, List<String> out) {
        if (schemaAt.missing()) {
            return;
        }
        Schema schema = schemas.computeIfAbsent(
                schemaAt.pointer(), pointer -> registry.getSchema(SchemaLocation.of(BASE + "#" + pointer)));
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            out.add(what + " is not JSON: " + e.getMessage());
            return;
        }
        errors.forEach(error -> out.add(what + ": " + error));
    }

    /** A parameter's text as the JSON value its schema describes, so "abc" for an integer stays a string and fails. */
    private static JsonNode typed(JsonNode schema, String value) {
        String type = schema.path("type").asText("string");
        if (type.equals("integer")) {
            try {
                return JsonNodeFactory.instance.numberNode(new java.math.BigInteger(value));
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private Map<String, String> pathValues(String pathPointer, String rawPath) {
        String template =
                pathPointer.substring("/paths/".length()).replace("~1", "/").replace("~0", "~");
        String[] names = template.split("/");
        String[] values = rawPath.split("/");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].startsWith("{")) {
                out.put(
                        names[i].substring(1, names[i].length() - 1),
                        URLDecoder.decode(values[i], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        if (uri.getRawQuery() == null) {
            return out;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Follows a local {@code $ref} (responses, parameters, request bodies, schemas) to what it names. */
    private Located resolve(Located located) {
        Located current = located;
        while (current.node().has("$ref")) {
            String pointer = current.node().get("$ref").asText().substring(1);
            current = new Located(contract.at(pointer), pointer);
        }
        return current;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    /** The contract as read, for whatever generates requests from it. */
    public JsonNode contract() {
        return contract;
    }

    /** Responses checked against the contract so far in this run. */
    public static long validated() {
        return Long.parseLong(System.getProperty(VALIDATED, "0"));
    }

    private static void count(String key) {
        Properties shared = System.getProperties();
        synchronized (shared) {
            if (shared.putIfAbsent(VALIDATED, "0") == null) {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> System.out.println("[contract] " + validated()
                                + " responses validated against openapi.yaml (" + System.getProperty(SKIPPED, "0")
                                + " outside the contract skipped)")));
            }
            shared.setProperty(key, Long.toString(Long.parseLong(shared.getProperty(key, "0")) + 1));
        }
    }
}
