package dev.ladder.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What register, login and refresh answer. {@code expiresIn} is the access token's lifetime in seconds. */
@Schema(requiredProperties = {"accessToken", "refreshToken", "tokenType", "expiresIn", "user"})
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, MeView user) {
}
