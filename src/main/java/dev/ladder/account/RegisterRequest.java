package dev.ladder.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record RegisterRequest(
        @NotNull @Pattern(regexp = Handles.PATTERN, message = Handles.MESSAGE)
        String handle,

        @NotBlank @Email @CodePointLength(max = 254) @Schema(maxLength = 254)
        String email,

        @NotNull @CodePointLength(min = 10, max = 128) @Schema(minLength = 10, maxLength = 128)
        String password,

        @NotBlank @CodePointLength(max = 80) @Schema(maxLength = 80)
        String displayName) {}
