// The client of bench/streams: opens many notification streams (Server-Sent Events) on one server,
// posts answers to questions that every stream's reader follows, and times each delivery from the
// moment its answer was sent to the moment the stream received it.
//
//   java bench/StreamClients.java base=URL readers=FILE per-reader=5 streams=1000 writers=FILE
//        questions=FILE warmup=3 interval-ms=2000 open-at-once=50 timeout-s=60 signals=DIR
//
// readers/writers: access tokens, one a line (stream i reads as reader i / per-reader). questions:
// one question id a line, answered in order: the first `warmup` of them are a round of their own,
// left out of the latencies (their deliveries are still counted), before the measured round. The script samples the server between steps: the client
// prints a line and waits for a file of the same name in `signals`:
//   OPEN ...      every stream answered (or was refused); waits for signals/warmup
//   WARMED        the warm-up answers were posted and delivered; waits for signals/measure
//   STREAMS ...   the summary, after every delivery came or the timeout; waits for signals/close
//   CLOSED        every stream cancelled; the client exits
// Exit status 0 whatever the counts: the script judges the summary.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StreamClients {
    /** A notification's question: NotificationView's {@code question} is {@code {"id": ..., "title": ...}}. */
    static final Pattern QUESTION = Pattern.compile("\"question\":\\{\"id\":\"([0-9a-f-]{36})\"");

    final Map<String, String> opts;
    final URI base;
    final int streamCount;
    final Path signals;
    final HttpClient streamsClient;
    final HttpClient writesClient;
    final List<Stream> streams = new ArrayList<>();
    /** The writes by question id, registered before each is sent. */
    final Map<String, Write> writes = new ConcurrentHashMap<>();
    final AtomicInteger delivered = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger unexpected = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger endedEarly = new AtomicInteger();
    volatile boolean closing;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not key=value: " + arg);
            }
            opts.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new StreamClients(opts).run();
        System.exit(0);   // the HTTP clients' threads would keep the JVM up
    }

    StreamClients(Map<String, String> opts) {
        this.opts = opts;
        this.base = URI.create(require("base"));
        this.streamCount = Integer.parseInt(opts.getOrDefault("streams", "1000"));
        this.signals = Path.of(require("signals"));
        // One client holds every stream (one selector thread); the writes get their own, so that they
        // never queue behind the streams' connections.
        this.streamsClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.writesClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    String require(String key) {
        String value = opts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return value;
    }

    void run() throws Exception {
        List<String> readers = lines(require("readers"));
        List<String> writers = lines(require("writers"));
        List<String> questions = lines(require("questions"));
        int perReader = Integer.parseInt(opts.getOrDefault("per-reader", "5"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
        long intervalMs = Long.parseLong(opts.getOrDefault("interval-ms", "2000"));
        int openAtOnce = Integer.parseInt(opts.getOrDefault("open-at-once", "50"));
        long timeoutS = Long.parseLong(opts.getOrDefault("timeout-s", "60"));
        if (readers.size() * perReader < streamCount) {
            throw new IllegalArgumentException(readers.size() + " readers x " + perReader + " < " + streamCount + " streams");
        }
        if (questions.size() <= warmup) {
            throw new IllegalArgumentException("no question left after " + warmup + " warm-up writes");
        }

        // 1. Open the streams, at most openAtOnce waiting for their first event at a time.
        long openStart = System.nanoTime();
        Semaphore slots = new Semaphore(openAtOnce);
        CountDownLatch answered = new CountDownLatch(streamCount);
        for (int i = 0; i < streamCount; i++) {
            Stream stream = new Stream(i, readers.get(i / perReader), slots, answered);
            streams.add(stream);
            slots.acquire();
            stream.open();
        }
        if (!answered.await(120, TimeUnit.SECONDS)) {
            System.err.println("streams still unanswered after 120 s: " + answered.getCount());
        }
        int opened = (int) streams.stream().filter(s -> s.openedAt > 0).count();
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        say(String.format(Locale.ROOT, "OPEN opened=%d refused=%d unanswered=%d open_s=%.1f",
                opened, refused.get(), answered.getCount(), openSeconds));
        await("warmup");

        // 2. The writes: one answer every intervalMs, writers in turn, each to its own question. The
        // warm-up round first (a cold server: JIT, the first catch-ups), then, once its deliveries came,
        // the measured round.
        int[] status = new int[questions.size()];
        long[] responseNanos = new long[questions.size()];
        write(0, warmup, true, questions, writers, intervalMs, status, responseNanos, opened, timeoutS);
        say("WARMED");
        await("measure");
        write(warmup, questions.size(), false, questions, writers, intervalMs, status, responseNanos, opened, timeoutS);
        Thread.sleep(Long.parseLong(opts.getOrDefault("grace-ms", "1000")));   // late duplicates

        // 3. Every opened stream should get every answer that was posted, once.
        List<Double> latencies = new ArrayList<>();
        List<Double> measuredResponses = new ArrayList<>();
        double warmMax = 0;
        int warmupErrors = 0, writeErrors = 0;
        long expected = 0;
        for (String question : questions) {
            Write write = writes.get(question);
            boolean ok = status[write.index] == 201;
            if (ok) {
                expected += opened;
            } else if (write.warmup) {
                warmupErrors++;
            } else {
                writeErrors++;
            }
            if (!write.warmup) {
                measuredResponses.add(responseNanos[write.index] / 1e6);
            }
            double first = Double.MAX_VALUE, last = 0;
            int got = 0;
            for (int s = 0; s < streamCount; s++) {
                long at = write.arrivals.get(s);
                if (at == 0) {
                    continue;
                }
                double ms = (at - write.sentAt) / 1e6;
                got++;
                first = Math.min(first, ms);
                last = Math.max(last, ms);
                if (write.warmup) {
                    warmMax = Math.max(warmMax, ms);
                } else {
                    latencies.add(ms);
                }
            }
            say(String.format(Locale.ROOT, "WRITE n=%d warmup=%s status=%d response_ms=%.1f delivered=%d first_ms=%.1f last_ms=%.1f",
                    write.index, write.warmup, status[write.index], responseNanos[write.index] / 1e6, got,
                    got == 0 ? 0 : first, last));
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] responses = measuredResponses.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        say(String.format(Locale.ROOT,
                "STREAMS opened=%d refused=%d ended_early=%d writes=%d warmup_writes=%d warmup_errors=%d write_errors=%d"
                        + " expected=%d received=%d duplicates=%d unexpected=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f"
                        + " max_ms=%.1f warmup_max_ms=%.1f write_p50_ms=%.1f write_max_ms=%.1f open_s=%.1f",
                opened, refused.get(), endedEarly.get(), questions.size() - warmup, warmup, warmupErrors, writeErrors,
                expected, delivered.get(), duplicates.get(), unexpected.get(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                warmMax, percentile(responses, 50), responses[responses.length - 1], openSeconds));
        await("close");

        // 4. Close: cancelling a stream's subscription closes its connection.
        closing = true;
        streams.forEach(Stream::close);
        say("CLOSED");
    }

    /**
     * Posts the answers to questions [from, to), one every intervalMs, then waits (timeoutS at most)
     * until every opened stream got each one that was posted.
     */
    void write(int from, int to, boolean warmup, List<String> questions, List<String> writers, long intervalMs, int[] status,
            long[] responseNanos, int opened, long timeoutS) throws InterruptedException {
        CountDownLatch responded = new CountDownLatch(to - from);
        long start = System.nanoTime();
        for (int w = from; w < to; w++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(intervalMs * (w - from));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String question = questions.get(w);
            Write write = new Write(w, question, warmup, streamCount);
            writes.put(question, write);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/questions/" + question + "/answers"))
                    .header("Authorization", "Bearer " + writers.get(w % writers.size()))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"body\":\"Bench answer " + w + ": ask for the **scope** of the role in writing.\",\"anonymous\":false}"))
                    .build();
            int index = w;
            write.sentAt = System.nanoTime();
            writesClient.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                responseNanos[index] = System.nanoTime() - write.sentAt;
                status[index] = error != null ? -1 : response.statusCode();
                if (error != null || response.statusCode() != 201) {
                    System.err.println("write " + index + " failed: "
                            + (error != null ? error : response.statusCode() + " " + response.body()));
                }
                responded.countDown();
            });
        }
        responded.await(60, TimeUnit.SECONDS);
        long expected = 0;
        for (int w = 0; w < to; w++) {
            expected += status[w] == 201 ? opened : 0;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    void await(String signal) throws InterruptedException {
        Path file = signals.resolve(signal);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + file + " after 10 min");
            }
            Thread.sleep(50);
        }
    }

    /** One answer and when each stream received its notification (0: not yet). */
    static final class Write {
        final int index;
        final String question;
        final boolean warmup;
        final AtomicLongArray arrivals;
        volatile long sentAt;

        Write(int index, String question, boolean warmup, int streams) {
            this.index = index;
            this.question = question;
            this.warmup = warmup;
            this.arrivals = new AtomicLongArray(streams);
        }
    }

    /** One stream: an SSE parser over the body's lines (the client calls onNext one line at a time, in order). */
    final class Stream implements Flow.Subscriber<String> {
        final int index;
        final String token;
        final Semaphore slots;
        final CountDownLatch answered;
        final AtomicInteger answeredOnce = new AtomicInteger();
        volatile Flow.Subscription subscription;
        volatile long openedAt;
        // the event being read
        String event;
        String id;
        StringBuilder data = new StringBuilder();
        long firstLineAt;

        Stream(int index, String token, Semaphore slots, CountDownLatch answered) {
            this.index = index;
            this.token = token;
            this.slots = slots;
            this.answered = answered;
        }

        void open() {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build();
            HttpResponse.BodyHandler<Void> handler = info -> {
                if (info.statusCode() == 200) {
                    return HttpResponse.BodySubscribers.fromLineSubscriber(this, s -> null, StandardCharsets.UTF_8, null);
                }
                return HttpResponse.BodySubscribers.mapping(
                        HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8), body -> {
                            refused.incrementAndGet();
                            System.err.println("stream " + index + " refused: " + info.statusCode() + " " + body);
                            firstAnswer();
                            return null;
                        });
            };
            streamsClient.sendAsync(request, handler).whenComplete((response, error) -> {
                if (error != null && openedAt == 0 && !closing) {
                    refused.incrementAndGet();
                    System.err.println("stream " + index + " failed to open: " + error);
                } else if (openedAt > 0 && !closing) {
                    endedEarly.incrementAndGet();
                    System.err.println("stream " + index + " ended early: " + (error != null ? error : "server closed it"));
                }
                firstAnswer();
            });
        }

        /** The stream's first answer (its unread count, a refusal or an error) frees its opening slot. */
        void firstAnswer() {
            if (answeredOnce.getAndIncrement() == 0) {
                slots.release();
                answered.countDown();
            }
        }

        void close() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.isEmpty()) {
                dispatch();
                return;
            }
            if (event == null && id == null && data.length() == 0) {
                firstLineAt = now;
            }
            if (line.startsWith(":")) {
                return;   // a comment: the heartbeat
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> event = value;
                case "id" -> id = value;
                case "data" -> {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(value);
                }
                default -> { }
            }
        }

        private void dispatch() {
            String name = event == null ? "message" : event;
            String payload = data.toString();
            long at = firstLineAt;
            event = null;
            id = null;
            data.setLength(0);
            if (payload.isEmpty() && name.equals("message")) {
                return;
            }
            if (name.equals("unread-count")) {
                if (openedAt == 0) {
                    openedAt = at;
                    firstAnswer();
                }
                return;
            }
            if (!name.equals("notification")) {
                unexpected.incrementAndGet();
                return;
            }
            Matcher question = QUESTION.matcher(payload);
            Write write = question.find() ? writes.get(question.group(1)) : null;
            if (write == null) {
                unexpected.incrementAndGet();
                System.err.println("stream " + index + ": a notification of no write of ours: " + payload);
            } else if (write.arrivals.compareAndSet(index, 0, at)) {
                delivered.incrementAndGet();
            } else {
                duplicates.incrementAndGet();
                System.err.println("stream " + index + ": duplicate of write " + write.index);
            }
        }

        @Override
        public void onError(Throwable error) {
            // reported by open()'s whenComplete
        }

        @Override
        public void onComplete() {
        }
    }
}
