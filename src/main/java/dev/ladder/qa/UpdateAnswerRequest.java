package dev.ladder.qa;

import dev.ladder.common.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UpdateAnswerRequest(
        @NotNull @Size(min = 1, max = 30_000) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String body) {
}
