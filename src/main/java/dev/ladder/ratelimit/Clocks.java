package dev.ladder.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock buckets refill by: wall-clock milliseconds, the same on every instance. */
class Clocks {

    @Produces
    @Singleton
    static TimeMeter wallClock() {
        return TimeMeter.SYSTEM_MILLISECONDS;
    }
}
