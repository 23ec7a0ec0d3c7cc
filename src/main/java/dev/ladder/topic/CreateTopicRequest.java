package dev.ladder.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record CreateTopicRequest(
        @NotNull
        @CodePointLength(min = 2, max = 50)
        @Schema(minLength = 2, maxLength = 50)
        @Pattern(regexp = SLUG, message = "must be lower-case words joined by '-'")
        String slug,

        @NotBlank @CodePointLength(max = 80) @Schema(maxLength = 80)
        String name,

        @NotBlank @CodePointLength(max = 500) @Schema(maxLength = 500)
        String description) {

    /** The same rule as the topics_slug_format check in the database. */
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
