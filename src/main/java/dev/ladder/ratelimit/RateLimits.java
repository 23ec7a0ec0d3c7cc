package dev.ladder.ratelimit;

import dev.ladder.common.Digests;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.distributed.proxy.optimization.skiponzero.SkipSyncOnZeroOptimization;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/** Takes a token from the right bucket for each request, or refuses it with a 429. */
@ApplicationScoped
public class RateLimits {
    private final BucketStore store;
    private final Map<LimitKind, RateLimitConfig.Limit> limits = new EnumMap<>(LimitKind.class);
    private final Map<LimitKind, Optimization> optimizations = new EnumMap<>(LimitKind.class);

    RateLimits(BucketStore store, RateLimitConfig config, TimeMeter clock) {
        this.store = store;
        limits.put(LimitKind.AUTH, config.auth());
        limits.put(LimitKind.LOGIN, config.login());
        limits.put(LimitKind.WRITES, config.writes());
        limits.put(LimitKind.READS, config.reads());
        // Exact: every token taken is a round trip to PostgreSQL. Only refusals are answered
        // locally, while the last state seen says the bucket is empty: tokens only come back with
        // time, so no other instance can have refilled it meanwhile, and a flood of refused
        // requests costs the database nothing.
        Optimization exact = new SkipSyncOnZeroOptimization(NopeOptimizationListener.INSTANCE, clock);
        optimizations.put(LimitKind.AUTH, exact);
        optimizations.put(LimitKind.LOGIN, exact);
        optimizations.put(LimitKind.WRITES, exact);
        // Reads are counted locally and synced in batches (RateLimitConfig.Reads): no database
        // round trip on the hot path, for limits that are exact per instance and approximate across them.
        optimizations.put(LimitKind.READS, new DelayOptimization(
                new DelayParameters(config.reads().localTokens(), config.reads().localTime()),
                NopeOptimizationListener.INSTANCE, clock));
    }

    /** One token from the bucket of {@code kind} for {@code subject}; a {@link RateLimitedException} when it has none. */
    public Quota take(LimitKind kind, String subject) {
        RateLimitConfig.Limit limit = limits.get(kind);
        ConsumptionProbe probe = store.take(key(kind, limit, subject), limit, optimizations.get(kind));
        Quota quota = Quota.of(limit.capacity(), probe);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(kind, quota, Math.max(1, Quota.seconds(probe.getNanosToWaitForRefill())));
        }
        return quota;
    }

    static Duration longestPeriod(RateLimitConfig config) {
        return Stream.of(config.auth(), config.login(), config.writes(), config.reads())
                .map(RateLimitConfig.Limit::period).max(Duration::compareTo).orElseThrow();
    }

    /**
     * The kind, the limit the bucket counts under (a changed limit starts new buckets instead of
     * inheriting one counted under another), and a digest of the subject: a login name is whatever
     * someone typed there, passwords included, so none is stored as typed.
     */
    private static String key(LimitKind kind, RateLimitConfig.Limit limit, String subject) {
        return kind.prefix + ":" + limit.capacity() + "/" + limit.period().toSeconds() + "s:"
                + Digests.fingerprint(subject.getBytes(StandardCharsets.UTF_8));
    }
}
