package dev.ladder.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.events.DatabaseChannel;
import dev.ladder.common.security.RevokedSubjects;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * The accounts erased within an access token's life, on every instance: an erasure adds its
 * account here once it commits and NOTIFYs the other instances (V24's channel), which add it too;
 * a listener that (re)connects reads them all from the database. Access tokens are checked against
 * this set in memory, so an erased account's tokens die at once everywhere without a query per
 * request; past the token's life there is nothing left to refuse.
 */
@ApplicationScoped
class ErasedAccounts implements DatabaseChannel, RevokedSubjects {
    static final String CHANNEL = "ladder_accounts_erased";

    private final UserRepository users;
    private final Duration tokenLife;
    private final Cache<UUID, Boolean> erased;

    ErasedAccounts(UserRepository users, LadderConfig config) {
        this.users = users;
        this.tokenLife = config.auth().accessTokenTtl();
        this.erased = Caffeine.newBuilder().expireAfterWrite(tokenLife).build();
    }

    void add(UUID account) {
        erased.put(account, Boolean.TRUE);
    }

    @Override
    public boolean isRevoked(UUID subject) {
        return erased.getIfPresent(subject) != null;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public void received(String payload) {
        add(UUID.fromString(payload));
    }

    @Override
    public void listening() {
        QuarkusTransaction.requiringNew()
                .call(() -> users.erasedWithin(tokenLife))
                .forEach(this::add);
    }
}
