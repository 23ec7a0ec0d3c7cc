package dev.ladder.comment;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH body, a merge patch ({@link Patch}): the body changes but cannot be cleared. */
public record UpdateCommentRequest(
        @CodePointLength(min = 1, max = 600)
        @Schema(implementation = String.class, minLength = 1, maxLength = 600, pattern = "\\S")
        Patch<@NotBlank String> body) {}
