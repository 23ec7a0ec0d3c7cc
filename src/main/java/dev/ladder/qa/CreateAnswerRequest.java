package dev.ladder.qa;

import dev.ladder.common.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code body} is CommonMark Markdown. {@code anonymous} cannot be changed later. */
public record CreateAnswerRequest(
        @NotNull @Size(min = 1, max = 30_000) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String body,
        boolean anonymous) {
}
