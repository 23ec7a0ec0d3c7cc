package dev.ladder.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes the buckets nobody touched for longer than the longest refill period: they are full
 * again, exactly what a new bucket would be, so the table holds only the clients of the last
 * period. Every instance runs it; a bucket in use meanwhile is skipped, as its row is touched again.
 */
@ApplicationScoped
public class BucketCleanup {
    private final EntityManager db;
    private final long idleSeconds;

    BucketCleanup(EntityManager db, RateLimitConfig config) {
        this.db = db;
        this.idleSeconds = RateLimits.longestPeriod(config).toSeconds();
    }

    @Scheduled(every = "${ladder.rate-limit.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deleteIdleBuckets() {
        db.createNativeQuery("DELETE FROM rate_limit_buckets WHERE touched_at < now() - :idle * interval '1 second'")
                .setParameter("idle", idleSeconds).executeUpdate();
    }
}
