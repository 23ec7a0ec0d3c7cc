package dev.ladder.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The reference client at / is served as static files a browser can load as they are, no build step. */
@QuarkusTest
class ReferenceClientTest {

    @Test
    void rootServesThePageThatLoadsTheClientModule() {
        given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<script type=\"module\" src=\"/client/main.js\"></script>"),
                        containsString("<link rel=\"stylesheet\" href=\"/client/style.css\">"));
    }

    @Test
    void everyModuleIsServedAsJavaScript() {
        for (String module : new String[] {"main.js", "api.js", "time.js"}) {
            given().when().get("/client/" + module).then().statusCode(200)
                    .contentType(startsWith("text/javascript"))
                    .header("X-Content-Type-Options", "nosniff");
        }
        given().when().get("/client/style.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void onlyTheBodiesTheApiSanitisedGoInAsHtml() {
        String main = given().when().get("/client/main.js").then().statusCode(200).extract().asString();
        assertEquals(1, main.split("innerHTML", -1).length - 1, "one place inserts HTML: bodyHtml");
        for (String sink : new String[] {"outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
            assertFalse(main.contains(sink), sink);
        }
        given().when().get("/client/api.js").then().statusCode(200)
                .body(containsString("const BASE = '/api/v1';"), containsString("application/problem+json"));
    }
}
