package dev.ladder.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Limits small enough to reach in a test (3 sign-ins per address, 3 logins per name, 3 writes per
 * user, 5 reads per address, each refilled over a minute) on a clock that only the test moves, behind a
 * trusted proxy: every test sends X-Forwarded-For addresses of its own, so tests never share a bucket.
 */
public class SmallLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String kind : new String[] {"auth", "login", "writes"}) {
            config.put("%test.ladder.rate-limit." + kind + ".capacity", "3");
            config.put("ladder.rate-limit." + kind + ".period", "1M");
        }
        config.put("%test.ladder.rate-limit.reads.capacity", "5");
        config.put("ladder.rate-limit.reads.period", "1M");
        // RateLimitTest syncs read counts itself, when it means to.
        config.put("ladder.rate-limit.reads.sync-every", "1H");
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ManualClock.class);
    }

    /** The same limits with no proxy trusted, as in production until one is configured. */
    public static class NoTrustedProxy extends SmallLimits {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quarkus.http.proxy.proxy-address-forwarding", "false");
            config.remove("quarkus.http.proxy.allow-x-forwarded");
            config.remove("quarkus.http.proxy.trusted-proxies");
            return config;
        }
    }
}
