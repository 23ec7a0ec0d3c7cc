package dev.ladder.qa;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** {@code body} is CommonMark Markdown. {@code anonymous} cannot be changed later. */
public record CreateAnswerRequest(
        @NotBlank @CodePointLength(min = 1, max = 30_000) @Schema(minLength = 1, maxLength = 30_000)
        String body,

        boolean anonymous) {}
