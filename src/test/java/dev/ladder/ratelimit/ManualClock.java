package dev.ladder.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that stands still until a test moves it: buckets refill exactly when the test says, never meanwhile. */
@Alternative
@Singleton
public class ManualClock implements TimeMeter {
    private final AtomicLong nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
