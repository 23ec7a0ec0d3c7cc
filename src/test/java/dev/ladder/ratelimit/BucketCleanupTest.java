package dev.ladder.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ladder.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BucketCleanupTest {
    @Inject
    Fixtures fixtures;

    @Inject
    BucketCleanup cleanup;

    @Test
    void deletesOnlyBucketsIdleForTwiceTheLongestPeriod() throws Exception {
        String idle = "test:" + Fixtures.uniqueHandle("idle");
        String recent = "test:" + Fixtures.uniqueHandle("recent");
        String usedAgain = "test:" + Fixtures.uniqueHandle("used");
        // The longest period of the test profile is the verification limit's hour: two hours idle go.
        fixtures.update(
                "INSERT INTO rate_limit_buckets (id, state, touched_at) VALUES (?, NULL, now() - interval '121 minutes'),"
                        + " (?, NULL, now() - interval '119 minutes'), (?, NULL, now() - interval '121 minutes')",
                idle,
                recent,
                usedAgain);
        // What bucket4j does when it takes a token: the trigger marks the bucket as used now.
        fixtures.update("UPDATE rate_limit_buckets SET state = '\\x00'::bytea WHERE id = ?", usedAgain);

        cleanup.deleteIdleBuckets();

        assertEquals(0, fixtures.count("SELECT count(*) FROM rate_limit_buckets WHERE id = ?", idle));
        assertEquals(1, fixtures.count("SELECT count(*) FROM rate_limit_buckets WHERE id = ?", recent));
        assertEquals(1, fixtures.count("SELECT count(*) FROM rate_limit_buckets WHERE id = ?", usedAgain));
    }
}
