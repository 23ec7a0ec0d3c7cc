package dev.ladder.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * Forum traffic against a running app: each of several users, on a thread of its own, reads
 * question pages, asks, answers and votes in a loop, and every call is recorded with what the
 * client saw, for {@link WriteLedger} to hold against the database afterwards.
 */
final class Traffic implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct-horse-battery";
    /** Long enough to tell a hang from an answer: the outage budget is 5 s. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(20);

    /** The topic of every question the traffic asks. */
    static final String TOPIC = "career-growth";

    enum Kind {
        READ,
        ASK,
        ANSWER,
        VOTE_QUESTION,
        VOTE_ANSWER
    }

    /**
     * One call as the client saw it: a status, or the failure that stood in for one. {@code marker}
     * is the unique text an ask or answer carries, {@code target} the post a vote or answer was for.
     */
    record Call(
            Kind kind,
            String handle,
            String target,
            String marker,
            int value,
            long startedNanos,
            long endedNanos,
            int status,
            String contentType,
            String retryAfter,
            String body,
            Exception failure) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** A 503 problem with Retry-After, or a connection refused (nothing was sent). */
        boolean refusedCleanly() {
            return status == 503
                            && contentType.startsWith("application/problem+json")
                            && retryAfter.matches("[1-9][0-9]*")
                    || failure instanceof java.net.ConnectException;
        }

        /**
         * The connection closed before a byte of answer: while a stopping server closes its
         * listener, the kernel still accepts connections that nobody reads from. Such a call was
         * never processed, which {@link WriteLedger} holds it to.
         */
        boolean unanswered() {
            return failure instanceof IOException
                    && !(failure instanceof java.net.http.HttpTimeoutException)
                    && String.valueOf(failure.getMessage()).contains("received no bytes");
        }

        boolean inFlightAt(long nanos) {
            return startedNanos < nanos && endedNanos > nanos;
        }

        Duration took() {
            return Duration.ofNanos(endedNanos - startedNanos);
        }

        boolean isWrite() {
            return kind != Kind.READ;
        }

        @Override
        public String toString() {
            return kind + " by " + handle + " -> " + (failure != null ? failure : status + " " + body) + " in "
                    + took().toMillis() + " ms";
        }
    }

    record User(String handle, String token) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String base;
    private final String run = Long.toString(System.nanoTime(), 36);
    private final User author;
    private final List<User> users = new ArrayList<>();
    /** Questions and answers written before the load, which every user votes on and answers. */
    final List<String> questions = new ArrayList<>();

    final List<String> answers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    /**
     * Registers {@code userCount} users; an author of their own writes a few questions with an
     * answer each, so that every user can vote on all of them.
     */
    Traffic(int port, int userCount) throws Exception {
        this.base = "http://127.0.0.1:" + port;
        author = register("author");
        for (int i = 0; i < userCount; i++) {
            users.add(register("user" + i));
        }
        for (int i = 0; i < 3; i++) {
            String question = created(send(
                    author,
                    "POST",
                    "/api/v1/questions",
                    Map.of(
                            "title",
                            "Outage question " + run + " " + i,
                            "body",
                            "Seeded before the load.",
                            "topics",
                            List.of(TOPIC))));
            questions.add(question);
            answers.add(created(send(
                    author,
                    "POST",
                    "/api/v1/questions/" + question + "/answers",
                    Map.of("body", "Seeded answer " + run + " " + i))));
        }
    }

    /** Settings for the app under this traffic: all of it comes from one address, a few users writing nonstop. */
    static Map<String, String> limitsOutOfReach() {
        return Map.of("LADDER_RATE_LIMIT_WRITES_CAPACITY", "1000000", "LADDER_RATE_LIMIT_READS_CAPACITY", "1000000");
    }

    private User register(String name) throws Exception {
        String handle = "t" + run + "_" + name;
        HttpResponse<String> registered = send(
                null,
                "POST",
                "/api/v1/auth/register",
                Map.of(
                        "handle",
                        handle,
                        "email",
                        handle + "@example.com",
                        "password",
                        PASSWORD,
                        "displayName",
                        "Traffic " + name));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register: " + registered.statusCode() + " " + registered.body());
        }
        return new User(
                handle, JSON.readTree(registered.body()).path("accessToken").asText());
    }

    private static String created(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** Every account that writes: the author of the seeded posts and the users. */
    List<String> handles() {
        return Stream.concat(Stream.of(author), users.stream())
                .map(User::handle)
                .toList();
    }

    /** Every user starts its loop on a thread of its own. */
    void start() {
        running = true;
        for (User user : users) {
            Thread worker = new Thread(
                    () -> {
                        while (running) {
                            callOnce(user);
                        }
                    },
                    "traffic-" + user.handle());
            worker.start();
            workers.add(worker);
        }
    }

    /** Lets every user finish the call it is making, then returns every call made. */
    List<Call> stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join(REQUEST_TIMEOUT.toMillis() * 2);
        }
        return calls();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Waits, for at most {@code timeout}, until {@code count} calls recorded so far match; fails with {@code failure}. */
    void await(Predicate<Call> matching, int count, Duration timeout, String failure) {
        Awaitility.await(failure)
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(() -> calls.stream().filter(matching).count() >= count);
    }

    /** Polls until {@code condition} holds and returns when it first did (within one poll). */
    static long until(BooleanSupplier condition, Duration timeout) {
        Awaitility.await()
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(condition::getAsBoolean);
        return System.nanoTime();
    }

    private void callOnce(User user) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String marker = "m" + run + "_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        int value = random.nextBoolean() ? 1 : -1;
        switch (random.nextInt(5)) {
            case 0 -> {
                String question = questions.get(random.nextInt(questions.size()));
                call(
                        Kind.READ,
                        user,
                        question,
                        null,
                        0,
                        "GET",
                        "/api/v1/questions/" + question + "?include=answers",
                        null);
            }
            case 1 ->
                call(
                        Kind.ASK,
                        user,
                        null,
                        marker,
                        0,
                        "POST",
                        "/api/v1/questions",
                        Map.of("title", "Question " + marker, "body", "Asked under load.", "topics", List.of(TOPIC)));
            case 2 -> {
                String question = questions.get(random.nextInt(questions.size()));
                call(
                        Kind.ANSWER,
                        user,
                        question,
                        marker,
                        0,
                        "POST",
                        "/api/v1/questions/" + question + "/answers",
                        Map.of("body", "Answer " + marker));
            }
            case 3 -> {
                String question = questions.get(random.nextInt(questions.size()));
                call(
                        Kind.VOTE_QUESTION,
                        user,
                        question,
                        null,
                        value,
                        "PUT",
                        "/api/v1/questions/" + question + "/vote",
                        Map.of("value", value));
            }
            default -> {
                String answer = answers.get(random.nextInt(answers.size()));
                call(
                        Kind.VOTE_ANSWER,
                        user,
                        answer,
                        null,
                        value,
                        "PUT",
                        "/api/v1/answers/" + answer + "/vote",
                        Map.of("value", value));
            }
        }
    }

    private void call(
            Kind kind, User user, String target, String marker, int value, String method, String path, Object body) {
        inFlight.incrementAndGet();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(user, method, path, body);
            calls.add(new Call(
                    kind,
                    user.handle(),
                    target,
                    marker,
                    value,
                    started,
                    System.nanoTime(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""),
                    response.body(),
                    null));
        } catch (IOException | InterruptedException e) {
            calls.add(new Call(
                    kind, user.handle(), target, marker, value, started, System.nanoTime(), -1, "", "", "", e));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private HttpResponse<String> send(User user, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A status of the app itself, outside the recorded traffic (health checks, recovery probes). */
    int status(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(REQUEST_TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
