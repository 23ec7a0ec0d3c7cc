package dev.ladder.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests, reading the stream as the specification says (fields up to
 * a blank line make an event; lines starting with a colon are comments) on a thread of its own.
 */
public final class SseClient implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One event, and when it arrived ({@link System#nanoTime()}); a comment (a heartbeat) has only {@code comment}. */
    public record Event(String id, String name, String data, String comment, long receivedNanos) {}

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    /** Every event but comments, in order, whether {@link #next} took it or not. */
    private final List<Event> received = new CopyOnWriteArrayList<>();

    private final CountDownLatch ended = new CountDownLatch(1);

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "sse-client");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens {@code url} (absolute) with these headers; a status other than 200 is there to assert. */
    public static SseClient open(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of a refused stream (a problem). */
    public String body() {
        return String.join("\n", response.body().toList());
    }

    /** The next event that is not a comment, failing after {@code timeout}. */
    public Event next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = poll(deadline - System.nanoTime());
            assertNotNull(event, "no event within " + timeout);
            if (event.comment() == null) {
                return event;
            }
        }
    }

    /** The next comment, failing after {@code timeout}. */
    public Event nextComment(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = poll(deadline - System.nanoTime());
            assertNotNull(event, "no comment within " + timeout);
            if (event.comment() != null) {
                return event;
            }
        }
    }

    /** Asserts that no event but comments comes within {@code quiet}. */
    public void assertNothing(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = poll(deadline - System.nanoTime());
            if (event != null) {
                assertNull(event.comment() == null ? event : null, "an unexpected event");
            }
        }
    }

    /** Every event so far but comments, in the order they came. */
    public List<Event> received() {
        return List.copyOf(received);
    }

    /** Waits until the server ends the stream or the connection breaks, failing after {@code timeout}. */
    public void awaitEnd(Duration timeout) {
        try {
            assertTrue(ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS), "the stream did not end");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Event poll(long nanos) {
        try {
            return events.poll(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null || name != null || id != null) {
                        Event event =
                                new Event(id, name, data == null ? null : data.toString(), null, System.nanoTime());
                        received.add(event);
                        events.add(event);
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line.substring(1).strip(), System.nanoTime()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" ->
                            data = data == null
                                    ? new StringBuilder(value)
                                    : data.append('\n').append(value);
                        default -> {}
                    }
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void close() {
        if (response.statusCode() == 200) {
            response.body().close();
        }
    }
}
