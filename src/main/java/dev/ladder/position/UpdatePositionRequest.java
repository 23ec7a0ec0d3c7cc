package dev.ladder.position;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * PATCH body, a merge patch ({@link Patch}): company, title and startDate change but cannot be
 * cleared; null clears level and companyStage, and a null endDate makes the position current again.
 */
public record UpdatePositionRequest(
        @CodePointLength(max = 100) @Schema(implementation = String.class, maxLength = 100, pattern = "\\S")
        Patch<@NotBlank String> company,

        @CodePointLength(max = 100) @Schema(implementation = String.class, maxLength = 100, pattern = "\\S")
        Patch<@NotBlank String> title,

        @CodePointLength(max = 50) @Schema(implementation = String.class, maxLength = 50)
        Patch<String> level,

        @CodePointLength(max = 50) @Schema(implementation = String.class, maxLength = 50)
        Patch<String> companyStage,

        @Schema(ref = "YearMonth") Patch<@NotNull YearMonth> startDate,
        @Schema(ref = "YearMonth") Patch<YearMonth> endDate) {}
