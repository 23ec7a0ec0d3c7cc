package dev.ladder.qa;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH body, a merge patch ({@link Patch}): the body changes but cannot be cleared. */
public record UpdateAnswerRequest(
        @CodePointLength(min = 1, max = 30_000)
        @Schema(implementation = String.class, minLength = 1, maxLength = 30_000, pattern = "\\S")
        Patch<@NotBlank String> body) {}
