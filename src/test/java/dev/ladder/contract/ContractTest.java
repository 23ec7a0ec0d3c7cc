package dev.ladder.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served /q/openapi is openapi.yaml, unchanged: what Swagger UI and generated clients see is the contract. */
@QuarkusTest
class ContractTest {

    @Test
    void servedDocumentIsTheContractFile() throws Exception {
        JsonNode file = OpenApiDocuments.contractFile();
        JsonNode served = OpenApiDocuments.served();
        assertEquals(file, served, "/q/openapi differs from openapi.yaml");
    }

    @Test
    void everyOperationDocumentsTheRateLimit() throws Exception {
        // Every API call is counted in some bucket (dev.ladder.ratelimit), so every operation can answer 429.
        assertEquals(List.of(), operationsWithout("429"), "no 429 response documented for");
    }

    @Test
    void everyOperationDocumentsTheOutage() throws Exception {
        // Every API call reaches the database (its rate limit's bucket at least) and any can meet a
        // stopping instance, so every operation can answer 503 (dev.ladder.ops.DatabaseOutageIT, GracefulShutdownIT).
        assertEquals(List.of(), operationsWithout("503"), "no 503 response documented for");
    }

    private static List<String> operationsWithout(String status) throws Exception {
        List<String> missing = new ArrayList<>();
        OpenApiDocuments.contractFile()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue().has("responses")
                            && !operation.getValue().path("responses").has(status)) {
                        missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        return missing;
    }

    @Test
    void swaggerUiOffersBearerAuthorization() throws Exception {
        JsonNode scheme = OpenApiDocuments.served()
                .path("components")
                .path("securitySchemes")
                .path("bearerAuth");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
