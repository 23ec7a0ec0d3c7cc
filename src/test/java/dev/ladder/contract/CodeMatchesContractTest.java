package dev.ladder.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drift guard: here the application describes itself from its code (annotation scan, contract
 * file ignored), and that description must agree with openapi.yaml in every structural point.
 */
@QuarkusTest
@TestProfile(CodeMatchesContractTest.ScanTheCode.class)
class CodeMatchesContractTest {

    public static class ScanTheCode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.openapi.scan.disable", "false", "quarkus.smallrye-openapi.ignore-static-document", "true");
        }
    }

    @Test
    void everyOperationParameterBodyAndSchemaOfTheCodeIsInTheContract() throws Exception {
        JsonNode scan = ResponseRecords.withRequiredAsWritten(OpenApiDocuments.served());
        // Kept for whoever updates openapi.yaml: what the code says, to compare with the file.
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(Path.of("target", "openapi-from-code.json").toFile(), scan);
        List<String> differences = OpenApiDocuments.differences(scan, OpenApiDocuments.contractFile());
        assertTrue(differences.isEmpty(), "openapi.yaml and the code disagree:\n" + String.join("\n", differences));
    }

    @Test
    void theComparisonNoticesAMissingOperation() throws Exception {
        JsonNode scan = OpenApiDocuments.served();
        JsonNode file = OpenApiDocuments.contractFile().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.path("paths")).remove("/api/v1/topics");
        List<String> differences = OpenApiDocuments.differences(scan, file);
        assertTrue(
                differences.stream()
                        .anyMatch(d -> d.contains("GET /api/v1/topics is in the code but not in openapi.yaml")),
                String.join("\n", differences));
    }

    /** deletedAt is left out of live questions (@JsonInclude(NON_NULL)): the file may not require it. */
    @Test
    void theComparisonNoticesARequiredPropertyTheCodeMayLeaveOut() throws Exception {
        JsonNode scan = ResponseRecords.withRequiredAsWritten(OpenApiDocuments.served());
        JsonNode file = OpenApiDocuments.contractFile().deepCopy();
        ((ArrayNode) file.at("/components/schemas/QuestionView/required")).add("deletedAt");
        List<String> differences = OpenApiDocuments.differences(scan, file);
        assertTrue(
                differences.stream().anyMatch(d -> d.startsWith("schema QuestionView differs")),
                String.join("\n", differences));
    }
}
