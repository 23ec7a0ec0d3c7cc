package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Runs after `package`: the jar as it ships, in the prod profile. */
class PackagedAppIT {
    /** Nothing listens on port 1: PostgreSQL is "down" for this app without touching the real one. */
    private static Map<String, String> unreachableDatabase() {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:1/ladder",
                "QUARKUS_DATASOURCE_USERNAME",
                "ladder",
                "QUARKUS_DATASOURCE_PASSWORD",
                "unused",
                "QUARKUS_FLYWAY_MIGRATE_AT_START",
                "false");
    }

    /** Keys of its own and no database: enough for whatever needs no data. */
    private static Map<String, String> prodWithoutDatabase() throws Exception {
        Map<String, String> env = new HashMap<>(unreachableDatabase());
        env.putAll(PackagedApp.ownKeys());
        return env;
    }

    /** Keys of its own on the test database: enough for whatever needs data and no settings. */
    private static Map<String, String> prodOnTheTestDatabase() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedApp.testDatabase());
        env.putAll(PackagedApp.ownKeys());
        return env;
    }

    private static final SharedApp WITHOUT_DATABASE = new SharedApp(PackagedAppIT::prodWithoutDatabase);

    /** Asked for the demo data, which prod ignores (prodNeverLoadsTheDemoData): no other test sees a difference. */
    private static final SharedApp ON_THE_TEST_DATABASE = new SharedApp(() -> {
        Map<String, String> env = prodOnTheTestDatabase();
        env.put("LADDER_DEMO_DATA", "true");
        return env;
    });

    @AfterAll
    static void stopSharedApps() throws InterruptedException {
        WITHOUT_DATABASE.close();
        ON_THE_TEST_DATABASE.close();
    }

    /** The jar is Ladder's own files (app/, quarkus/); lib/ holds the third-party jars. */
    @Test
    void theJarCarriesNoKey() throws Exception {
        Path root = PackagedApp.JAR.getParent();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(root.resolve("lib")))
                    .toList()) {
                if (file.toString().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(file.toFile())) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                check(file + "!" + entry.getName(), in.readAllBytes(), found);
                            }
                        }
                    }
                } else {
                    check(file.toString(), Files.readAllBytes(file), found);
                }
            }
        }
        assertTrue(Files.isDirectory(root.resolve("app")), "no packaged app in " + root);
        // A checkout built before the keys moved to src/test/resources still has them in target/classes.
        assertEquals(
                List.of(),
                found,
                "keys in the jar; if target/classes/dev-keys is left from an old build, run ./mvnw clean");
    }

    private static void check(String name, byte[] content, List<String> found) {
        if (name.endsWith(".pem") || new String(content, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----")) {
            found.add(name);
        }
    }

    /** An operator who copies the dev keys from git into production. */
    @Test
    void prodRefusesToStartWithTheDevKeysFromGit() throws Exception {
        Map<String, String> env = new HashMap<>(unreachableDatabase());
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src/test/resources/dev-keys/public-key.pem")
                        .toAbsolutePath()
                        .toString());
        env.put(
                "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                Path.of("src/test/resources/dev-keys/private-key.pem")
                        .toAbsolutePath()
                        .toString());
        try (PackagedApp app = PackagedApp.start(env)) {
            assertTrue(app.exitsWithin(Duration.ofSeconds(60)), "prod started with the dev keys");
            assertNotEquals(0, app.process.exitValue());
            assertTrue(app.output().contains("public dev/test key from git"), app.output());
            assertTrue(app.output().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), app.output());
        }
    }

    @Test
    void prodRefusesToStartWithoutKeys() throws Exception {
        try (PackagedApp app = PackagedApp.start(unreachableDatabase())) {
            assertTrue(app.exitsWithin(Duration.ofSeconds(60)), "prod started without keys");
            assertNotEquals(0, app.process.exitValue());
            assertTrue(app.output().contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), app.output());
        }
    }

    @Test
    void readinessIsDownAndRequestsGet503WhileTheDatabaseIsUnreachable() throws Exception {
        PackagedApp app = WITHOUT_DATABASE.get();
        assertEquals(200, app.get("/q/health/live").statusCode());

        HttpResponse<String> ready = app.get("/q/health/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"DOWN\""), ready.body());

        long started = System.nanoTime();
        HttpResponse<String> read = app.get("/api/v1/topics");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 6, "took longer than the 5 s budget");
        assertEquals(503, read.statusCode(), read.body());
        assertEquals(
                "application/problem+json",
                read.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", read.headers().firstValue("Retry-After").orElse(""));
        assertTrue(read.body().contains("https://ladder.dev/problems/unavailable"), read.body());
        assertTrue(!read.body().contains("Exception"), read.body());

        // A login's first stop is its rate limit's bucket, in the same database.
        HttpResponse<String> login =
                app.post("/api/v1/auth/login", "{\"login\": \"someone\", \"password\": \"some-password\"}");
        assertEquals(503, login.statusCode(), login.body());
        assertEquals("5", login.headers().firstValue("Retry-After").orElse(""));
        assertTrue(login.body().contains("https://ladder.dev/problems/unavailable"), login.body());
    }

    @Test
    void prodNeverLoadsTheDemoData() throws Exception {
        PackagedApp app = ON_THE_TEST_DATABASE.get();
        assertTrue(app.output().contains("ladder.demo-data is ignored in the prod profile"), app.output());
        assertFalse(app.output().contains("Demo data loaded"), app.output());
    }

    @Test
    void adminHandlesMakeAnExistingAccountAdminAtStartUp() throws Exception {
        String handle = "boss_" + Long.toString(System.nanoTime(), 36);
        String login = "{\"login\": \"" + handle + "\", \"password\": \"correct-horse-battery\"}";
        HttpResponse<String> registered = ON_THE_TEST_DATABASE
                .get()
                .post(
                        "/api/v1/auth/register",
                        "{\"handle\": \"" + handle + "\", \"email\": \"" + handle
                                + "@example.com\", \"password\": \"correct-horse-battery\", \"displayName\": \"Boss\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"roles\":[\"user\"]"), registered.body());
        // The shipped jar hashes at the contract's cost (tests run at a lower one).
        String hash = PackagedApp.testDatabaseSql().string("SELECT password_hash FROM users WHERE handle = ?", handle);
        assertTrue(hash.startsWith("$2b$10$"), hash);
        Map<String, String> env = prodOnTheTestDatabase();
        env.put("LADDER_ADMIN_HANDLES", "someone-who-does-not-exist," + handle.toUpperCase());
        try (PackagedApp app = PackagedApp.start(env)) {
            app.awaitStarted(Duration.ofSeconds(60));
            HttpResponse<String> loggedIn = app.post("/api/v1/auth/login", login);
            assertEquals(200, loggedIn.statusCode(), loggedIn.body());
            assertTrue(loggedIn.body().contains("\"roles\":[\"user\",\"moderator\",\"admin\"]"), loggedIn.body());
            assertTrue(app.output().contains("no such account exists yet"), app.output());
        }
    }

    @Test
    void swaggerUiIsServedInProd() throws Exception {
        PackagedApp app = WITHOUT_DATABASE.get();
        assertEquals(200, app.get("/q/swagger-ui/index.html").statusCode());
        assertEquals(200, app.get("/q/openapi").statusCode());
    }

    /** Prod lists no origin of its own (not even the dev ones): only those in LADDER_CORS_ORIGINS. */
    @Test
    void prodAllowsExactlyTheOriginsItIsGiven() throws Exception {
        PackagedApp unset = WITHOUT_DATABASE.get();
        assertEquals(Optional.empty(), unset.allowedOrigin("http://localhost:5173"));
        assertEquals(Optional.empty(), unset.allowedOrigin("https://evil.example"));
        Map<String, String> env = prodWithoutDatabase();
        env.put("LADDER_CORS_ORIGINS", "https://app.ladder.example");
        try (PackagedApp app = PackagedApp.start(env)) {
            app.awaitStarted(Duration.ofSeconds(60));
            assertEquals(Optional.of("https://app.ladder.example"), app.allowedOrigin("https://app.ladder.example"));
            assertEquals(Optional.empty(), app.allowedOrigin("http://localhost:5173"));
            assertEquals(Optional.empty(), app.allowedOrigin("https://evil.example"));
        }
    }
}
