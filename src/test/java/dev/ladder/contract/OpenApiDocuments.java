package dev.ladder.contract;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ladder.support.TokenUse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the contract file and the served document, and compares the contract with what the code
 * scan says: operations, parameters, bodies, success schemas, security and component schemas.
 * Prose (descriptions, examples, summaries, error responses) is the file's own business.
 */
final class OpenApiDocuments {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "options", "head");
    /**
     * The schema keywords that change what a client may send or will receive. Not "enum": the file
     * may list the values a string parameter takes ("top", "newest") where the code parses a string.
     */
    private static final List<String> SHAPE_KEYS = List.of(
            "type",
            "format",
            "$ref",
            "items",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "uniqueItems",
            "default",
            "properties",
            "required",
            "anyOf",
            "oneOf",
            "allOf");

    private OpenApiDocuments() {}

    static JsonNode contractFile() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi.yaml").toFile());
    }

    static JsonNode served() throws IOException {
        return new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    static List<String> differences(JsonNode scan, JsonNode file) {
        List<String> out = new ArrayList<>();
        Set<String> paths = new TreeSet<>();
        scan.path("paths").fieldNames().forEachRemaining(paths::add);
        file.path("paths").fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            for (String method : METHODS) {
                JsonNode inScan = scan.path("paths").path(path).path(method);
                JsonNode inFile = file.path("paths").path(path).path(method);
                String op = method.toUpperCase() + " " + path;
                if (inScan.isMissingNode() != inFile.isMissingNode()) {
                    out.add(op
                            + (inScan.isMissingNode()
                                    ? " is in openapi.yaml but not in the code"
                                    : " is in the code but not in openapi.yaml"));
                } else if (!inScan.isMissingNode()) {
                    compareOperation(
                            op, withPathParameters(scan, path, inScan), withPathParameters(file, path, inFile), out);
                }
            }
        }
        file.findValues("$ref").stream()
                .map(JsonNode::asText)
                .filter(ref -> ref.startsWith("#/components/parameters/"))
                .distinct()
                .filter(ref -> file.at(ref.substring(1)).isMissingNode())
                .forEach(ref -> out.add(ref + " is used in openapi.yaml but not defined there"));
        JsonNode fileSchemas = file.path("components").path("schemas");
        scan.path("components").path("schemas").fields().forEachRemaining(entry -> {
            JsonNode documented = fileSchemas.path(entry.getKey());
            if (documented.isMissingNode()) {
                out.add("schema " + entry.getKey() + " is in the code but not in openapi.yaml");
            } else {
                compare("schema " + entry.getKey(), shape(entry.getValue()), shape(documented), out);
            }
        });
        return out;
    }

    private static void compareOperation(String op, JsonNode scan, JsonNode file, List<String> out) {
        compare(op + " parameters", parameters(scan), parameters(file), out);
        compare(op + " request body", body(scan.path("requestBody")), body(file.path("requestBody")), out);
        JsonNode scannedSuccess = success(scan);
        List<JsonNode> documentedSuccess = successes(file);
        if (documentedSuccess.size() != 1) {
            out.add(op + " must document exactly one 2xx response, has " + documentedSuccess.size());
        } else if (scannedSuccess != null && !scannedSuccess.isEmpty()) {
            compare(op + " success body", scannedSuccess, successSchema(documentedSuccess.get(0)), out);
        }
        // The code marks only where a token is required; optional tokens are the file's to state.
        boolean scanSecured = scan.path("security").size() > 0;
        boolean fileSecured = TokenUse.of(file) == TokenUse.REQUIRED;
        if (scanSecured != fileSecured) {
            out.add(op
                    + (scanSecured
                            ? " needs a token in the code but not in openapi.yaml"
                            : " is public in the code but needs a token in openapi.yaml"));
        }
    }

    private static JsonNode withPathParameters(JsonNode doc, String path, JsonNode operation) {
        JsonNode shared = doc.path("paths").path(path).path("parameters");
        if (!shared.isArray()) {
            return operation;
        }
        ObjectNode copy = operation.deepCopy();
        ArrayNode all = copy.withArray("parameters");
        shared.forEach(all::add);
        return copy;
    }

    private static JsonNode parameters(JsonNode operation) {
        Map<String, JsonNode> byName = new TreeMap<>();
        for (JsonNode p : operation.path("parameters")) {
            if (p.has("$ref")) {
                // A reusable parameter (If-None-Match, If-Match): the code and the file must name the same one.
                byName.put(p.get("$ref").asText(), p.get("$ref"));
                continue;
            }
            ObjectNode shape = JsonNodeFactory.instance.objectNode();
            shape.put("required", p.path("required").asBoolean(false));
            shape.set("schema", shape(p.path("schema")));
            byName.put(p.path("in").asText() + ":" + p.path("name").asText(), shape);
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        byName.forEach(node::set);
        return node;
    }

    private static JsonNode body(JsonNode requestBody) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (!requestBody.isMissingNode()) {
            node.put("required", requestBody.path("required").asBoolean(false));
            node.set(
                    "schema",
                    shape(requestBody.path("content").path("application/json").path("schema")));
        }
        return node;
    }

    private static List<JsonNode> successes(JsonNode operation) {
        List<JsonNode> found = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("2")) {
                found.add(e.getValue());
            }
        });
        return found;
    }

    private static JsonNode success(JsonNode operation) {
        List<JsonNode> found = successes(operation);
        return found.isEmpty() ? null : successSchema(found.get(0));
    }

    private static JsonNode successSchema(JsonNode response) {
        return shape(response.path("content").path("application/json").path("schema"));
    }

    /** The schema without prose, with "null" taken out of types: nullability is documentation here. */
    static JsonNode shape(JsonNode schema) {
        if (schema.isArray()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : schema) {
                if (!isNullType(item)) {
                    list.add(shape(item));
                }
            }
            return list;
        }
        if (!schema.isObject()) {
            return schema.isMissingNode() ? JsonNodeFactory.instance.objectNode() : schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String key : SHAPE_KEYS) {
            JsonNode value = schema.get(key);
            if (value == null) {
                continue;
            }
            switch (key) {
                case "type" -> out.set(key, types(value));
                case "properties" -> {
                    ObjectNode props = JsonNodeFactory.instance.objectNode();
                    new TreeMap<String, JsonNode>(toMap(value)).forEach((name, prop) -> props.set(name, shape(prop)));
                    out.set(key, props);
                }
                case "required" -> {
                    ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
                    new TreeSet<String>(texts(value)).forEach(sorted::add);
                    out.set(key, sorted);
                }
                case "items" -> out.set(key, shape(value));
                case "anyOf", "oneOf", "allOf" -> {
                    JsonNode options = shape(value);
                    if (options.size() == 1) {
                        options.get(0).fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
                    } else {
                        out.set(key, options);
                    }
                }
                default -> out.set(key, value);
            }
        }
        return out;
    }

    private static boolean isNullType(JsonNode schema) {
        return schema.path("type").isTextual() && schema.path("type").asText().equals("null") && schema.size() == 1;
    }

    private static JsonNode types(JsonNode type) {
        if (!type.isArray()) {
            return type;
        }
        List<String> kept =
                texts(type).stream().filter(t -> !t.equals("null")).sorted().toList();
        if (kept.size() == 1) {
            return JsonNodeFactory.instance.textNode(kept.get(0));
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        kept.forEach(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static void compare(String what, JsonNode code, JsonNode file, List<String> out) {
        if (!code.equals(file)) {
            out.add(what + " differs:\n    code:          " + code + "\n    openapi.yaml:  " + file);
        }
    }
}
