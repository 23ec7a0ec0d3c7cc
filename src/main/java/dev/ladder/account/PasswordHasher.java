package dev.ladder.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.ladder.common.config.LadderConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt, with passwords over bcrypt's 72-byte input limit pre-hashed with SHA-512 so that every
 * one of the up to 128 characters counts.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    static final int CONTRACT_MINIMUM_COST = 10;

    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final int cost;
    /** Checked against when the login names nobody, so that a miss takes as long as a wrong password. */
    private final String decoy;

    PasswordHasher(LadderConfig config) {
        this.cost = config.auth().bcryptCost();
        if (cost < CONTRACT_MINIMUM_COST && LaunchMode.current() != LaunchMode.TEST) {
            throw new IllegalStateException(
                    "ladder.auth.bcrypt-cost is " + cost + ": the API contract asks for at least "
                            + CONTRACT_MINIMUM_COST + " (a lower cost is for the test profile only)");
        }
        this.decoy = hash("decoy-password-never-matches");
    }

    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return verifyer.verify(password.toCharArray(), hash).verified;
    }

    public void spendVerificationTime(String password) {
        matches(password, decoy);
    }
}
