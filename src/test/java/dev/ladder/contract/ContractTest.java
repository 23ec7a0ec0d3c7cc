package dev.ladder.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
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
    void swaggerUiOffersBearerAuthorization() throws Exception {
        JsonNode scheme = OpenApiDocuments.served().path("components").path("securitySchemes").path("bearerAuth");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
