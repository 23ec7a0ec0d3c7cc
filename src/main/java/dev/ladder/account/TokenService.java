package dev.ladder.account;

import dev.ladder.common.Digests;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.ApiException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Access tokens: RS256 JWTs that live minutes. Refresh tokens: 256 random bits, stored hashed,
 * rotated on every use; showing one that was already rotated means it leaked, so its whole family
 * is revoked. Callers hold the transaction.
 */
@ApplicationScoped
public class TokenService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository refreshTokens;
    private final LadderConfig.Auth config;

    TokenService(RefreshTokenRepository refreshTokens, LadderConfig config) {
        this.refreshTokens = refreshTokens;
        this.config = config.auth();
    }

    /** A new login: a new refresh-token family. */
    TokenResponse issue(User user) {
        return issue(user, UUID.randomUUID());
    }

    /** Trades a refresh token for a new pair; the caller then loads the user by the returned id. */
    RefreshToken rotate(String rawToken) {
        String hash = sha256(rawToken);
        refreshTokens.lockFamily(refreshTokens.familyOf(hash).orElseThrow(TokenService::invalidRefreshToken));
        RefreshToken token = refreshTokens.findByHash(hash).orElseThrow(TokenService::invalidRefreshToken);
        Instant now = Instant.now();
        if (token.rotatedAt != null && token.revokedAt == null) {
            refreshTokens.revokeFamily(token.familyId, now);
        }
        if (!token.usable(now)) {
            throw invalidRefreshToken();
        }
        token.rotatedAt = now;
        return token;
    }

    TokenResponse issue(User user, UUID familyId) {
        Instant now = Instant.now();
        String raw = randomToken();
        refreshTokens.persist(
                new RefreshToken(familyId, user.id, sha256(raw), now, now.plus(config.refreshTokenTtl())));
        String access = Jwt.subject(user.id.toString())
                .upn(user.handle)
                .groups(user.role.groups())
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenTtl()))
                .claim("jti", UUID.randomUUID().toString())
                .jws()
                .keyId("ladder")
                .sign();
        return new TokenResponse(access, raw, "Bearer", config.accessTokenTtl().toSeconds(), MeView.of(user));
    }

    /** Logout: the token's family can no longer refresh. Unknown tokens are ignored: logout is idempotent. */
    /** Every refresh token of the account goes: none can be rotated or reused again. */
    void revokeAll(UUID userId) {
        refreshTokens.delete("userId", userId);
    }

    void revoke(String rawToken) {
        refreshTokens.familyOf(sha256(rawToken)).ifPresent(family -> {
            refreshTokens.lockFamily(family);
            refreshTokens.revokeFamily(family, Instant.now());
        });
    }

    private static ApiException invalidRefreshToken() {
        return ApiException.unauthorized(
                "The refresh token is unknown, expired, revoked or already used: log in again.");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String raw) {
        return HexFormat.of().formatHex(Digests.sha256(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
