package dev.ladder.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes the buckets nobody touched for twice the longest refill period. After one period a
 * bucket is full again, exactly what a new one would be; the second keeps the row while an
 * instance may still hold a handle to it (BucketStore: a handle lives a period after its last
 * use, which answered from a state read less than a period before), as only a single request
 * can recreate a missing bucket. Every instance runs it; a bucket in use meanwhile is skipped,
 * as its row is touched again.
 */
@ApplicationScoped
public class BucketCleanup {
    private final EntityManager db;
    private final long idleSeconds;

    BucketCleanup(EntityManager db, RateLimitConfig config) {
        this.db = db;
        this.idleSeconds = 2 * RateLimits.longestPeriod(config).toSeconds();
    }

    @Scheduled(every = "${ladder.rate-limit.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deleteIdleBuckets() {
        db.createNativeQuery("DELETE FROM rate_limit_buckets WHERE touched_at < now() - :idle * interval '1 second'")
                .setParameter("idle", idleSeconds).executeUpdate();
    }
}
