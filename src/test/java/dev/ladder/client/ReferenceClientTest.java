package dev.ladder.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference client at / is served as static files a browser can load as they are, no build step. */
@QuarkusTest
class ReferenceClientTest {
    /** Every module of the client, so that a new one is checked too. */
    static final List<String> MODULES = modules();

    private static List<String> modules() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/META-INF/resources/client"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".js"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String module(String name) {
        return given().when()
                .get("/client/" + name)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void rootServesThePageThatLoadsTheClientModule() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .body(
                        containsString("<script type=\"module\" src=\"/client/main.js\"></script>"),
                        containsString("<link rel=\"stylesheet\" href=\"/client/style.css\">"),
                        containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
        given().when().get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"));
    }

    @Test
    void everyModuleIsServedAsJavaScript() {
        assertTrue(MODULES.contains("main.js"), MODULES::toString);
        for (String module : MODULES) {
            given().when()
                    .get("/client/" + module)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/javascript"))
                    .header("X-Content-Type-Options", "nosniff");
        }
        given().when().get("/client/style.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void onlyTheMarkupTheApiSanitisedGoesInAsHtml() {
        for (String name : MODULES) {
            String source = module(name);
            assertEquals(
                    name.equals("dom.js") ? 1 : 0,
                    source.split("innerHTML", -1).length - 1,
                    name + ": one place inserts HTML, dom.js's html() for bodyHtml and search highlights");
            for (String sink :
                    new String[] {"outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"}) {
                assertFalse(source.contains(sink), name + ": " + sink);
            }
        }
        given().when()
                .get("/client/api.js")
                .then()
                .statusCode(200)
                .body(containsString("const BASE = '/api/v1';"), containsString("application/problem+json"));
    }
}
