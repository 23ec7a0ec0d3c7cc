package dev.ladder.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateTopicRequest(
        @NotNull @Size(min = 2, max = 50) @Pattern(regexp = SLUG, message = "must be lower-case words joined by '-'") String slug,
        @NotBlank @Size(max = 80) String name,
        @NotBlank @Size(max = 500) String description) {

    /** The same rule as the topics_slug_format check in the database. */
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
