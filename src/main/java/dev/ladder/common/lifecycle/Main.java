package dev.ladder.common.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Ladder. Quarkus refuses a URL that is no URI with an empty 400 before any route can
 * answer; {@link dev.ladder.common.http.UrlText} makes the same check as the first route and
 * answers with a problem, so Quarkus's is turned off. Dev mode and the tests set the same property
 * (pom.xml).
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
