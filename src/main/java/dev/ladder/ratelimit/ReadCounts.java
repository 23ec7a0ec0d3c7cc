package dev.ladder.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Reads are too many to take each one's token from PostgreSQL on the request's way in. Each
 * instance counts them in an in-memory bucket of its own per address (bucket4j's lock-free local
 * bucket: no lock, no round trip), and in the background adds what it counted to the address's
 * shared bucket, taking from its own what the other instances counted meanwhile. Exact on one
 * instance; across several, an address may read what they serve it in one sync period beyond the
 * limit before it bites.
 */
@ApplicationScoped
class ReadCounts {
    private static final Logger LOG = Logger.getLogger(ReadCounts.class);

    private record Tally(Bucket local, AtomicLong unsynced) {}

    private final BucketStore shared;
    private final TimeMeter clock;
    private final RateLimitConfig.Limit limit;
    /** Counts older than a sync period are in the shared bucket already: an evicted tally loses at most one period's. */
    private final Cache<String, Tally> tallies;

    ReadCounts(BucketStore shared, TimeMeter clock, RateLimitConfig config) {
        this.shared = shared;
        this.clock = clock;
        this.limit = config.reads();
        this.tallies = Caffeine.newBuilder()
                .maximumSize(config.cachedBuckets())
                .expireAfterAccess(config.reads().period())
                .build();
    }

    ConsumptionProbe take(String key) {
        Tally tally = tallies.get(
                key,
                k -> new Tally(
                        Bucket.builder()
                                .addLimit(BucketStore.bandwidth(limit))
                                .withCustomTimePrecision(clock)
                                .build(),
                        new AtomicLong()));
        ConsumptionProbe probe = tally.local().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            tally.unsynced().incrementAndGet();
        }
        return probe;
    }

    /** First a period after the start, like every other: nothing is counted before it. */
    @Scheduled(
            every = "${ladder.rate-limit.reads.sync-every}",
            delayed = "${ladder.rate-limit.reads.sync-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sync() {
        for (Map.Entry<String, Tally> entry : tallies.asMap().entrySet()) {
            Tally tally = entry.getValue();
            long counted = tally.unsynced().getAndSet(0);
            if (counted == 0) {
                continue;
            }
            long sharedLeft;
            try {
                sharedLeft = shared.add(entry.getKey(), limit, counted);
            } catch (RuntimeException e) {
                // PostgreSQL is out of reach (requests get their 503s meanwhile): the counts wait
                // for the next round, which tries again, instead of a stack trace every second.
                tally.unsynced().addAndGet(counted);
                LOG.debugf("Read counts not synced: %s", e.getMessage());
                return;
            }
            // Reads since the count above are in this bucket already, not yet in the shared one.
            // Read before the bucket, so that a read racing the sync can only leave a token too many.
            long localTarget = sharedLeft - tally.unsynced().get();
            long localLeft = tally.local().getAvailableTokens();
            if (localTarget < localLeft) {
                tally.local().consumeIgnoringRateLimits(localLeft - localTarget);
            }
        }
    }
}
