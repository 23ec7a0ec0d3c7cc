package dev.ladder.position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/** Months as {@code YYYY-MM}; no endDate means it is the current position. */
public record CreatePositionRequest(
        @NotBlank @Size(max = 100) String company,
        @NotBlank @Size(max = 100) String title,
        @Size(max = 50) String level,
        @Size(max = 50) String companyStage,
        @NotNull YearMonth startDate,
        YearMonth endDate) {
}
