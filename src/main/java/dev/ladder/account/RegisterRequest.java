package dev.ladder.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record RegisterRequest(
        @NotNull @Pattern(regexp = Handles.PATTERN, message = Handles.MESSAGE) String handle,
        @NotBlank @Email @Size(max = 254) String email,
        // Characters (code points), as the contract's minLength counts them: @Size counts UTF-16
        // units, which let a password of eight emoji through.
        @NotNull @CodePointLength(min = 10, max = 128) @Schema(minLength = 10, maxLength = 128) String password,
        @NotBlank @Size(max = 80) String displayName) {
}
