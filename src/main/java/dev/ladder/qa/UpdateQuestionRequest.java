package dev.ladder.qa;

import dev.ladder.common.StrippedLength;
import dev.ladder.common.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PATCH: fields left out stay as they are. Whether the question is anonymous never changes. */
public record UpdateQuestionRequest(
        @StrippedLength(min = 10, max = 200) @Schema(minLength = 10, maxLength = 200) String title,
        @Size(min = 1, max = 30_000) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String body,
        @Size(min = 1, max = 5) List<@NotNull @Size(max = 50) String> topics) {
}
