package dev.ladder.ratelimit;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;

/** A bucket is empty: a 429 that says when to come back. */
public class RateLimitedException extends ApiException {
    final Quota quota;
    final long retryAfterSeconds;

    RateLimitedException(LimitKind kind, Quota quota, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, kind.detail + "; try again in " + retryAfterSeconds + " s.");
        this.quota = quota;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
