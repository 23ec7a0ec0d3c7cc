package dev.ladder.moderation;

import dev.ladder.common.StrippedLength;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code detail}: what a moderator should know, optional; stored stripped of surrounding spaces. */
public record FlagRequest(
        @NotNull FlagReason reason,

        @StrippedLength(min = 1, max = 500) @Schema(minLength = 1, maxLength = 500)
        String detail) {}
