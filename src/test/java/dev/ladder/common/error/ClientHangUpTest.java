package dev.ladder.common.error;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up while its request body is on the way (a closed tab, a dropped mobile
 * connection, a load generator stopping) is not the server's error, and the log does not call it one.
 */
@QuarkusTest
class ClientHangUpTest {
    private static final class Records extends Handler {
        final List<LogRecord> all = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            all.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Hanging up before then, the request is dropped unread; hanging up after, its read fails. */
    private static boolean aWorkerWaitsForTheBody() {
        return Thread.getAllStackTraces().values().stream()
                .anyMatch(stack -> Arrays.stream(stack)
                        .anyMatch(frame -> frame.getMethodName().equals("readBlocking")));
    }

    private static void waitFor(BooleanSupplier condition, String failure) {
        await(failure)
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5))
                .until(condition::getAsBoolean);
    }

    @Test
    void aClientHangingUpMidBodyIsNoError() throws Exception {
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        Level level = logger.getLevel();
        Records records = new Records();
        logger.addHandler(records);
        logger.setLevel(Level.FINE);
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(
                        ("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: 1000\r\n\r\n{\"handle\": \"hang")
                                .getBytes(US_ASCII));
                out.flush();
                waitFor(ClientHangUpTest::aWorkerWaitsForTheBody, "no worker thread ever waited for the body");
            }
            waitFor(() -> !records.all.isEmpty(), "the hang-up never reached the error mappers");
            assertFalse(
                    records.all.stream().anyMatch(r -> r.getLevel().intValue() >= Level.INFO.intValue()),
                    () -> "logged above debug: "
                            + records.all.stream().map(LogRecord::getMessage).toList());
            assertTrue(
                    records.all.get(0).getMessage().contains("closed the connection"),
                    records.all.get(0).getMessage());
        } finally {
            logger.removeHandler(records);
            logger.setLevel(level);
        }
    }
}
