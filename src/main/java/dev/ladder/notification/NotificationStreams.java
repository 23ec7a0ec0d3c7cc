package dev.ladder.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import dev.ladder.common.security.CurrentUser;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The open notification streams of this instance. A stream sends the reader's notifications after
 * the last event id it sent, oldest first, whenever its reader is woken: by {@link
 * NotificationChannel} when a fact that may concern the reader commits on any instance, when a
 * stream opens (resuming from {@code Last-Event-ID}), and after the listener lost and regained the
 * database. Event ids are handed out in commit order (V18), so "after the last id sent" misses and
 * repeats nothing. One catch-up serves all of a reader's streams, and at most {@code
 * catch-up-threads} run at once, so that a fact with a thousand readers online queues their
 * catch-ups instead of taking every database connection from the requests.
 */
@ApplicationScoped
public class NotificationStreams {
    private static final Logger LOG = Logger.getLogger(NotificationStreams.class);
    /** Notifications sent per query while a stream catches up. */
    private static final int CATCH_UP_BATCH = 100;
    /** When a catch-up failed (the database was away), the stream tries again this much later. */
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final NotificationService notifications;
    private final StreamTickets tickets;
    private final CurrentUser me;
    private final ObjectMapper json;
    private final LadderConfig.Notification config;
    private final Map<UUID, Reader> readers = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemon("notification-streams"));
    /** Catch-ups query the database: they run on threads of their own, never on the event loop or the timer. */
    private final ExecutorService catchUps;
    /** Finding a fact's followers queries the database too, once per fact. */
    private final Executor workers = Infrastructure.getDefaultWorkerPool();

    NotificationStreams(
            NotificationService notifications,
            StreamTickets tickets,
            CurrentUser me,
            ObjectMapper json,
            LadderConfig config,
            MeterRegistry registry) {
        this.notifications = notifications;
        this.tickets = tickets;
        this.me = me;
        this.json = json;
        this.config = config.notification();
        Gauge.builder("ladder.notification.streams", open, AtomicInteger::get)
                .description("Notification streams open on this instance")
                .register(registry);
        catchUps = Executors.newFixedThreadPool(this.config.catchUpThreads(), daemon("notification-catch-up"));
        long heartbeat = this.config.heartbeat().toMillis();
        timer.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A ticket that opens one stream of the caller's, for clients that cannot send the token. */
    public StreamTicket ticket() {
        return tickets.issue(me.id(), me.tokenExpiry());
    }

    /**
     * The caller's notifications after {@code lastEventId} (null: from now on) as they come,
     * starting with their unread count up to there. The caller is the ticket's when one is given,
     * else the bearer token's, and the stream ends when that token expires. Over the caps it is a
     * problem instead.
     */
    public Multi<OutboundSseEvent> open(String ticket, Long lastEventId, Sse sse) {
        StreamTickets.Grant grant =
                ticket != null ? tickets.redeem(ticket) : new StreamTickets.Grant(me.id(), me.tokenExpiry());
        UUID reader = grant.reader();
        Instant until = grant.until();
        long after = lastEventId != null ? lastEventId : notifications.newestId();
        Stream stream = new Stream(after, sse);
        Reader streams = reserve(reader, stream);
        OutboundSseEvent unread;
        try {
            unread = sse.newEventBuilder()
                    .name("unread-count")
                    .data(toJson(notifications.unreadCount(reader, after + 1)))
                    .build();
        } catch (RuntimeException e) {
            release(streams, stream);
            throw e;
        }
        return Multi.createFrom().emitter(emitter -> {
            long lifetime = Math.max(Duration.between(Instant.now(), until).toMillis(), 0);
            ScheduledFuture<?> end = timer.schedule(emitter::complete, lifetime, TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> {
                end.cancel(false);
                release(streams, stream);
            });
            stream.emitter = emitter;
            stream.send(unread);
            streams.wake();
        });
    }

    /** A fact committed: wake the streams whose readers it may concern (see V18 for the payloads). */
    void wake(String payload) {
        int colon = payload.indexOf(':');
        String kind = payload.substring(0, colon);
        String key = payload.substring(colon + 1);
        if (kind.equals("user")) {
            wakeReader(UUID.fromString(key));
            return;
        }
        List<UUID> online = new ArrayList<>(readers.keySet());
        if (!online.isEmpty()) {
            workers.execute(() -> {
                try {
                    notifications.followers(kind, key, online).forEach(this::wakeReader);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not find the followers a notification concerns (%s); waking every stream", e);
                    wakeAll();
                }
            });
        }
    }

    /** Everything may have been missed (the listener lost the database): every stream catches up. */
    void wakeAll() {
        readers.values().forEach(Reader::wake);
    }

    private void wakeReader(UUID reader) {
        Reader streams = readers.get(reader);
        if (streams != null) {
            streams.wake();
        }
    }

    /** Registers the stream under its reader, within the caps. */
    private Reader reserve(UUID reader, Stream stream) {
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw new ApiException(
                    ProblemType.UNAVAILABLE, "This instance has as many notification streams open as it takes: retry.");
        }
        boolean[] full = {false};
        Reader streams = readers.compute(reader, (id, existing) -> {
            Reader mine = existing != null ? existing : new Reader(id);
            if (mine.streams.size() >= config.maxStreamsPerUser()) {
                full[0] = true;
            } else {
                mine.streams.add(stream);
            }
            return mine;
        });
        if (full[0]) {
            open.decrementAndGet();
            throw new ApiException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "At most " + config.maxStreamsPerUser() + " notification streams per account are open at once:"
                            + " close one first.");
        }
        return streams;
    }

    private void release(Reader streams, Stream stream) {
        readers.computeIfPresent(streams.id, (id, mine) -> {
            mine.streams.remove(stream);
            return mine.streams.isEmpty() ? null : mine;
        });
        open.decrementAndGet();
    }

    private void heartbeat() {
        readers.values()
                .forEach(reader -> reader.streams.forEach(stream -> stream.send(
                        stream.sse.newEventBuilder().comment("heartbeat").build())));
    }

    /** Clients reconnect, with Last-Event-ID, to an instance that stays. */
    void onStop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
        catchUps.shutdownNow();
        readers.values()
                .forEach(reader -> reader.streams.forEach(stream -> {
                    if (stream.emitter != null) {
                        stream.emitter.complete();
                    }
                }));
    }

    /** One reader's open streams on this instance, and their catch-ups, one at a time. */
    private final class Reader {
        final UUID id;
        final Set<Stream> streams = ConcurrentHashMap.newKeySet();
        private final AtomicInteger wakes = new AtomicInteger();

        Reader(UUID id) {
            this.id = id;
        }

        /** Wakes that come while a catch-up runs make one more catch-up after it, not one each. */
        void wake() {
            if (wakes.getAndIncrement() == 0) {
                catchUps.execute(this::drain);
            }
        }

        private void drain() {
            int seen;
            do {
                seen = wakes.get();
                if (!catchUp()) {
                    wakes.set(0);
                    timer.schedule(this::wake, RETRY.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
            } while (wakes.addAndGet(-seen) != 0);
        }

        /**
         * Sends each stream what came after its last event, reading from the stream furthest
         * behind; false when the database could not be read.
         */
        private boolean catchUp() {
            try {
                List<Stream> live = streams.stream().filter(Stream::live).toList();
                if (live.isEmpty()) {
                    return true;
                }
                long from =
                        live.stream().mapToLong(stream -> stream.lastSent).min().orElseThrow();
                List<NotificationView> batch;
                do {
                    batch = notifications.after(id, from, CATCH_UP_BATCH);
                    for (NotificationView notification : batch) {
                        OutboundSseEvent event = live.get(0)
                                .sse
                                .newEventBuilder()
                                .id(Long.toString(notification.id()))
                                .name("notification")
                                .data(toJson(notification))
                                .build();
                        for (Stream stream : live) {
                            if (notification.id() > stream.lastSent) {
                                stream.send(event);
                                stream.lastSent = notification.id();
                            }
                        }
                        from = notification.id();
                    }
                } while (batch.size() == CATCH_UP_BATCH);
                return true;
            } catch (RuntimeException e) {
                LOG.debugf(e, "Notification streams could not catch up; they try again in %s", RETRY);
                return false;
            }
        }
    }

    /** One open stream: the last event id it sent. */
    private static final class Stream {
        final Sse sse;
        /** Written only by its reader's catch-up, one at a time. */
        volatile long lastSent;

        volatile MultiEmitter<? super OutboundSseEvent> emitter;

        Stream(long after, Sse sse) {
            this.lastSent = after;
            this.sse = sse;
        }

        /** Opened and not yet closed by the client: a stream registered before its emitter came waits for the next wake. */
        boolean live() {
            return emitter != null && !emitter.isCancelled();
        }

        void send(OutboundSseEvent event) {
            MultiEmitter<? super OutboundSseEvent> target = emitter;
            if (target != null && !target.isCancelled()) {
                target.emit(event);
            }
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
