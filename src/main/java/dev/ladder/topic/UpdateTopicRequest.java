package dev.ladder.topic;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH body, a merge patch ({@link Patch}): name and description change but cannot be cleared. The slug never changes. */
public record UpdateTopicRequest(
        @CodePointLength(max = 80) @Schema(implementation = String.class, maxLength = 80, pattern = "\\S")
        Patch<@NotBlank String> name,

        @CodePointLength(max = 500) @Schema(implementation = String.class, maxLength = 500, pattern = "\\S")
        Patch<@NotBlank String> description) {}
