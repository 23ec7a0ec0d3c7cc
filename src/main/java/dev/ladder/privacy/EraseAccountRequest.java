package dev.ladder.privacy;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** The account's password, so that an access token alone cannot erase it. */
public record EraseAccountRequest(
        @NotBlank @CodePointLength(max = 128) @Schema(maxLength = 128)
        String password) {}
