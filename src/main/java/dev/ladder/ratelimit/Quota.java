package dev.ladder.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.function.BiConsumer;

/** What a bucket holds after a request, as the RateLimit-* response headers report it. */
public record Quota(long limit, long remaining, long resetSeconds) {
    static final String LIMIT = "RateLimit-Limit";

    static Quota of(long capacity, ConsumptionProbe probe) {
        return new Quota(capacity, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()));
    }

    /** Whole seconds, rounded up: a client that waits that long finds the token there. */
    static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    void forEachHeader(BiConsumer<String, Object> header) {
        header.accept(LIMIT, limit);
        header.accept("RateLimit-Remaining", remaining);
        // Until the bucket is full again: the draft standard's "quota resets" for a token bucket.
        header.accept("RateLimit-Reset", resetSeconds);
    }
}
