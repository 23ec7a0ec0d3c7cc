package dev.ladder.qa;

import dev.ladder.common.StrippedLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** {@code body} is CommonMark Markdown. {@code anonymous} cannot be changed later. */
public record CreateQuestionRequest(
        @NotNull @StrippedLength(min = 10, max = 200) @Schema(minLength = 10, maxLength = 200)
        String title,

        @NotBlank @CodePointLength(min = 1, max = 30_000) @Schema(minLength = 1, maxLength = 30_000)
        String body,
        // Slugs are ASCII (topics_slug_format), so @Size counts their characters; unlike
        // @CodePointLength on a type argument, the OpenAPI scan reads it as the items' maxLength.
        @NotEmpty @Size(max = 5) List<@NotNull @Size(max = 50) String> topics,
        boolean anonymous) {}
