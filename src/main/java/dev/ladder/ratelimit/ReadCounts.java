package dev.ladder.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

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
    private record Tally(Bucket local, AtomicLong unsynced) {
    }

    private final BucketStore shared;
    private final TimeMeter clock;
    private final RateLimitConfig.Limit limit;
    /** Counts older than a sync period are in the shared bucket already: an evicted tally loses at most one period's. */
    private final Cache<String, Tally> tallies;

    ReadCounts(BucketStore shared, TimeMeter clock, RateLimitConfig config) {
        this.shared = shared;
        this.clock = clock;
        this.limit = config.reads();
        this.tallies = Caffeine.newBuilder().maximumSize(config.cachedBuckets())
                .expireAfterAccess(config.reads().period()).build();
    }

    ConsumptionProbe take(String key) {
        Tally tally = tallies.get(key, k -> new Tally(
                Bucket.builder().addLimit(BucketStore.bandwidth(limit)).withCustomTimePrecision(clock).build(),
                new AtomicLong()));
        ConsumptionProbe probe = tally.local().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            tally.unsynced().incrementAndGet();
        }
        return probe;
    }

    /** First a period after the start, like every other: nothing is counted before it. */
    @Scheduled(every = "${ladder.rate-limit.reads.sync-every}", delayed = "${ladder.rate-limit.reads.sync-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sync() {
        tallies.asMap().forEach((key, tally) -> {
            long counted = tally.unsynced().getAndSet(0);
            if (counted > 0) {
                long sharedLeft = shared.add(key, limit, counted);
                // Reads since the count above are in this bucket already, not yet in the shared one.
                // Read before the bucket, so that a read racing the sync can only leave a token too many.
                long localTarget = sharedLeft - tally.unsynced().get();
                long localLeft = tally.local().getAvailableTokens();
                if (localTarget < localLeft) {
                    tally.local().consumeIgnoringRateLimits(localLeft - localTarget);
                }
            }
        });
    }
}
