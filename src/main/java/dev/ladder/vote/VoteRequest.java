package dev.ladder.vote;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code value}: 1 (up) or -1 (down). */
public record VoteRequest(@NotNull @Min(-1) @Max(1) Integer value) {
}
