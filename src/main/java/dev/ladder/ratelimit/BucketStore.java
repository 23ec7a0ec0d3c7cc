package dev.ladder.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.BucketTableSettings;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.jdbc.SQLProxyConfiguration;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The token buckets, in PostgreSQL (table rate_limit_buckets) so that every instance counts in the
 * same ones. Each bucket is read and written under SELECT ... FOR UPDATE, which makes concurrent
 * requests from any number of instances take its tokens one after another.
 */
@ApplicationScoped
class BucketStore {
    private final ProxyManager<String> buckets;
    /** Bucket handles with what their optimization knows locally (the last state seen, reads not yet synced). */
    private final Cache<String, BucketProxy> handles;

    BucketStore(AgroalDataSource db, TimeMeter clock, RateLimitConfig config) {
        this.buckets = new PostgreSQLSelectForUpdateBasedProxyManager<>(SQLProxyConfiguration.builder()
                .withPrimaryKeyMapper(PrimaryKeyMapper.STRING)
                .withTableSettings(BucketTableSettings.customSettings("rate_limit_buckets", "id", "state"))
                .withClientSideConfig(ClientSideConfig.getDefault().withClientClock(clock))
                .build(db));
        // A bucket left alone for its period is full again: what a handle knew of it is worth nothing.
        this.handles = Caffeine.newBuilder().maximumSize(config.cachedBuckets())
                .expireAfterAccess(RateLimits.longestPeriod(config)).build();
    }

    ConsumptionProbe take(String key, RateLimitConfig.Limit limit, Optimization optimization) {
        // The bucket's own short transaction commits on its own, never as part of the caller's
        // (a login checks its limit inside its @Transactional service method).
        return QuarkusTransaction.suspendingExisting().call(
                () -> handles.get(key, k -> open(k, limit, optimization)).tryConsumeAndReturnRemaining(1));
    }

    /**
     * The optimizations batch the requests that race for one bucket, and in bucket4j 8.10.1 a
     * batch of two or more cannot create a missing bucket (it fails with BucketNotFoundException):
     * one request on its own creates it first, while the cache makes the others wait for the handle.
     * (Its other batching bug, #501, is in merging tryConsume(1) calls; tryConsumeAndReturnRemaining is never merged.)
     */
    private BucketProxy open(String key, RateLimitConfig.Limit limit, Optimization optimization) {
        BucketProxy bucket = buckets.builder().withOptimization(optimization).build(key, () -> configuration(limit));
        bucket.getAvailableTokens();
        return bucket;
    }

    private static BucketConfiguration configuration(RateLimitConfig.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build();
    }
}
