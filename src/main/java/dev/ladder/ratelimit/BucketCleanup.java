package dev.ladder.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Deletes the buckets nobody touched for twice the longest refill period. After one period a
 * bucket is full again, exactly what a new one would be; the second keeps the row while an
 * instance may still hold a handle to it (BucketStore: a handle lives a period after its last
 * use, which answered from a state read less than a period before), as only a single request
 * can recreate a missing bucket. Every instance runs it; a bucket in use meanwhile is skipped,
 * as its row is touched again. Plain JDBC, like the buckets themselves.
 */
@ApplicationScoped
public class BucketCleanup {
    private final AgroalDataSource db;
    private final long idleSeconds;

    BucketCleanup(AgroalDataSource db, RateLimitConfig config) {
        this.db = db;
        this.idleSeconds = 2 * RateLimits.longestPeriod(config).toSeconds();
    }

    @Scheduled(every = "${ladder.rate-limit.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void deleteIdleBuckets() throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM rate_limit_buckets WHERE touched_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, idleSeconds);
            delete.executeUpdate();
        }
    }
}
