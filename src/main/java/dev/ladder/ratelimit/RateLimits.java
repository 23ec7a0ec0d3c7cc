package dev.ladder.ratelimit;

import dev.ladder.common.Digests;
import io.github.bucket4j.ConsumptionProbe;
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
    private final ReadCounts reads;
    private final Map<LimitKind, RateLimitConfig.Limit> limits = new EnumMap<>(LimitKind.class);

    RateLimits(BucketStore store, ReadCounts reads, RateLimitConfig config) {
        this.store = store;
        this.reads = reads;
        limits.put(LimitKind.AUTH, config.auth());
        limits.put(LimitKind.LOGIN, config.login());
        limits.put(LimitKind.WRITES, config.writes());
        limits.put(LimitKind.VERIFICATION, config.verification());
        limits.put(LimitKind.FLAGS, config.flags());
        limits.put(LimitKind.READS, config.reads());
    }

    /** One token from the bucket of {@code kind} for {@code subject}; a {@link RateLimitedException} when it has none. */
    public Quota take(LimitKind kind, String subject) {
        RateLimitConfig.Limit limit = limits.get(kind);
        String key = key(kind, limit, subject);
        ConsumptionProbe probe = kind == LimitKind.READS ? reads.take(key) : store.take(key, limit);
        Quota quota = Quota.of(limit.capacity(), probe);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(kind, quota, Math.max(1, Quota.seconds(probe.getNanosToWaitForRefill())));
        }
        return quota;
    }

    static Duration longestPeriod(RateLimitConfig config) {
        return Stream.of(
                        config.auth(),
                        config.login(),
                        config.writes(),
                        config.verification(),
                        config.flags(),
                        config.reads())
                .map(RateLimitConfig.Limit::period)
                .max(Duration::compareTo)
                .orElseThrow();
    }

    /**
     * The kind, the limit the bucket counts under (a changed limit starts new buckets instead of
     * inheriting one counted under another), and a digest of the subject: a login name is whatever
     * someone typed there, passwords included, so none is stored as typed.
     */
    static String key(LimitKind kind, RateLimitConfig.Limit limit, String subject) {
        return kind.prefix + ":" + limit.capacity() + "/" + limit.period().toSeconds() + "s:"
                + Digests.fingerprint(subject.getBytes(StandardCharsets.UTF_8));
    }
}
