package dev.ladder.account;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** {@code login} is the handle or the email; {@code password} counts characters as registration does. */
public record LoginRequest(
        @NotBlank @CodePointLength(max = 254) @Schema(maxLength = 254)
        String login,

        @NotBlank @CodePointLength(max = 128) @Schema(maxLength = 128)
        String password) {}
