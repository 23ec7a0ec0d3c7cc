package dev.ladder.ops;

import static org.awaitility.Awaitility.await;

import dev.ladder.support.Sql;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.postgresql.ds.PGSimpleDataSource;

/** The packaged jar (target/quarkus-app) started as operators start it: prod profile, env config. */
final class PackagedApp implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    final Process process;
    final Path log;
    final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PackagedApp start(Map<String, String> env) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("ladder-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        return new PackagedApp(builder.start(), log, port);
    }

    /** The test database, migrated by the @QuarkusTest run before the jar was packaged. */
    static Map<String, String> testDatabase() {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                System.getenv().getOrDefault("LADDER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ladder_test"),
                "QUARKUS_DATASOURCE_USERNAME",
                "ladder",
                "QUARKUS_DATASOURCE_PASSWORD",
                "ladder");
    }

    /** The test database's own address (a test may put a proxy in front of it for the app). */
    static String testDatabaseUrl() {
        return testDatabase().get("QUARKUS_DATASOURCE_JDBC_URL");
    }

    /** The same database for the test itself, to check behind the instances' backs. */
    static Sql testDatabaseSql() {
        Map<String, String> settings = testDatabase();
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(testDatabaseUrl());
        db.setUser(settings.get("QUARKUS_DATASOURCE_USERNAME"));
        db.setPassword(settings.get("QUARKUS_DATASOURCE_PASSWORD"));
        return new Sql(db);
    }

    /** A fresh RSA key pair of the operator's own, as PEM files. */
    static Map<String, String> ownKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path dir = Files.createTempDirectory("ladder-keys");
        Path publicKey = dir.resolve("public.pem");
        Path privateKey = dir.resolve("private.pem");
        writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
        writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                publicKey.toString(),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                privateKey.toString());
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("-----BEGIN " + type + "-----\n");
            out.write(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(der));
            out.write("\n-----END " + type + "-----\n");
        }
    }

    boolean exitsWithin(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A CORS preflight from {@code origin}: its Access-Control-Allow-Origin header, if any. */
    Optional<String> allowedOrigin(String origin) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/questions"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", origin)
                                .header("Access-Control-Request-Method", "POST")
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("Access-Control-Allow-Origin");
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the server answers on its liveness endpoint. */
    void awaitStarted(Duration timeout) throws IOException {
        try {
            // An IOException is a server not listening yet.
            await().atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(this::live);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The app did not start in " + timeout + ":\n" + output(), e);
        }
    }

    private boolean live() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("The app exited:\n" + output());
        }
        return get("/q/health/live").statusCode() == 200;
    }

    /**
     * A free port: any, or one of LADDER_IT_PORTS (such as "8300-8349") where checkouts sharing a
     * machine keep to ranges of their own. Never one handed out before: an app started a moment
     * ago may not listen on its port yet.
     */
    private static synchronized int freePort() throws IOException {
        String range = System.getenv("LADDER_IT_PORTS");
        if (range == null || range.isBlank()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        String[] bounds = range.split("-");
        for (int port = Integer.parseInt(bounds[0].trim()); port <= Integer.parseInt(bounds[1].trim()); port++) {
            if (HANDED_OUT.add(port)) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    return port;
                } catch (IOException taken) {
                    // someone else's: try the next
                }
            }
        }
        throw new IOException("No free port left in LADDER_IT_PORTS=" + range);
    }

    /**
     * SIGKILL: a test done with the app has nothing left to drain, and a SIGTERM would cost the 5 s
     * shutdown delay every time (GracefulShutdownIT sends its own SIGTERM and checks what it does).
     */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
