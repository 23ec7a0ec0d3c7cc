package dev.ladder.comment;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** {@code body} is inline Markdown: links, emphasis and code spans. */
public record CreateCommentRequest(
        @NotBlank @CodePointLength(min = 1, max = 600) @Schema(minLength = 1, maxLength = 600)
        String body) {}
