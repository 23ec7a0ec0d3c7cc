package dev.ladder.position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** Months as {@code YYYY-MM}; no endDate means it is the current position. */
public record CreatePositionRequest(
        @NotBlank @CodePointLength(max = 100) @Schema(maxLength = 100)
        String company,

        @NotBlank @CodePointLength(max = 100) @Schema(maxLength = 100)
        String title,

        @CodePointLength(max = 50) @Schema(maxLength = 50) String level,
        @CodePointLength(max = 50) @Schema(maxLength = 50) String companyStage,
        @NotNull YearMonth startDate,
        YearMonth endDate) {}
