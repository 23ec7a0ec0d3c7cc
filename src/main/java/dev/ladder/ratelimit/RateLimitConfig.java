package dev.ladder.ratelimit;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * The rate limits, under {@code ladder.rate-limit.*} (LADDER_RATE_LIMIT_* env vars). Each limit is
 * a token bucket: {@code capacity} requests at once, refilled evenly over {@code period}.
 */
@ConfigMapping(prefix = "ladder.rate-limit")
public interface RateLimitConfig {

    /** Login, register and refresh, per client address. */
    Limit auth();

    /** Login attempts per login name, from any address: many addresses cannot share out the guessing of one password. */
    Limit login();

    /** Writes per signed-in user. */
    Limit writes();

    /** Verification codes mailed, counted per user and per work address: each mail goes to a stranger's inbox. */
    Limit verification();

    /** Flags raised per user: a few accounts must not be able to bury a thread in flags. */
    Limit flags();

    /** Every other call per client address: reads (signed in or not) and calls without a token. */
    Reads reads();

    /** How many buckets each instance keeps in memory with what it knows of them. */
    @Min(1)
    int cachedBuckets();

    /** How often each instance deletes the buckets nobody touched for longer than the longest period. */
    Duration cleanupEvery();

    interface Limit {
        @Min(1)
        long capacity();

        Duration period();
    }

    /**
     * Reads are counted by each instance in memory and added to the shared bucket every
     * {@code syncEvery} (ReadCounts): across n instances a client can get what they serve it in that
     * time beyond the capacity before the limit bites.
     */
    interface Reads extends Limit {
        Duration syncEvery();
    }
}
