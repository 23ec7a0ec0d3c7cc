package dev.ladder.verification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record ConfirmVerificationRequest(
        @NotNull @Pattern(regexp = "^[0-9]{6}$", message = "must be the 6 digits of the code")
        String code) {}
