package dev.ladder.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a response record requires is what Jackson always writes: every property but those its
 * component's {@code @JsonInclude(NON_NULL)} may leave out. The scan of the code learns it here, so
 * the views need no {@code @Schema(requiredProperties)} list beside their components, and
 * openapi.yaml's {@code required} is held to the serialisation itself.
 */
final class ResponseRecords {
    private static final Path CLASSES = Path.of("target/classes");

    private ResponseRecords() {}

    /** The scanned document with "required" of every record schema a 2xx response reaches derived from its record. */
    static JsonNode withRequiredAsWritten(JsonNode scan) throws IOException {
        ObjectNode copy = scan.deepCopy();
        Map<String, Class<?>> records = recordsBySchemaName();
        for (String name : reachedFromSuccesses(copy)) {
            Class<?> type = records.get(name);
            if (type == null) {
                continue;
            }
            ObjectNode schema =
                    (ObjectNode) copy.path("components").path("schemas").path(name);
            Set<String> required = alwaysWritten(type);
            if (required.isEmpty()) {
                schema.remove("required");
            } else {
                ArrayNode list = schema.putArray("required");
                required.forEach(list::add);
            }
        }
        return copy;
    }

    static Set<String> alwaysWritten(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (!component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                    && !mayLeaveOut(component.getAccessor())) {
                names.add(component.getName());
            }
        }
        for (Method method : record.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonProperty.class)
                    && method.getParameterCount() == 0
                    && !mayLeaveOut(method)) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static boolean mayLeaveOut(AnnotatedElement property) {
        JsonInclude include = property.getAnnotation(JsonInclude.class);
        return include != null
                && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static Set<String> reachedFromSuccesses(JsonNode doc) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        doc.path("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(response -> {
                            if (response.getKey().startsWith("2")) {
                                todo.add(response.getValue());
                            }
                        })));
        Set<String> reached = new TreeSet<>();
        while (!todo.isEmpty()) {
            for (JsonNode ref : todo.pop().findValues("$ref")) {
                String target = ref.asText();
                if (target.startsWith("#/components/schemas/")) {
                    String name = target.substring("#/components/schemas/".length());
                    if (reached.add(name)) {
                        todo.add(doc.path("components").path("schemas").path(name));
                    }
                }
            }
        }
        return reached;
    }

    /** The main code's records by the name the scan gives their schema ({@code @Schema(name)}, else the class's). */
    private static Map<String, Class<?>> recordsBySchemaName() throws IOException {
        Map<String, Class<?>> records = new HashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/ladder"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className =
                        CLASSES.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(className, false, ResponseRecords.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isRecord()) {
                    Schema schema = type.getAnnotation(Schema.class);
                    records.put(
                            schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName(), type);
                }
            }
        }
        return records;
    }
}
