package dev.ladder.topic;

import dev.ladder.common.Text;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH: fields left out stay as they are. The slug is the topic's identity and does not change. */
public record UpdateTopicRequest(
        @Size(max = 80) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String name,
        @Size(max = 500) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String description) {
}
