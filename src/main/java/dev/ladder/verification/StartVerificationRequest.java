package dev.ladder.verification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** The address the code goes to; used for that mail only, never stored. */
public record StartVerificationRequest(
        @NotBlank @Email @CodePointLength(max = 254) @Schema(maxLength = 254)
        String workEmail) {}
