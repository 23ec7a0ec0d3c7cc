package dev.ladder.account;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record RefreshTokenRequest(
        @NotBlank @CodePointLength(max = 100) @Schema(maxLength = 100)
        String refreshToken) {}
